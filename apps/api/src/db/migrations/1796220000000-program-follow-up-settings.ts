import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each program sets how its discharged clients are followed up by default (weekly or every two
 * weeks) and for how many days after discharge; every program starts with weekly for 90 days,
 * what the discharge form assumed until now.
 */
export class ProgramFollowUpSettings1796220000000 implements MigrationInterface {
  name = 'ProgramFollowUpSettings1796220000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "program" ADD "follow_up_cadence" text NOT NULL DEFAULT 'WEEKLY'`);
    await q.query(`ALTER TABLE "program" ADD "follow_up_period_days" integer NOT NULL DEFAULT 90`);
    await q.query(
      `ALTER TABLE "program" ADD CONSTRAINT "program_follow_up_cadence_check" CHECK (follow_up_cadence IN ('WEEKLY', 'BIWEEKLY'))`,
    );
    await q.query(
      `ALTER TABLE "program" ADD CONSTRAINT "program_follow_up_period_days_check" CHECK (follow_up_period_days BETWEEN 1 AND 365)`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "program" DROP CONSTRAINT "program_follow_up_period_days_check"`);
    await q.query(`ALTER TABLE "program" DROP CONSTRAINT "program_follow_up_cadence_check"`);
    await q.query(`ALTER TABLE "program" DROP COLUMN "follow_up_period_days"`);
    await q.query(`ALTER TABLE "program" DROP COLUMN "follow_up_cadence"`);
  }
}
