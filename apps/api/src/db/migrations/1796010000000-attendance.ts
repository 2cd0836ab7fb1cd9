import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11: attendance, one row per client (episode) per session, with the minutes attended
 * (Rule 3 checks them against the session on every save; the CHECK only keeps them sane).
 * `client_id` is carried for the audit trail and chart lists; it is always the episode's client.
 * A client's attendance over time (hours, missed sessions) is found from the episode index.
 */
export class Attendance1796010000000 implements MigrationInterface {
  name = 'Attendance1796010000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "attendance" ("version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "episode_id" uuid NOT NULL, "client_id" uuid NOT NULL, "status" text NOT NULL, "minutes" integer NOT NULL, "absence_reason" text, "recorded_by_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "attendance_once" UNIQUE ("session_id", "episode_id"), CONSTRAINT "attendance_status_check" CHECK (status IN ('PRESENT', 'LATE', 'LEFT_EARLY', 'ABSENT_EXCUSED', 'ABSENT_UNEXCUSED')), CONSTRAINT "attendance_minutes_check" CHECK (minutes >= 0), CONSTRAINT "PK_ee0ffe42c1f1a01e72b725c0cb2" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_attendance_episode" ON "attendance"  ("episode_id", "status")`,
    );
    await q.query(
      `ALTER TABLE "attendance" ADD CONSTRAINT "FK_5940f7beb6d791a618dbf88361e" FOREIGN KEY ("session_id") REFERENCES "clinical_session"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "attendance" ADD CONSTRAINT "FK_2e4e720dd9999b0357b6f250bcf" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "attendance" ADD CONSTRAINT "FK_0e7ce5696a15337d6363165685e" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "attendance" ADD CONSTRAINT "FK_17bb15a4c1188987b0e9d7bc33b" FOREIGN KEY ("recorded_by_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "attendance"`);
  }
}
