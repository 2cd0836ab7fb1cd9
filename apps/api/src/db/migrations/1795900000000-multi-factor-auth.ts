import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Multi-factor sign-in: each staff member's authenticator (TOTP secret), their single-use
 * recovery codes (hashed), the half-done sign-ins that still owe a code, and the program
 * setting that makes MFA compulsory for the roles that read client records.
 */
export class MultiFactorAuth1795900000000 implements MigrationInterface {
  name = 'MultiFactorAuth1795900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "staff_mfa" ("staff_id" uuid NOT NULL, "secret" text NOT NULL, "enabled_at" TIMESTAMP WITH TIME ZONE, "last_used_step" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b82132fa4836a6f6386f9b637ef" PRIMARY KEY ("staff_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "mfa_recovery_code" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "staff_id" uuid NOT NULL, "code_hash" bytea NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cdbbb187d9498f3aee029649fbf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_3a7da316bb0045140f10b25b84" ON "mfa_recovery_code" ("staff_id", "code_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sign_in_challenge" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" bytea NOT NULL, "staff_id" uuid NOT NULL, "purpose" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_4eb27cf61d8d60bffac61b1f808" UNIQUE ("token_hash"), CONSTRAINT "sign_in_challenge_purpose_check" CHECK (purpose IN ('CODE', 'ENROL')), CONSTRAINT "PK_8accdbe71ed252cbbf967c43b83" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1e7faef2dc27fe7c25d1a62d44" ON "sign_in_challenge" ("staff_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "program" ADD "mfa_required" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_mfa" ADD CONSTRAINT "FK_b82132fa4836a6f6386f9b637ef" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mfa_recovery_code" ADD CONSTRAINT "FK_aad8b1ef42a813b982351ac97e9" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sign_in_challenge" ADD CONSTRAINT "FK_1e7faef2dc27fe7c25d1a62d444" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "sign_in_challenge" DROP CONSTRAINT "FK_1e7faef2dc27fe7c25d1a62d444"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mfa_recovery_code" DROP CONSTRAINT "FK_aad8b1ef42a813b982351ac97e9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_mfa" DROP CONSTRAINT "FK_b82132fa4836a6f6386f9b637ef"`,
    );
    await queryRunner.query(`ALTER TABLE "program" DROP COLUMN "mfa_required"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1e7faef2dc27fe7c25d1a62d44"`);
    await queryRunner.query(`DROP TABLE "sign_in_challenge"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3a7da316bb0045140f10b25b84"`);
    await queryRunner.query(`DROP TABLE "mfa_recovery_code"`);
    await queryRunner.query(`DROP TABLE "staff_mfa"`);
  }
}
