import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The language a client prefers, so what is printed for them can be in it. */
export class ClientPreferredLanguage1796301000000 implements MigrationInterface {
  name = 'ClientPreferredLanguage1796301000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "client" ADD "preferred_language" text`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "client" DROP COLUMN "preferred_language"`);
  }
}
