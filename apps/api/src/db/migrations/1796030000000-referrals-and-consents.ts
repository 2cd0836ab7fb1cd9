import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: the community resource directory, 42 CFR Part 2 consents, closed-loop referrals with
 * their status history, and the disclosures their sends make. Disclosures and referral status
 * changes are append-only (trigger here; the app role is granted SELECT and INSERT only).
 *
 * Search: an expression GIN index over `resource_search_document(...)` rather than a generated
 * column, because TypeORM's schema diff would keep re-creating a generated tsvector column it
 * cannot compare; the entity declares the index with `synchronize: false`. Accents are folded
 * with `unaccent` when the migration's role may create it (a trusted extension since PostgreSQL
 * 13); otherwise `fold_accents` only leaves the text as is and search is case-insensitive only.
 */
export class ReferralsAndConsents1796030000000 implements MigrationInterface {
  name = 'ReferralsAndConsents1796030000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "community_resource" ("version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "name" text NOT NULL, "category" text NOT NULL, "services" text NOT NULL DEFAULT '', "address" text NOT NULL DEFAULT '', "phone" text NOT NULL DEFAULT '', "hours" text NOT NULL DEFAULT '', "languages" text array NOT NULL DEFAULT '{}', "cost" text NOT NULL, "eligibility" text NOT NULL DEFAULT '', "accepts_medicaid" boolean NOT NULL DEFAULT false, "last_verified_at" TIMESTAMP WITH TIME ZONE, "last_verified_by_id" uuid, CONSTRAINT "community_resource_cost_check" CHECK (cost IN ('FREE', 'SLIDING_SCALE', 'INSURANCE')), CONSTRAINT "community_resource_category_check" CHECK (category IN ('SOCIAL_SERVICES', 'MEDICAID', 'VOCATIONAL_REHAB', 'PSYCHOLOGICAL_ASSESSMENT', 'HOUSING', 'MEDICAL', 'PSYCHIATRY', 'MAT', 'MUTUAL_SUPPORT', 'LEGAL', 'FOOD', 'TRANSPORT')), CONSTRAINT "PK_11b68ebec4cbe0fc33cc819e258" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_55e53d2cf0da0031dccd0af512" ON "community_resource"  ("program_id", "category")`,
    );
    await q.query(
      `CREATE TABLE "consent" ("version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "episode_id" uuid NOT NULL, "client_id" uuid NOT NULL, "status" text NOT NULL, "disclosing_party" text NOT NULL, "information_description" text NOT NULL, "recipients" jsonb NOT NULL DEFAULT '[]', "general_designation" boolean NOT NULL DEFAULT false, "purposes" text array NOT NULL, "purpose_description" text NOT NULL, "revocation_statement" text NOT NULL, "redisclosure_statement" text, "expires_on" date, "expiry_event" text, "expiry_event_occurred_at" TIMESTAMP WITH TIME ZONE, "includes_counseling_notes" boolean NOT NULL DEFAULT false, "guardian_signature_required" boolean NOT NULL DEFAULT false, "signed_by_name" text, "signed_on" date, "guardian_name" text, "signed_at" TIMESTAMP WITH TIME ZONE, "declined_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "revocation_reason" text, "revoked_by_id" uuid, "created_by_id" uuid NOT NULL, CONSTRAINT "consent_status_check" CHECK (status IN ('PENDING_SIGNATURE', 'ACTIVE', 'DECLINED', 'EXPIRED', 'REVOKED')), CONSTRAINT "PK_9115e8d6b082d4fc46d56134d29" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_8f4e9334b6b5d6bfaaf65da508" ON "consent"  ("episode_id", "created_at")`,
    );
    await q.query(
      `CREATE TABLE "disclosure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" uuid NOT NULL, "episode_id" uuid NOT NULL, "program_id" uuid NOT NULL, "referral_id" uuid, "consent_id" uuid NOT NULL, "recipient_name" text NOT NULL, "purpose" text NOT NULL, "information_disclosed" text NOT NULL, "notice_text" text NOT NULL, "disclosed_by_id" uuid NOT NULL, "disclosed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_f0d41f0bb858ff373bfd2e49a52" UNIQUE ("referral_id"), CONSTRAINT "PK_b8eace3be471f4a07b7fce9f4d6" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_5d9e1d4a5a35e629266e80eb9f" ON "disclosure"  ("program_id", "disclosed_at")`,
    );
    await q.query(
      `CREATE INDEX "IDX_4c439ac833338b6b37532c05d9" ON "disclosure"  ("client_id", "disclosed_at")`,
    );
    await q.query(
      `CREATE TABLE "referral" ("version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "episode_id" uuid NOT NULL, "client_id" uuid NOT NULL, "resource_id" uuid, "recipient_name" text NOT NULL, "recipient_contact" text NOT NULL DEFAULT '', "reason" text NOT NULL, "purpose" text NOT NULL, "information_to_send" text NOT NULL, "goal_lineage_id" uuid, "urgency" text NOT NULL, "due_by" date, "status" text NOT NULL, "consent_id" uuid, "sent_at" TIMESTAMP WITH TIME ZONE, "sent_by_id" uuid, "appointment_at" TIMESTAMP WITH TIME ZONE, "outcome" text, "closed_reason" text, "created_by_id" uuid NOT NULL, CONSTRAINT "referral_purpose_check" CHECK (purpose IN ('TREATMENT', 'PAYMENT', 'HEALTH_CARE_OPERATIONS', 'CARE_COORDINATION', 'BENEFITS_ELIGIBILITY', 'LEGAL', 'OTHER')), CONSTRAINT "referral_urgency_check" CHECK (urgency IN ('ROUTINE', 'SOON', 'URGENT')), CONSTRAINT "referral_status_check" CHECK (status IN ('DRAFT', 'PENDING_CONSENT', 'READY', 'SENT', 'ACCEPTED', 'REJECTED', 'SCHEDULED', 'COMPLETED', 'CANCELLED', 'CLIENT_DECLINED', 'NO_RESPONSE')), CONSTRAINT "PK_a2d3e935a6591168066defec5ad" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_02d6674c43c25041a0d9c2ae48" ON "referral"  ("goal_lineage_id")`,
    );
    await q.query(
      `CREATE INDEX "IDX_c809e6987a8c9cae6e387a0960" ON "referral"  ("status", "due_by")`,
    );
    await q.query(
      `CREATE INDEX "IDX_a62dc787dd43c969fa09a9266f" ON "referral"  ("episode_id", "created_at")`,
    );
    await q.query(
      `CREATE TABLE "referral_status_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "referral_id" uuid NOT NULL, "episode_id" uuid NOT NULL, "from_status" text NOT NULL, "to_status" text NOT NULL, "reason" text, "changed_by_id" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c6bb6ab5d09d166f97cee3c4a3b" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_f2caa93dea9c405e24bac8054e" ON "referral_status_change"  ("referral_id", "changed_at")`,
    );
    await q.query(
      `ALTER TABLE "community_resource" ADD CONSTRAINT "FK_03e2bf08fd60678635c5e68aad5" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "consent" ADD CONSTRAINT "FK_39161c61b7ebc53155cff4e3a2a" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "consent" ADD CONSTRAINT "FK_0e984f4e2e451260a3ec425aab6" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "consent" ADD CONSTRAINT "FK_9e3611b4f0d755dd1667b1ea314" FOREIGN KEY ("created_by_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "disclosure" ADD CONSTRAINT "FK_b3957308d89e20d6ff5cf3d9950" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "disclosure" ADD CONSTRAINT "FK_a7b8ccde7763739c8b5df64a8db" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "disclosure" ADD CONSTRAINT "FK_d3697921cc3ae8a3f980958c21d" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "disclosure" ADD CONSTRAINT "FK_d74ff4a30e020fc1d73ba8daf64" FOREIGN KEY ("consent_id") REFERENCES "consent"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "disclosure" ADD CONSTRAINT "FK_ebb5a4287ac8e8d8759a8cf5b29" FOREIGN KEY ("disclosed_by_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "referral" ADD CONSTRAINT "FK_92e8b5091c6e4c23e18a9d6a21d" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "referral" ADD CONSTRAINT "FK_c20dd5762db0c18efa87e591747" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "referral" ADD CONSTRAINT "FK_37e2fac05ff82fcc0db04d603e0" FOREIGN KEY ("resource_id") REFERENCES "community_resource"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "referral" ADD CONSTRAINT "FK_909aaaac3c4e83d14ba7992c23d" FOREIGN KEY ("consent_id") REFERENCES "consent"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "referral" ADD CONSTRAINT "FK_80e53822d22e8181b55aca2eb1f" FOREIGN KEY ("created_by_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "referral_status_change" ADD CONSTRAINT "FK_496968597363a7fa3018c7dbf53" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(`
      DO $$ BEGIN
        CREATE EXTENSION IF NOT EXISTS unaccent;
      EXCEPTION WHEN insufficient_privilege OR undefined_file OR feature_not_supported THEN
        RAISE NOTICE 'unaccent is not available: resource search folds case only';
      END $$`);
    await q.query(`
      DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
          EXECUTE $f$CREATE FUNCTION fold_accents(text) RETURNS text LANGUAGE sql IMMUTABLE
            PARALLEL SAFE STRICT AS $b$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $b$ $f$;
        ELSE
          EXECUTE $f$CREATE FUNCTION fold_accents(text) RETURNS text LANGUAGE sql IMMUTABLE
            PARALLEL SAFE STRICT AS $b$ SELECT $1 $b$ $f$;
        END IF;
      END $$`);
    await q.query(`
      CREATE FUNCTION resource_search_document(name text, services text, eligibility text,
        address text, languages text[]) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector('simple', public.fold_accents(coalesce(name, ''))), 'A') ||
               setweight(to_tsvector('simple', public.fold_accents(coalesce(services, ''))), 'B') ||
               setweight(to_tsvector('simple', public.fold_accents(
                 coalesce(eligibility, '') || ' ' || coalesce(address, '') || ' ' ||
                 array_to_string(languages, ' '))), 'C')
      $$`);
    await q.query(`
      CREATE INDEX community_resource_search_idx ON community_resource USING gin
        (resource_search_document(name, services, eligibility, address, languages))`);
    for (const table of ['disclosure', 'referral_status_change']) {
      await q.query(`
        CREATE FUNCTION ${table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION '${table} is append-only: % refused', TG_OP
            USING ERRCODE = 'insufficient_privilege';
        END $$`);
      await q.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION ${table}_append_only()`);
      await q.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION ${table}_append_only()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "disclosure"`);
    await q.query(`DROP TABLE "referral_status_change"`);
    await q.query(`DROP TABLE "referral"`);
    await q.query(`DROP TABLE "consent"`);
    await q.query(`DROP TABLE "community_resource"`);
    await q.query(`DROP FUNCTION disclosure_append_only()`);
    await q.query(`DROP FUNCTION referral_status_change_append_only()`);
    await q.query(`DROP FUNCTION resource_search_document(text, text, text, text, text[])`);
    await q.query(`DROP FUNCTION fold_accents(text)`);
  }
}
