import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11: a session moved or changed by hand belongs to whoever changed it; the schedule's
 * generator no longer moves or removes it (else the next run would undo a moved session).
 */
export class SessionSetByHand1796110000000 implements MigrationInterface {
  name = 'SessionSetByHand1796110000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "clinical_session" ADD "set_by_hand" boolean NOT NULL DEFAULT false`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "clinical_session" DROP COLUMN "set_by_hand"`);
  }
}
