import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Program settings are versioned: every change (of the settings or the name) appends the name and
 * whole settings as they stood after it (who, when, why, which fields moved) to `program_settings_version`, append-only like the audit
 * trail (the API's role is granted SELECT and INSERT only; a trigger refuses changes from anyone
 * else). Each existing program gets its current settings as its first version, changed by no one.
 */
export class ProgramSettingsHistory1795910000000 implements MigrationInterface {
  name = 'ProgramSettingsHistory1795910000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "program_settings_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "program_version" integer NOT NULL, "name" text NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "changed_by_staff_id" uuid, "reason" text, "settings" jsonb NOT NULL, "changed_fields" text array NOT NULL, CONSTRAINT "PK_c68bd1dbfa855e6df9f72f0b2fc" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "IDX_cccd186a217d645f22bbdce2fb" ON "program_settings_version"  ("program_id", "program_version") `,
    );
    await q.query(
      `ALTER TABLE "program_settings_version" ADD CONSTRAINT "FK_8fbaa76fb14057d2fcd1e6d29e5" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "program_settings_version" ADD CONSTRAINT "FK_72bb6a90c6bc65f79513fa8bb28" FOREIGN KEY ("changed_by_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(`CREATE FUNCTION program_settings_version_is_append_only() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'program_settings_version is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(
      `CREATE TRIGGER program_settings_version_no_update_or_delete BEFORE UPDATE OR DELETE ON "program_settings_version" FOR EACH ROW EXECUTE FUNCTION program_settings_version_is_append_only()`,
    );
    await q.query(
      `CREATE TRIGGER program_settings_version_no_truncate BEFORE TRUNCATE ON "program_settings_version" FOR EACH STATEMENT EXECUTE FUNCTION program_settings_version_is_append_only()`,
    );
    // Keys as the domain's EditableProgramSettings names them.
    await q.query(`INSERT INTO program_settings_version
        (program_id, program_version, name, changed_at, settings, changed_fields, reason)
      SELECT id, version, name, updated_at, jsonb_build_object(
          'timeZone', time_zone, 'population', population, 'asamLevel', asam_level,
          'weeklyHoursTarget', weekly_hours_target, 'minimumDaysPerWeek', minimum_days_per_week,
          'planReviewIntervalDays', plan_review_interval_days,
          'initialPlanDueDays', initial_plan_due_days, 'maxGroupSize', max_group_size,
          'careTeamReadDaysAfterDischarge', care_team_read_days_after_discharge,
          'requiresSupervisorSignature', requires_supervisor_signature,
          'minAge', min_age, 'maxAge', max_age),
        '{}', 'Settings when their history began'
      FROM program`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "program_settings_version"`);
    await q.query(`DROP FUNCTION program_settings_version_is_append_only()`);
  }
}
