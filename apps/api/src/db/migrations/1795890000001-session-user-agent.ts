import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The browser a session was started from, so people can tell their sessions apart. */
export class SessionUserAgent1795890000001 implements MigrationInterface {
  name = 'SessionUserAgent1795890000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "staff_session" ADD "user_agent" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "staff_session" DROP COLUMN "user_agent"`);
  }
}
