import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audit trail hardening (issue 8, items 10 and 11).
 *
 * - `correlation_id`: the caller's own X-Request-Id, kept apart from the server's `request_id`.
 * - A hash chain: every event gets the next `chain_seq`, the previous event's hash and its own
 *   sha256 over a canonical serialisation (`audit_event_canonical`, mirrored in
 *   modules/audit/audit-chain.ts, which verifies the chain without trusting these functions).
 *   A BEFORE INSERT trigger computes it under a row lock on the one-row `audit_chain_head`, so
 *   concurrent inserts form one line in commit order. The trigger runs as the schema's owner
 *   (SECURITY DEFINER), so the API's role needs no privilege on the head and cannot move it.
 * - Events written before this migration are chained in id order.
 */
export class AuditChain1795840000000 implements MigrationInterface {
  name = 'AuditChain1795840000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "correlation_id" text`);
    await queryRunner.query(
      `ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_correlation_id_check" CHECK (char_length(correlation_id) <= 128)`,
    );
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "chain_seq" bigint`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "prev_hash" bytea`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "hash" bytea`);
    await queryRunner.query(`CREATE TABLE "audit_chain_head" (
      "singleton" boolean PRIMARY KEY DEFAULT true CHECK ("singleton"),
      "seq" bigint NOT NULL,
      "hash" bytea NOT NULL)`);

    // Each field as "<byte length>:<value>", or "~" when null: no two rows serialise alike.
    // The timestamp is fixed to UTC with microseconds, whatever the session's TimeZone.
    await queryRunner.query(`CREATE FUNCTION audit_event_canonical(e audit_event) RETURNS text
      LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
      SELECT 'waypoint-audit-v1|' || string_agg(
               CASE WHEN f.v IS NULL THEN '~' ELSE octet_length(convert_to(f.v, 'UTF8'))::text || ':' || f.v END,
               '' ORDER BY f.n)
      FROM unnest(ARRAY[
        e.chain_seq::text, encode(e.prev_hash, 'hex'), e.id::text,
        to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        e.actor_staff_id::text, e.action, e.record_type, e.record_id, e.client_id::text,
        e.request_id, e.correlation_id, e.outcome, e.note, e.operation
      ]) WITH ORDINALITY AS f(v, n)
    $$`);
    await queryRunner.query(`CREATE FUNCTION audit_event_hash(e audit_event) RETURNS bytea
      LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
      SELECT sha256(convert_to(public.audit_event_canonical(e), 'UTF8'))
    $$`);

    // Back-fill: chain the existing events in id order. The append-only guard is lifted only
    // inside this transaction, which holds audit_event exclusively (ALTER TABLE above).
    await queryRunner.query(
      `ALTER TABLE "audit_event" DISABLE TRIGGER "audit_event_no_update_or_delete"`,
    );
    await queryRunner.query(`UPDATE "audit_event" a SET "chain_seq" = s.n
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "audit_event") s
      WHERE s.id = a.id`);
    await queryRunner.query(`DO $$
      DECLARE
        r audit_event;
        head_seq bigint := 0;
        prev bytea := decode(repeat('00', 32), 'hex');
      BEGIN
        FOR r IN SELECT * FROM audit_event ORDER BY chain_seq LOOP
          r.prev_hash := prev;
          r.hash := audit_event_hash(r);
          UPDATE audit_event SET prev_hash = r.prev_hash, hash = r.hash WHERE id = r.id;
          prev := r.hash;
          head_seq := r.chain_seq;
        END LOOP;
        INSERT INTO audit_chain_head (seq, hash) VALUES (head_seq, prev);
      END $$`);
    await queryRunner.query(
      `ALTER TABLE "audit_event" ENABLE TRIGGER "audit_event_no_update_or_delete"`,
    );
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "chain_seq" SET NOT NULL,
      ALTER COLUMN "prev_hash" SET NOT NULL, ALTER COLUMN "hash" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "audit_event" ADD CONSTRAINT "UQ_f542faa6f94c43e6d74823d9bce" UNIQUE ("chain_seq")`,
    );

    // SELECT … FOR UPDATE on the head waits for the previous inserter to commit and then reads
    // its hash (READ COMMITTED); under REPEATABLE READ it fails rather than fork the chain.
    await queryRunner.query(`CREATE FUNCTION audit_event_chain() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
      DECLARE
        head record;
      BEGIN
        SELECT seq, hash INTO STRICT head FROM public.audit_chain_head FOR UPDATE;
        NEW.chain_seq := head.seq + 1;
        NEW.prev_hash := head.hash;
        NEW.hash := public.audit_event_hash(NEW);
        UPDATE public.audit_chain_head SET seq = NEW.chain_seq, hash = NEW.hash;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION audit_event_chain() FROM PUBLIC`);
    // Named to fire after any other BEFORE INSERT trigger (they fire in name order), so the
    // hash covers the row as stored.
    await queryRunner.query(
      `CREATE TRIGGER "audit_event_zz_hash_chain" BEFORE INSERT ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_chain()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_event_zz_hash_chain" ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_chain()`);
    await queryRunner.query(`DROP FUNCTION audit_event_hash(audit_event)`);
    await queryRunner.query(`DROP FUNCTION audit_event_canonical(audit_event)`);
    await queryRunner.query(`DROP TABLE "audit_chain_head"`);
    await queryRunner.query(
      `ALTER TABLE "audit_event" DROP CONSTRAINT "UQ_f542faa6f94c43e6d74823d9bce"`,
    );
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "hash"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "prev_hash"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "chain_seq"`);
    await queryRunner.query(
      `ALTER TABLE "audit_event" DROP CONSTRAINT "audit_event_correlation_id_check"`,
    );
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "correlation_id"`);
  }
}
