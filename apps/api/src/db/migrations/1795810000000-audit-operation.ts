import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which GraphQL operation (its root fields) caused each audit event, so a chart opening can be
 * told from a client appearing in a list. Adding a column is not an UPDATE: the append-only
 * trigger is untouched, and earlier events keep a null operation.
 */
export class AuditOperation1795810000000 implements MigrationInterface {
  name = 'AuditOperation1795810000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "operation" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "operation"`);
  }
}
