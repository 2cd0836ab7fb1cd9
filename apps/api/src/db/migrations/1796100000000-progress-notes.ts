import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12: progress notes (one per client per session, DRAFT → PENDING_COSIGN → SIGNED), their
 * append-only amendments, a group session's shared content, the author-only SUD counseling notes
 * and each program's note rules (window, credentials needing co-signature). Goal progress
 * recorded from a note names its session. Counseling notes get their own audit actions.
 */
export class ProgressNotes1796100000000 implements MigrationInterface {
  name = 'ProgressNotes1796100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "progress_note" ("version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "episode_id" uuid NOT NULL, "author_staff_id" uuid NOT NULL, "format" text NOT NULL, "sections" jsonb NOT NULL DEFAULT '{}', "objective_ids" uuid array NOT NULL DEFAULT '{}', "time_in" TIMESTAMP WITH TIME ZONE, "time_out" TIMESTAMP WITH TIME ZONE, "status" text NOT NULL DEFAULT 'DRAFT', "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "signed_at" TIMESTAMP WITH TIME ZONE, "cosigner_staff_id" uuid, "cosigned_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "progress_note_once" UNIQUE ("session_id", "episode_id"), CONSTRAINT "progress_note_times_check" CHECK (time_out IS NULL OR time_in IS NULL OR time_out > time_in), CONSTRAINT "progress_note_status_check" CHECK (status IN ('DRAFT', 'PENDING_COSIGN', 'SIGNED')), CONSTRAINT "progress_note_format_check" CHECK (format IN ('SOAP', 'DAP', 'BIRP', 'GIRP')), CONSTRAINT "PK_488fe35738efec59c637aee3cd5" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_progress_note_cosign" ON "progress_note"  ("episode_id") WHERE status = 'PENDING_COSIGN'`,
    );
    await q.query(
      `CREATE INDEX "IDX_progress_note_unsigned" ON "progress_note"  ("author_staff_id", "due_at") WHERE status = 'DRAFT'`,
    );
    await q.query(
      `CREATE INDEX "IDX_93cba961dcda7f1f33841623da" ON "progress_note"  ("episode_id")`,
    );
    await q.query(
      `CREATE TABLE "progress_note_amendment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "note_id" uuid NOT NULL, "author_staff_id" uuid NOT NULL, "reason" text NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f65f9fae437e799f5cafddc9b56" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_e9d4f34eb1bf906a3409245bf8" ON "progress_note_amendment"  ("note_id", "created_at")`,
    );
    await q.query(
      `CREATE TABLE "group_note" ("version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "session_id" uuid NOT NULL, "content" text NOT NULL, "author_staff_id" uuid NOT NULL, CONSTRAINT "PK_bc65a5d3dc37382f016cf1379c4" PRIMARY KEY ("session_id"))`,
    );
    await q.query(
      `CREATE TABLE "counseling_note" ("version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "author_staff_id" uuid NOT NULL, "episode_id" uuid NOT NULL, "session_id" uuid, "text" text NOT NULL, CONSTRAINT "PK_978ec345becf527610855c9539b" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_d73c49d0c4aabf4404f86da2da" ON "counseling_note"  ("author_staff_id", "episode_id")`,
    );
    await q.query(
      `CREATE TABLE "program_note_policy" ("program_id" uuid NOT NULL, "due_hours" integer NOT NULL DEFAULT '72', "cosign_credentials" text array NOT NULL DEFAULT '{}', CONSTRAINT "program_note_policy_due_hours_check" CHECK (due_hours BETWEEN 1 AND 720), CONSTRAINT "PK_0e32469f21a4f5325358d160290" PRIMARY KEY ("program_id"))`,
    );
    await q.query(`ALTER TABLE "goal_progress" ADD "session_id" uuid`);
    await q.query(
      `ALTER TABLE "progress_note" ADD CONSTRAINT "FK_96ac62abe33a0a2b34ce7945e97" FOREIGN KEY ("session_id") REFERENCES "clinical_session"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "progress_note" ADD CONSTRAINT "FK_93cba961dcda7f1f33841623da0" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "progress_note" ADD CONSTRAINT "FK_d0fab742ad2900ced2fe3b63703" FOREIGN KEY ("author_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "progress_note" ADD CONSTRAINT "FK_715ed975d61354a37cfe168920e" FOREIGN KEY ("cosigner_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "progress_note_amendment" ADD CONSTRAINT "FK_95162db40e719ba2360a5419c48" FOREIGN KEY ("note_id") REFERENCES "progress_note"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "progress_note_amendment" ADD CONSTRAINT "FK_5dd1f6cc85313330861eb167c95" FOREIGN KEY ("author_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "group_note" ADD CONSTRAINT "FK_bc65a5d3dc37382f016cf1379c4" FOREIGN KEY ("session_id") REFERENCES "clinical_session"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "group_note" ADD CONSTRAINT "FK_071af5bfe63cd8e2879b0bbe0b5" FOREIGN KEY ("author_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "counseling_note" ADD CONSTRAINT "FK_9dbd97c4f5565610c7c4f69d1f6" FOREIGN KEY ("author_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "counseling_note" ADD CONSTRAINT "FK_1dad63cff12692aff6bede44109" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "counseling_note" ADD CONSTRAINT "FK_f589ac2f108f417f9f40a9af6ec" FOREIGN KEY ("session_id") REFERENCES "clinical_session"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "program_note_policy" ADD CONSTRAINT "FK_0e32469f21a4f5325358d160290" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Amendments are history: whoever connects, a row once written stays as it is.
    await q.query(`CREATE FUNCTION progress_note_amendment_append_only() RETURNS trigger
      LANGUAGE plpgsql AS $$ BEGIN
        RAISE EXCEPTION 'progress_note_amendment is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER progress_note_amendment_append_only
      BEFORE UPDATE OR DELETE ON progress_note_amendment
      FOR EACH ROW EXECUTE FUNCTION progress_note_amendment_append_only()`);
    await q.query(`ALTER TABLE "audit_event" DROP CONSTRAINT "audit_event_action_check"`);
    await q.query(
      `ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_action_check" CHECK (action IN ('READ', 'CREATE', 'UPDATE', 'DELETE', 'DISCLOSE', 'SIGN_IN', 'SIGN_OUT', 'BREAK_GLASS', 'READ_COUNSELING_NOTE', 'WRITE_COUNSELING_NOTE'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "audit_event" DROP CONSTRAINT "audit_event_action_check"`);
    await q.query(
      `ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_action_check" CHECK (action IN ('READ', 'CREATE', 'UPDATE', 'DELETE', 'DISCLOSE', 'SIGN_IN', 'SIGN_OUT', 'BREAK_GLASS')) NOT VALID`,
    );
    await q.query(`DROP TRIGGER progress_note_amendment_append_only ON progress_note_amendment`);
    await q.query(`DROP FUNCTION progress_note_amendment_append_only()`);
    await q.query(
      `ALTER TABLE "program_note_policy" DROP CONSTRAINT "FK_0e32469f21a4f5325358d160290"`,
    );
    await q.query(`ALTER TABLE "counseling_note" DROP CONSTRAINT "FK_f589ac2f108f417f9f40a9af6ec"`);
    await q.query(`ALTER TABLE "counseling_note" DROP CONSTRAINT "FK_1dad63cff12692aff6bede44109"`);
    await q.query(`ALTER TABLE "counseling_note" DROP CONSTRAINT "FK_9dbd97c4f5565610c7c4f69d1f6"`);
    await q.query(`ALTER TABLE "group_note" DROP CONSTRAINT "FK_071af5bfe63cd8e2879b0bbe0b5"`);
    await q.query(`ALTER TABLE "group_note" DROP CONSTRAINT "FK_bc65a5d3dc37382f016cf1379c4"`);
    await q.query(
      `ALTER TABLE "progress_note_amendment" DROP CONSTRAINT "FK_5dd1f6cc85313330861eb167c95"`,
    );
    await q.query(
      `ALTER TABLE "progress_note_amendment" DROP CONSTRAINT "FK_95162db40e719ba2360a5419c48"`,
    );
    await q.query(`ALTER TABLE "progress_note" DROP CONSTRAINT "FK_715ed975d61354a37cfe168920e"`);
    await q.query(`ALTER TABLE "progress_note" DROP CONSTRAINT "FK_d0fab742ad2900ced2fe3b63703"`);
    await q.query(`ALTER TABLE "progress_note" DROP CONSTRAINT "FK_93cba961dcda7f1f33841623da0"`);
    await q.query(`ALTER TABLE "progress_note" DROP CONSTRAINT "FK_96ac62abe33a0a2b34ce7945e97"`);
    await q.query(`ALTER TABLE "goal_progress" DROP COLUMN "session_id"`);
    await q.query(`DROP TABLE "program_note_policy"`);
    await q.query(`DROP INDEX "public"."IDX_d73c49d0c4aabf4404f86da2da"`);
    await q.query(`DROP TABLE "counseling_note"`);
    await q.query(`DROP TABLE "group_note"`);
    await q.query(`DROP INDEX "public"."IDX_e9d4f34eb1bf906a3409245bf8"`);
    await q.query(`DROP TABLE "progress_note_amendment"`);
    await q.query(`DROP INDEX "public"."IDX_93cba961dcda7f1f33841623da"`);
    await q.query(`DROP INDEX "public"."IDX_progress_note_unsigned"`);
    await q.query(`DROP INDEX "public"."IDX_progress_note_cosign"`);
    await q.query(`DROP TABLE "progress_note"`);
  }
}
