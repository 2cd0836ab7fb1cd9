import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A discharge's follow-up contacts by discharge: the outreach flag and the aftercare figures. */
export class FollowUpDischargeIndex1796260000000 implements MigrationInterface {
  name = 'FollowUpDischargeIndex1796260000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "IDX_follow_up_contact_discharge" ON "follow_up_contact" ("discharge_id")`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_follow_up_contact_discharge"`);
  }
}
