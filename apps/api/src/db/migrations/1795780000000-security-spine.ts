import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in (passwords, sessions, throttling), the append-only audit trail and break-glass grants.
 * The audit table refuses UPDATE, DELETE and TRUNCATE in the database itself.
 */
export class SecuritySpine1795780000000 implements MigrationInterface {
  name = 'SecuritySpine1795780000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "break_glass_grant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "staff_id" uuid NOT NULL, "client_id" uuid NOT NULL, "reason" text NOT NULL, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_cf1c0db121085bb49f92ef295dc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c600c1551f0d618cd903442b55" ON "break_glass_grant"  ("staff_id", "client_id", "expires_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_staff_id" uuid, "action" text NOT NULL, "record_type" text NOT NULL, "record_id" text, "client_id" uuid, "request_id" text NOT NULL, "outcome" text NOT NULL, "note" text, CONSTRAINT "audit_event_outcome_check" CHECK (outcome IN ('SUCCESS', 'DENIED', 'FAILED')), CONSTRAINT "audit_event_action_check" CHECK (action IN ('READ', 'CREATE', 'UPDATE', 'DELETE', 'DISCLOSE', 'SIGN_IN', 'SIGN_OUT', 'BREAK_GLASS')), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8b0cf8a255e4215403a4e29c8e" ON "audit_event"  ("request_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_68ec1a1c4945398c6a75d507bf" ON "audit_event"  ("client_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "staff_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" bytea NOT NULL, "staff_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_bd04302ff5686f90da181a7176d" UNIQUE ("token_hash"), CONSTRAINT "PK_f6ff7fdf4bb47ace7981adbcdee" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_988f66c2807d4404cf34292eea" ON "staff_session"  ("staff_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sign_in_throttle" ("key" text NOT NULL, "failures" integer NOT NULL DEFAULT '0', "blocked_until" TIMESTAMP WITH TIME ZONE, "last_failure_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f838c82d37e24773fc7984a7649" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`ALTER TABLE "staff" ADD "password_hash" text`);
    await queryRunner.query(
      `ALTER TABLE "break_glass_grant" ADD CONSTRAINT "FK_2498e1e336d7956edc0d80faeea" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "break_glass_grant" ADD CONSTRAINT "FK_ff35d05801eb910f1dd712ed5dc" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_session" ADD CONSTRAINT "FK_988f66c2807d4404cf34292eeae" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_event_no_truncate" ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER "audit_event_no_update_or_delete" ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_is_append_only()`);
    await queryRunner.query(
      `ALTER TABLE "staff_session" DROP CONSTRAINT "FK_988f66c2807d4404cf34292eeae"`,
    );
    await queryRunner.query(
      `ALTER TABLE "break_glass_grant" DROP CONSTRAINT "FK_ff35d05801eb910f1dd712ed5dc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "break_glass_grant" DROP CONSTRAINT "FK_2498e1e336d7956edc0d80faeea"`,
    );
    await queryRunner.query(`ALTER TABLE "staff" DROP COLUMN "password_hash"`);
    await queryRunner.query(`DROP TABLE "sign_in_throttle"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_988f66c2807d4404cf34292eea"`);
    await queryRunner.query(`DROP TABLE "staff_session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_68ec1a1c4945398c6a75d507bf"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8b0cf8a255e4215403a4e29c8e"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c600c1551f0d618cd903442b55"`);
    await queryRunner.query(`DROP TABLE "break_glass_grant"`);
  }
}
