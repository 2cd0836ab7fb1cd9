import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The day from which a community resource is due to be checked again, set by the nightly
 * re-verification job and cleared when someone verifies it, so the case managers' worklist reads
 * a flag rather than working out every program's rule on each visit.
 */
export class ResourceReverifyDue1796300000000 implements MigrationInterface {
  name = 'ResourceReverifyDue1796300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "community_resource" ADD "reverify_due_on" date`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "community_resource" DROP COLUMN "reverify_due_on"`);
  }
}
