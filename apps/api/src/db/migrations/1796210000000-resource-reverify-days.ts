import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each program sets after how many days a community resource's details are due to be checked
 * again; every program keeps the 180 days that were fixed until now.
 */
export class ResourceReverifyDays1796210000000 implements MigrationInterface {
  name = 'ResourceReverifyDays1796210000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "program" ADD "resource_reverify_days" integer NOT NULL DEFAULT 180`,
    );
    await q.query(
      `ALTER TABLE "program" ADD CONSTRAINT "program_resource_reverify_days_check" CHECK (resource_reverify_days BETWEEN 7 AND 730)`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "program" DROP CONSTRAINT "program_resource_reverify_days_check"`);
    await q.query(`ALTER TABLE "program" DROP COLUMN "resource_reverify_days"`);
  }
}
