import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A program may require a director's co-signature (as supervisor) on its treatment plans. */
export class SupervisorSignature1795800000000 implements MigrationInterface {
  name = 'SupervisorSignature1795800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "program" ADD "requires_supervisor_signature" boolean NOT NULL DEFAULT false`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "program" DROP COLUMN "requires_supervisor_signature"`);
  }
}
