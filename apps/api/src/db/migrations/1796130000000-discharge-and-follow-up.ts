import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14 (discharge and follow-up): one discharge per episode with its aftercare plan, the
 * attempt to reach a client who left, the follow-up period and the signed summary; the scheduled
 * follow-up contacts, one per episode and due day (the unique key makes generation idempotent).
 */
export class DischargeAndFollowUp1796130000000 implements MigrationInterface {
  name = 'DischargeAndFollowUp1796130000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "discharge" ("version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "episode_id" uuid NOT NULL, "client_id" uuid NOT NULL, "discharge_type" text NOT NULL, "reason" text NOT NULL, "discharged_at" TIMESTAMP WITH TIME ZONE NOT NULL, "aftercare_plan" jsonb, "attempted_contact" jsonb, "follow_up_cadence" text, "follow_up_period_days" integer NOT NULL, "first_follow_up_on" date, "follow_up_ends_on" date NOT NULL, "summary" jsonb NOT NULL, "summary_signed_at" TIMESTAMP WITH TIME ZONE, "summary_signed_by_id" uuid, "outreach_flagged_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid NOT NULL, CONSTRAINT "UQ_54e2599c747c6b9a9d7b23bcde7" UNIQUE ("episode_id"), CONSTRAINT "discharge_cadence_check" CHECK (follow_up_cadence IN ('WEEKLY', 'BIWEEKLY')), CONSTRAINT "discharge_type_check" CHECK (discharge_type IN ('COMPLETED', 'STEP_DOWN', 'STEP_UP', 'TRANSFER', 'AMA', 'ADMINISTRATIVE', 'LOST_CONTACT')), CONSTRAINT "PK_2b955d22dec4fd487692d1c5602" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_d53af5855af925f05ef8c5d76f" ON "discharge"  ("follow_up_ends_on")`,
    );
    await q.query(
      `CREATE TABLE "follow_up_contact" ("version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "discharge_id" uuid NOT NULL, "episode_id" uuid NOT NULL, "client_id" uuid NOT NULL, "due_on" date NOT NULL, "status" text NOT NULL DEFAULT 'SCHEDULED', "method" text, "outcome" text, "note" text NOT NULL DEFAULT '', "bam_assessment_id" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE, "recorded_by_id" uuid, CONSTRAINT "follow_up_contact_episode_due_unique" UNIQUE ("episode_id", "due_on"), CONSTRAINT "follow_up_contact_method_check" CHECK (method IN ('PHONE', 'VIDEO', 'IN_PERSON', 'TEXT', 'LETTER')), CONSTRAINT "follow_up_contact_outcome_check" CHECK (outcome IN ('IN_RECOVERY', 'USING', 'READMITTED_ELSEWHERE', 'UNREACHABLE')), CONSTRAINT "follow_up_contact_status_check" CHECK (status IN ('SCHEDULED', 'DONE', 'ATTEMPTED', 'MISSED')), CONSTRAINT "PK_b5dfaadabbd6d359e48d0b6403a" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_c686cbdb42862d4be1333f1e70" ON "follow_up_contact"  ("status", "due_on")`,
    );
    await q.query(
      `ALTER TABLE "discharge" ADD CONSTRAINT "FK_54e2599c747c6b9a9d7b23bcde7" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "discharge" ADD CONSTRAINT "FK_3d4611481dbd99bf442c9b7abf8" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "discharge" ADD CONSTRAINT "FK_f1a119e8e5cb5e53eee3308db01" FOREIGN KEY ("summary_signed_by_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "discharge" ADD CONSTRAINT "FK_2ad3056b0abf62468293b826899" FOREIGN KEY ("created_by_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "follow_up_contact" ADD CONSTRAINT "FK_c5af4246ab31770b00c888c9909" FOREIGN KEY ("discharge_id") REFERENCES "discharge"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "follow_up_contact" ADD CONSTRAINT "FK_7949fb305aac495f6b5c7db8743" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "follow_up_contact" ADD CONSTRAINT "FK_1139c69f46efbedcc8703acc798" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "follow_up_contact" ADD CONSTRAINT "FK_55963214bb5a7a92376a47a4ee5" FOREIGN KEY ("bam_assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "follow_up_contact" ADD CONSTRAINT "FK_238ca0291aaa0f222ea68f0bcb9" FOREIGN KEY ("recorded_by_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "follow_up_contact" DROP CONSTRAINT "FK_238ca0291aaa0f222ea68f0bcb9"`,
    );
    await q.query(
      `ALTER TABLE "follow_up_contact" DROP CONSTRAINT "FK_55963214bb5a7a92376a47a4ee5"`,
    );
    await q.query(
      `ALTER TABLE "follow_up_contact" DROP CONSTRAINT "FK_1139c69f46efbedcc8703acc798"`,
    );
    await q.query(
      `ALTER TABLE "follow_up_contact" DROP CONSTRAINT "FK_7949fb305aac495f6b5c7db8743"`,
    );
    await q.query(
      `ALTER TABLE "follow_up_contact" DROP CONSTRAINT "FK_c5af4246ab31770b00c888c9909"`,
    );
    await q.query(`ALTER TABLE "discharge" DROP CONSTRAINT "FK_2ad3056b0abf62468293b826899"`);
    await q.query(`ALTER TABLE "discharge" DROP CONSTRAINT "FK_f1a119e8e5cb5e53eee3308db01"`);
    await q.query(`ALTER TABLE "discharge" DROP CONSTRAINT "FK_3d4611481dbd99bf442c9b7abf8"`);
    await q.query(`ALTER TABLE "discharge" DROP CONSTRAINT "FK_54e2599c747c6b9a9d7b23bcde7"`);
    await q.query(`DROP INDEX "public"."IDX_c686cbdb42862d4be1333f1e70"`);
    await q.query(`DROP TABLE "follow_up_contact"`);
    await q.query(`DROP INDEX "public"."IDX_d53af5855af925f05ef8c5d76f"`);
    await q.query(`DROP TABLE "discharge"`);
  }
}
