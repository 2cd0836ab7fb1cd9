import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 9, finding 2: each deliberate change of a goal's or objective's status is kept — who,
 * when, from, to and why — in an append-only table written in the same transaction as the
 * change, read back as the element's status history.
 */
export class PlanStatusHistory1795930000000 implements MigrationInterface {
  name = 'PlanStatusHistory1795930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "plan_status_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "episode_id" uuid NOT NULL, "element_kind" text NOT NULL, "element_id" uuid NOT NULL, "lineage_id" uuid NOT NULL, "from_lifecycle_status" text NOT NULL, "to_lifecycle_status" text NOT NULL, "from_achievement_status" text NOT NULL, "to_achievement_status" text NOT NULL, "reason" text, "changed_by_id" uuid NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "plan_status_change_kind_check" CHECK (element_kind IN ('GOAL', 'OBJECTIVE')), CONSTRAINT "PK_fa290be0badbc4f73e2497f9afd" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_08cd29a21d35d4929b1ad3066f" ON "plan_status_change"  ("lineage_id", "changed_at") `,
    );
    await q.query(
      `ALTER TABLE "plan_status_change" ADD CONSTRAINT "FK_31bfbac7179d706c28dece444a4" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "plan_status_change" ADD CONSTRAINT "FK_164461b0fb562fd8acdc7512b6b" FOREIGN KEY ("changed_by_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Append-only, whoever connects (the API's role is also granted only SELECT and INSERT).
    await q.query(`
      CREATE FUNCTION plan_status_change_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'plan_status_change is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER plan_status_change_append_only BEFORE UPDATE OR DELETE ON plan_status_change
      FOR EACH ROW EXECUTE FUNCTION plan_status_change_append_only()`);
    await q.query(`
      CREATE TRIGGER plan_status_change_no_truncate BEFORE TRUNCATE ON plan_status_change
      FOR EACH STATEMENT EXECUTE FUNCTION plan_status_change_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "plan_status_change"`);
    await q.query(`DROP FUNCTION plan_status_change_append_only()`);
  }
}
