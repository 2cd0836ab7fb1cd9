import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One-time set-password links (invitations and resets), stored as token hashes. */
export class PasswordLinks1795890000000 implements MigrationInterface {
  name = 'PasswordLinks1795890000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "password_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" bytea NOT NULL, "purpose" text NOT NULL, "staff_id" uuid NOT NULL, "issued_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_password_link_token_hash" UNIQUE ("token_hash"), CONSTRAINT "password_link_purpose_check" CHECK (purpose IN ('INVITE', 'RESET')), CONSTRAINT "PK_password_link" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_password_link_staff_id" ON "password_link" ("staff_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "password_link" ADD CONSTRAINT "FK_password_link_staff" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "password_link" ADD CONSTRAINT "FK_password_link_issued_by" FOREIGN KEY ("issued_by_id") REFERENCES "staff"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "password_link"`);
  }
}
