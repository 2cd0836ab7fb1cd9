import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each program sets how often PHQ-9, GAD-7 and BAM are repeated in treatment (0: at admission and
 * discharge only); every program keeps the 30 days it had until now.
 */
export class ProgramMeasureInterval1796040000000 implements MigrationInterface {
  name = 'ProgramMeasureInterval1796040000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "program" ADD "measure_interval_days" integer NOT NULL DEFAULT 30`);
    await q.query(
      `ALTER TABLE "program" ADD CONSTRAINT "program_measure_interval_days_check" CHECK (measure_interval_days BETWEEN 0 AND 180)`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "program" DROP CONSTRAINT "program_measure_interval_days_check"`);
    await q.query(`ALTER TABLE "program" DROP COLUMN "measure_interval_days"`);
  }
}
