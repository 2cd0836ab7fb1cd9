import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11: therapy groups on a weekly schedule (facilitators, exceptions, enrollments with a
 * waitlist) and the sessions the clinic delivers (group sessions generated from the schedule,
 * one per group and date; individual, family, case-management and intake sessions booked on an
 * episode), with their staff and family participants.
 */
export class GroupsAndSessions1796000000000 implements MigrationInterface {
  name = 'GroupsAndSessions1796000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "therapy_group" ("version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by_staff_id" uuid NOT NULL, "updated_by_staff_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "name" text NOT NULL, "format" text NOT NULL, "topic" text NOT NULL, "capacity" integer NOT NULL, "location" text, "telehealth_url" text, "enrollment_mode" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "weekdays" smallint array NOT NULL, "start_time" TIME NOT NULL, "end_time" TIME NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "therapy_group_weekdays_check" CHECK (cardinality(weekdays) > 0 AND weekdays <@ ARRAY[1,2,3,4,5,6,7]::smallint[]), CONSTRAINT "therapy_group_dates_check" CHECK (ends_on IS NULL OR ends_on >= starts_on), CONSTRAINT "therapy_group_times_check" CHECK (end_time > start_time), CONSTRAINT "therapy_group_capacity_check" CHECK (capacity > 0), CONSTRAINT "therapy_group_enrollment_mode_check" CHECK (enrollment_mode IN ('OPEN', 'CLOSED')), CONSTRAINT "therapy_group_topic_check" CHECK (topic IN ('LIFE_SKILLS', 'RELAPSE_PREVENTION', 'MOOD_MANAGEMENT', 'COMMUNICATION', 'SELF_HELP', 'TWELVE_STEP', 'FAMILY', 'OTHER')), CONSTRAINT "therapy_group_format_check" CHECK (format IN ('PROCESS', 'PSYCHOEDUCATIONAL')), CONSTRAINT "PK_151b7f8c391669c073c4c5de739" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_e69cb4b8529e2145ef3dd77ba5" ON "therapy_group"  ("program_id", "active")`,
    );
    await q.query(
      `CREATE TABLE "group_facilitator" ("group_id" uuid NOT NULL, "staff_id" uuid NOT NULL, CONSTRAINT "PK_e7b29eeaa4518ca0aaae24ea67a" PRIMARY KEY ("group_id", "staff_id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_13652d7ca20a9064bc20a9b0e9" ON "group_facilitator"  ("staff_id")`,
    );
    await q.query(
      `CREATE TABLE "group_schedule_exception" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "on_date" date NOT NULL, "kind" text NOT NULL, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by_staff_id" uuid NOT NULL, CONSTRAINT "group_schedule_exception_once" UNIQUE ("group_id", "on_date"), CONSTRAINT "group_schedule_exception_kind_check" CHECK (kind IN ('CANCELLED', 'HOLIDAY')), CONSTRAINT "PK_0ee75a4543fae4c311f49d10561" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "group_enrollment" ("version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by_staff_id" uuid NOT NULL, "updated_by_staff_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "client_id" uuid NOT NULL, "episode_id" uuid NOT NULL, "status" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "waitlisted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "group_enrollment_dates_check" CHECK (ends_on IS NULL OR ends_on >= starts_on), CONSTRAINT "group_enrollment_status_check" CHECK (status IN ('WAITLISTED', 'ACTIVE', 'COMPLETED', 'WITHDRAWN')), CONSTRAINT "PK_3d773718f69fca13135f2ab4769" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "group_enrollment_open_once" ON "group_enrollment"  ("group_id", "client_id") WHERE status IN ('WAITLISTED', 'ACTIVE')`,
    );
    await q.query(
      `CREATE INDEX "IDX_d7a208b6006500e68cb2f09852" ON "group_enrollment"  ("episode_id")`,
    );
    await q.query(
      `CREATE INDEX "IDX_ae713bd2ad43497dff3d3fba7e" ON "group_enrollment"  ("client_id")`,
    );
    await q.query(
      `CREATE INDEX "IDX_f6e02438844473f2189dc8955b" ON "group_enrollment"  ("group_id", "status", "waitlisted_at")`,
    );
    await q.query(
      `CREATE TABLE "clinical_session" ("version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by_staff_id" uuid NOT NULL, "updated_by_staff_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "kind" text NOT NULL, "group_id" uuid, "occurrence_date" date, "episode_id" uuid, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL, "modality" text NOT NULL, "location" text, CONSTRAINT "clinical_session_group_occurrence" UNIQUE ("group_id", "occurrence_date"), CONSTRAINT "clinical_session_subject_check" CHECK ((kind = 'GROUP' AND group_id IS NOT NULL AND occurrence_date IS NOT NULL AND episode_id IS NULL) OR (kind <> 'GROUP' AND group_id IS NULL AND episode_id IS NOT NULL)), CONSTRAINT "clinical_session_times_check" CHECK (ends_at > starts_at), CONSTRAINT "clinical_session_modality_check" CHECK (modality IN ('IN_PERSON', 'TELEHEALTH')), CONSTRAINT "clinical_session_status_check" CHECK (status IN ('SCHEDULED', 'HELD', 'CANCELLED', 'NO_SHOW')), CONSTRAINT "clinical_session_kind_check" CHECK (kind IN ('GROUP', 'INDIVIDUAL', 'FAMILY', 'CASE_MANAGEMENT', 'INTAKE')), CONSTRAINT "PK_d3150286d2ede01ff65030da3e1" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_e36bf40112f31601bd2dbed3cd" ON "clinical_session"  ("episode_id", "starts_at")`,
    );
    await q.query(
      `CREATE INDEX "IDX_f05362866262d18a419deff21f" ON "clinical_session"  ("program_id", "starts_at")`,
    );
    await q.query(
      `CREATE TABLE "clinical_session_staff" ("session_id" uuid NOT NULL, "staff_id" uuid NOT NULL, CONSTRAINT "PK_02673c63cdcb5e163bb70029d91" PRIMARY KEY ("session_id", "staff_id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_d9739a92ab67c64cdcc10d5021" ON "clinical_session_staff"  ("staff_id")`,
    );
    await q.query(
      `CREATE TABLE "clinical_session_participant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "name" text NOT NULL, "relation" text NOT NULL, CONSTRAINT "PK_c813126eb88952e83eb70df38a5" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_48e3b5985c8016dc06654e04f6" ON "clinical_session_participant"  ("session_id")`,
    );
    await q.query(
      `ALTER TABLE "therapy_group" ADD CONSTRAINT "FK_121559baf27d3d45ebbdf5643f5" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "group_facilitator" ADD CONSTRAINT "FK_44264d9173c3f90b5d7f9d6f31f" FOREIGN KEY ("group_id") REFERENCES "therapy_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "group_facilitator" ADD CONSTRAINT "FK_13652d7ca20a9064bc20a9b0e90" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "group_schedule_exception" ADD CONSTRAINT "FK_06aa0ac4b28bfb9e912d57b724f" FOREIGN KEY ("group_id") REFERENCES "therapy_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "group_enrollment" ADD CONSTRAINT "FK_30bcfc795490d0f4e27b2bb2799" FOREIGN KEY ("group_id") REFERENCES "therapy_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "group_enrollment" ADD CONSTRAINT "FK_ae713bd2ad43497dff3d3fba7e0" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "group_enrollment" ADD CONSTRAINT "FK_d7a208b6006500e68cb2f098520" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "clinical_session" ADD CONSTRAINT "FK_c1e8c94122ab0782653cac1e459" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "clinical_session" ADD CONSTRAINT "FK_d6ff26988ed9b94e6cb1bb2b226" FOREIGN KEY ("group_id") REFERENCES "therapy_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "clinical_session" ADD CONSTRAINT "FK_e47fe5c151af3358fa36b488de1" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "clinical_session_staff" ADD CONSTRAINT "FK_5930848373aa52f45bf2218868b" FOREIGN KEY ("session_id") REFERENCES "clinical_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "clinical_session_staff" ADD CONSTRAINT "FK_d9739a92ab67c64cdcc10d5021e" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "clinical_session_participant" ADD CONSTRAINT "FK_48e3b5985c8016dc06654e04f61" FOREIGN KEY ("session_id") REFERENCES "clinical_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "clinical_session_participant"`);
    await q.query(`DROP TABLE "clinical_session_staff"`);
    await q.query(`DROP TABLE "clinical_session"`);
    await q.query(`DROP TABLE "group_enrollment"`);
    await q.query(`DROP TABLE "group_schedule_exception"`);
    await q.query(`DROP TABLE "group_facilitator"`);
    await q.query(`DROP TABLE "therapy_group"`);
  }
}
