import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A program's note policy is edited from its settings screen: saves carry the version read. */
export class NotePolicyVersion1796200000000 implements MigrationInterface {
  name = 'NotePolicyVersion1796200000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "program_note_policy" ADD "version" integer NOT NULL DEFAULT '1'`);
    await q.query(
      `ALTER TABLE "program_note_policy" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "program_note_policy" DROP COLUMN "updated_at"`);
    await q.query(`ALTER TABLE "program_note_policy" DROP COLUMN "version"`);
  }
}
