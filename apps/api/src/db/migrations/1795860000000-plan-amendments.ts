import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 8, items 14 and 18: voided plan signatures stay on the version (who voided them, when,
 * why) instead of being deleted, so only the signatures that count are unique per signer; goal
 * progress becomes append-only, a mistake answered by a row that corrects or voids the entry.
 */
export class PlanAmendments1795860000000 implements MigrationInterface {
  name = 'PlanAmendments1795860000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_882549c5ea1783711771ca8e96"`);
    await q.query(`ALTER TABLE "plan_signature" ADD "voided_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "plan_signature" ADD "voided_by_staff_id" uuid`);
    await q.query(`ALTER TABLE "plan_signature" ADD "void_reason" text`);
    await q.query(
      `CREATE UNIQUE INDEX "IDX_7e5e45bd4c43b915e87fd886d2" ON "plan_signature" ("plan_id", "signer") WHERE "voided_at" IS NULL`,
    );
    await q.query(`ALTER TABLE "goal_progress" ADD "amends_id" uuid`);
    await q.query(`ALTER TABLE "goal_progress" ADD "amendment" text`);
    await q.query(`ALTER TABLE "goal_progress" ADD "amend_reason" text`);
    await q.query(
      `CREATE UNIQUE INDEX "IDX_5d9ac08618d05493e7ab37d3a9" ON "goal_progress" ("amends_id") `,
    );
    await q.query(`ALTER TABLE "goal_progress" DROP CONSTRAINT "goal_progress_value_check"`);
    await q.query(
      `ALTER TABLE "goal_progress" ADD CONSTRAINT "goal_progress_value_check" CHECK (amendment = 'VOID' OR rating IS NOT NULL OR measure_value IS NOT NULL)`,
    );
    await q.query(
      `ALTER TABLE "goal_progress" ADD CONSTRAINT "goal_progress_amendment_check" CHECK ((amendment IS NULL) = (amends_id IS NULL) AND (amendment IS NULL OR amend_reason IS NOT NULL)
   AND (amendment IS NULL OR amendment IN ('CORRECTION', 'VOID')))`,
    );
    await q.query(
      `ALTER TABLE "goal_progress" ADD CONSTRAINT "FK_5d9ac08618d05493e7ab37d3a92" FOREIGN KEY ("amends_id") REFERENCES "goal_progress"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Append-only, whoever connects: corrections and voids are new rows.
    await q.query(`
      CREATE FUNCTION goal_progress_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'goal_progress is append-only: correct or void an entry with a new row'
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER goal_progress_append_only BEFORE UPDATE OR DELETE ON goal_progress
      FOR EACH ROW EXECUTE FUNCTION goal_progress_append_only()`);
    await q.query(`
      CREATE TRIGGER goal_progress_no_truncate BEFORE TRUNCATE ON goal_progress
      FOR EACH STATEMENT EXECUTE FUNCTION goal_progress_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER goal_progress_no_truncate ON goal_progress`);
    await q.query(`DROP TRIGGER goal_progress_append_only ON goal_progress`);
    await q.query(`DROP FUNCTION goal_progress_append_only()`);
    await q.query(`ALTER TABLE "goal_progress" DROP CONSTRAINT "FK_5d9ac08618d05493e7ab37d3a92"`);
    await q.query(`ALTER TABLE "goal_progress" DROP CONSTRAINT "goal_progress_amendment_check"`);
    // Void rows carry no value; they cannot survive the older check.
    await q.query(`DELETE FROM goal_progress WHERE amendment = 'VOID'`);
    await q.query(`ALTER TABLE "goal_progress" DROP CONSTRAINT "goal_progress_value_check"`);
    await q.query(
      `ALTER TABLE "goal_progress" ADD CONSTRAINT "goal_progress_value_check" CHECK (rating IS NOT NULL OR measure_value IS NOT NULL)`,
    );
    await q.query(`DROP INDEX "public"."IDX_5d9ac08618d05493e7ab37d3a9"`);
    await q.query(`ALTER TABLE "goal_progress" DROP COLUMN "amend_reason"`);
    await q.query(`ALTER TABLE "goal_progress" DROP COLUMN "amendment"`);
    await q.query(`ALTER TABLE "goal_progress" DROP COLUMN "amends_id"`);
    await q.query(`DROP INDEX "public"."IDX_7e5e45bd4c43b915e87fd886d2"`);
    // Voided signatures were deleted before this migration.
    await q.query(`DELETE FROM plan_signature WHERE voided_at IS NOT NULL`);
    await q.query(`ALTER TABLE "plan_signature" DROP COLUMN "void_reason"`);
    await q.query(`ALTER TABLE "plan_signature" DROP COLUMN "voided_by_staff_id"`);
    await q.query(`ALTER TABLE "plan_signature" DROP COLUMN "voided_at"`);
    await q.query(
      `CREATE UNIQUE INDEX "IDX_882549c5ea1783711771ca8e96" ON "plan_signature" ("plan_id", "signer") `,
    );
  }
}
