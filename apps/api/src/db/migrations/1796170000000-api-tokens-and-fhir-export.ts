import type { MigrationInterface, QueryRunner } from 'typeorm';

const FIELDS = `e.chain_seq::text, encode(e.prev_hash, 'hex'), e.id::text,
          to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          e.actor_staff_id::text, e.action, e.record_type, e.record_id, e.client_id::text,
          e.request_id, e.correlation_id, e.outcome, e.note, e.operation`;

/** audit_event_hash as 1795840000000 made it, or (v2) also covering the API token named. */
const hashFunction = (
  withToken: boolean,
) => `CREATE OR REPLACE FUNCTION audit_event_hash(e audit_event) RETURNS bytea
      LANGUAGE plpgsql STABLE SET search_path = pg_catalog AS $$
      DECLARE
        fields text[] := ARRAY[${FIELDS}];
        canonical text := 'waypoint-audit-v1|';
        f text;
      BEGIN
        ${
          withToken
            ? `IF e.api_token_id IS NOT NULL THEN
          canonical := 'waypoint-audit-v2|';
          fields := fields || e.api_token_id::text;
        END IF;`
            : ''
        }
        FOREACH f IN ARRAY fields LOOP
          canonical := canonical || coalesce(octet_length(convert_to(f, 'UTF8'))::text || ':' || f, '~');
        END LOOP;
        RETURN sha256(convert_to(canonical, 'UTF8'));
      END $$`;

/**
 * Issue 16: personal API tokens (only the SHA-256 of each secret is kept), the token a request
 * came with on its audit events — in the hash chain too: events naming a token are hashed as
 * 'waypoint-audit-v2' with its id appended, so events already sealed keep their hashes — and
 * disclosures made under the client's own right of access (a record export for the client), which
 * have no consent.
 */
export class ApiTokensAndFhirExport1796170000000 implements MigrationInterface {
  name = 'ApiTokensAndFhirExport1796170000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "api_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "staff_id" uuid NOT NULL, "name" text NOT NULL, "token_hash" bytea NOT NULL, "prefix" text NOT NULL, "scope" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_bafaa5aab5957cd193fb2da8f24" UNIQUE ("token_hash"), CONSTRAINT "api_token_scope_check" CHECK (scope IN ('READ_ONLY', 'READ_WRITE')), CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_05c66d0466a60c858119f66298" ON "api_token"  ("staff_id", "created_at") `,
    );
    await q.query(
      `ALTER TABLE "api_token" ADD CONSTRAINT "FK_92301ce4f0634fd73188cdf79b8" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(`ALTER TABLE "audit_event" ADD "api_token_id" uuid`);
    await q.query(hashFunction(true));
    await q.query(`ALTER TABLE "disclosure" ADD "basis" text NOT NULL DEFAULT 'CONSENT'`);
    await q.query(`ALTER TABLE "disclosure" ALTER COLUMN "consent_id" DROP NOT NULL`);
    await q.query(
      `ALTER TABLE "disclosure" ADD CONSTRAINT "disclosure_consent_check" CHECK (basis <> 'CONSENT' OR consent_id IS NOT NULL)`,
    );
    await q.query(
      `ALTER TABLE "disclosure" ADD CONSTRAINT "disclosure_basis_check" CHECK (basis IN ('CONSENT', 'CLIENT_RIGHT_OF_ACCESS'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "disclosure" DROP CONSTRAINT "disclosure_basis_check"`);
    await q.query(`ALTER TABLE "disclosure" DROP CONSTRAINT "disclosure_consent_check"`);
    await q.query(`ALTER TABLE "disclosure" ALTER COLUMN "consent_id" SET NOT NULL`);
    await q.query(`ALTER TABLE "disclosure" DROP COLUMN "basis"`);
    await q.query(hashFunction(false));
    await q.query(`ALTER TABLE "audit_event" DROP COLUMN "api_token_id"`);
    await q.query(`ALTER TABLE "api_token" DROP CONSTRAINT "FK_92301ce4f0634fd73188cdf79b8"`);
    await q.query(`DROP INDEX "public"."IDX_05c66d0466a60c858119f66298"`);
    await q.query(`DROP TABLE "api_token"`);
  }
}
