import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14, 24/7 crisis support: the crisis line's on-call roster (shifts as instants, entered in
 * the program's wall-clock time) and the crisis contact log, whose open follow-ups are the primary
 * clinician's urgent Today items (a partial index finds them).
 */
export class CrisisSupport1796140000000 implements MigrationInterface {
  name = 'CrisisSupport1796140000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "on_call_shift" ("version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "staff_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by_staff_id" uuid NOT NULL, CONSTRAINT "on_call_shift_order_check" CHECK (ends_at > starts_at), CONSTRAINT "PK_b22fee7ce9f257aa01218fab86e" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_dd0ba05bb095f2ffac9f12c944" ON "on_call_shift"  ("program_id", "starts_at")`,
    );
    await q.query(
      `CREATE TABLE "crisis_contact" ("version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "episode_id" uuid, "client_id" uuid, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "caller" text NOT NULL, "risk_level" text NOT NULL, "actions" text array NOT NULL, "notes" text NOT NULL DEFAULT '', "logged_by_staff_id" uuid NOT NULL, "follow_up_due_on" date, "followed_up_at" TIMESTAMP WITH TIME ZONE, "followed_up_by_staff_id" uuid, CONSTRAINT "crisis_contact_actions_check" CHECK (actions <@ ARRAY['SAFETY_PLAN_REVIEWED', 'CALLED_988', 'CALLED_911', 'MOBILE_CRISIS', 'NEXT_DAY_FOLLOW_UP']::text[]), CONSTRAINT "crisis_contact_caller_check" CHECK (caller IN ('CLIENT', 'FAMILY', 'OTHER')), CONSTRAINT "crisis_contact_risk_check" CHECK (risk_level IN ('LOW', 'MODERATE', 'HIGH')), CONSTRAINT "PK_2f1dbf9ace273944c9ad3282deb" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_crisis_contact_open_follow_up" ON "crisis_contact"  ("episode_id") WHERE follow_up_due_on IS NOT NULL AND followed_up_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX "IDX_2e34b1c41ac842f692a95c0fd6" ON "crisis_contact"  ("episode_id", "occurred_at")`,
    );
    await q.query(
      `CREATE INDEX "IDX_d5283398ff4f8f0103f804ece3" ON "crisis_contact"  ("program_id", "occurred_at")`,
    );
    await q.query(
      `ALTER TABLE "on_call_shift" ADD CONSTRAINT "FK_7231c81d366a225c5630ce746e0" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "on_call_shift" ADD CONSTRAINT "FK_e882a0f37936a7449698fadb0f6" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "on_call_shift" ADD CONSTRAINT "FK_b45f90fab8ec29da09b843e3604" FOREIGN KEY ("created_by_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "crisis_contact" ADD CONSTRAINT "FK_8d631fd6d63cdc5af9b8470466b" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "crisis_contact" ADD CONSTRAINT "FK_9bd4da271724fc365412097e2e6" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "crisis_contact" ADD CONSTRAINT "FK_c89e51be02b01aef536e83cd309" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "crisis_contact" ADD CONSTRAINT "FK_444b976c37d85dbb66ad8525499" FOREIGN KEY ("logged_by_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "crisis_contact" ADD CONSTRAINT "FK_3ec2c9bc2baa52f07279a929bb8" FOREIGN KEY ("followed_up_by_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "crisis_contact" DROP CONSTRAINT "FK_3ec2c9bc2baa52f07279a929bb8"`);
    await q.query(`ALTER TABLE "crisis_contact" DROP CONSTRAINT "FK_444b976c37d85dbb66ad8525499"`);
    await q.query(`ALTER TABLE "crisis_contact" DROP CONSTRAINT "FK_c89e51be02b01aef536e83cd309"`);
    await q.query(`ALTER TABLE "crisis_contact" DROP CONSTRAINT "FK_9bd4da271724fc365412097e2e6"`);
    await q.query(`ALTER TABLE "crisis_contact" DROP CONSTRAINT "FK_8d631fd6d63cdc5af9b8470466b"`);
    await q.query(`ALTER TABLE "on_call_shift" DROP CONSTRAINT "FK_b45f90fab8ec29da09b843e3604"`);
    await q.query(`ALTER TABLE "on_call_shift" DROP CONSTRAINT "FK_e882a0f37936a7449698fadb0f6"`);
    await q.query(`ALTER TABLE "on_call_shift" DROP CONSTRAINT "FK_7231c81d366a225c5630ce746e0"`);
    await q.query(`DROP INDEX "public"."IDX_d5283398ff4f8f0103f804ece3"`);
    await q.query(`DROP INDEX "public"."IDX_2e34b1c41ac842f692a95c0fd6"`);
    await q.query(`DROP INDEX "public"."IDX_crisis_contact_open_follow_up"`);
    await q.query(`DROP TABLE "crisis_contact"`);
    await q.query(`DROP INDEX "public"."IDX_dd0ba05bb095f2ffac9f12c944"`);
    await q.query(`DROP TABLE "on_call_shift"`);
  }
}
