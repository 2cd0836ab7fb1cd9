import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audit trail hardening (issue 8, items 10 and 11).
 *
 * - `correlation_id`: the caller's own X-Request-Id, kept apart from the server's `request_id`.
 * - A hash chain: every event gets the next `chain_seq`, the previous event's hash and its own
 *   sha256 over a canonical serialisation (`audit_event_hash`, mirrored in
 *   modules/audit/audit-chain.ts, which verifies the chain without trusting these functions).
 * - Group sealing: a request only inserts its events, unsealed (a BEFORE INSERT trigger empties
 *   the chain columns whatever the INSERT says). `seal_audit_chain(max_rows)` chains committed
 *   unsealed events, in id order, under a row lock on the one-row `audit_chain_head`; the API
 *   calls it from a timer (modules/audit/audit-chain-sealer.ts) and before every verification.
 *   Sealing per transaction at COMMIT instead serialised every request's commit (and fsync)
 *   behind the previous one: 8 concurrent writers fell from ~1,400 to ~110 requests/s. The head
 *   is locked with SKIP LOCKED, so a second sealer (another replica) returns at once instead of
 *   queueing, and no request ever waits for it. Chain order is seal order: an event with a lower
 *   id that commits later gets a later position. The function runs as the schema's owner
 *   (SECURITY DEFINER; EXECUTE only for the API's role, granted by grantAppPrivileges), so the
 *   API's role needs no privilege on the head and cannot move it; the append-only guard lets
 *   exactly this one update through: filling an event's empty chain columns, nothing else.
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

    // sha256 over the canonical serialisation (mirrored in modules/audit/audit-chain.ts): each
    // field as "<UTF-8 byte length>:<value>", or "~" when null, so no two events serialise alike;
    // the timestamp in UTC with microseconds, whatever the session's TimeZone. PL/pgSQL rather
    // than SQL: it is an order of magnitude faster per row here.
    await queryRunner.query(AUDIT_EVENT_HASH);

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
    await queryRunner.query(
      `ALTER TABLE "audit_event" ADD CONSTRAINT "UQ_f542faa6f94c43e6d74823d9bce" UNIQUE ("chain_seq")`,
    );

    // Whatever an INSERT says, a new event starts unsealed.
    await queryRunner.query(`CREATE FUNCTION audit_event_unsealed() RETURNS trigger
      LANGUAGE plpgsql SET search_path = pg_catalog AS $$
      BEGIN
        NEW.chain_seq := NULL;
        NEW.prev_hash := NULL;
        NEW.hash := NULL;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "audit_event_unsealed" BEFORE INSERT ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_unsealed()`,
    );
    // Under READ COMMITTED (as the API calls it) each statement sees what committed before it,
    // and locking a head that a sealer has just moved locks (and reads) its newest version;
    // under REPEATABLE READ that fails rather than fork the chain. Events of transactions still
    // running are invisible here, and are sealed by a later call.
    await queryRunner.query(SEAL_ROW_BY_ROW);
    await queryRunner.query(`REVOKE ALL ON FUNCTION seal_audit_chain(integer) FROM PUBLIC`);
    // The sealer scans for unsealed events; without this it would read the whole table.
    await queryRunner.query(
      `CREATE INDEX "audit_event_unsealed_id" ON "audit_event" ("id") WHERE "chain_seq" IS NULL`,
    );
    await queryRunner.query(GUARD_WITH_SEAL);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(GUARD_WITHOUT_SEAL);
    await queryRunner.query(`DROP INDEX "audit_event_unsealed_id"`);
    await queryRunner.query(`DROP FUNCTION seal_audit_chain(integer)`);
    await queryRunner.query(`DROP TRIGGER "audit_event_unsealed" ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_unsealed()`);
    await queryRunner.query(`DROP FUNCTION audit_event_hash(audit_event)`);
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

/**
 * The append-only guard, letting through one update only: the seal filling an event's empty
 * chain columns and changing nothing else. Only the owner may UPDATE at all (the API's role has
 * no UPDATE privilege), and the owner could lift the guard anyway: the chain is what reveals it.
 */
export const GUARD_WITH_SEAL = `CREATE OR REPLACE FUNCTION audit_event_is_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'UPDATE' THEN
      IF OLD.hash IS NULL AND NEW.hash IS NOT NULL
         AND to_jsonb(OLD) - ARRAY['chain_seq', 'prev_hash', 'hash']
           = to_jsonb(NEW) - ARRAY['chain_seq', 'prev_hash', 'hash'] THEN
        RETURN NEW;
      END IF;
    END IF;
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
  END $$`;

/** The seal as this migration made it: one UPDATE per event (replaced by 1796400000000). */
export const SEAL_ROW_BY_ROW = `CREATE OR REPLACE FUNCTION seal_audit_chain(max_rows integer) RETURNS integer
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog AS $$
      DECLARE
        head record;
        e public.audit_event;
        sealed integer := 0;
      BEGIN
        IF max_rows IS NULL OR max_rows < 1 OR max_rows > 100000 THEN
          RAISE EXCEPTION 'seal_audit_chain: max_rows must be 1 to 100000'
            USING ERRCODE = 'invalid_parameter_value';
        END IF;
        SELECT seq, hash INTO head FROM public.audit_chain_head FOR UPDATE SKIP LOCKED;
        IF NOT FOUND THEN
          RETURN 0; -- another sealer holds the head: it seals these events
        END IF;
        FOR e IN
          SELECT * FROM public.audit_event WHERE chain_seq IS NULL ORDER BY id LIMIT max_rows
        LOOP
          e.chain_seq := head.seq + 1;
          e.prev_hash := head.hash;
          e.hash := public.audit_event_hash(e);
          UPDATE public.audit_event
            SET chain_seq = e.chain_seq, prev_hash = e.prev_hash, hash = e.hash
            WHERE id = e.id;
          head.seq := e.chain_seq;
          head.hash := e.hash;
          sealed := sealed + 1;
        END LOOP;
        IF sealed > 0 THEN
          UPDATE public.audit_chain_head SET seq = head.seq, hash = head.hash;
        END IF;
        RETURN sealed;
      END $$`;

/** The guard as migration 1795780000000 made it. */
const GUARD_WITHOUT_SEAL = `CREATE OR REPLACE FUNCTION audit_event_is_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
  END $$`;

/** The event's hash over its canonical serialisation (also recreated by 1796150000000). */
export const AUDIT_EVENT_HASH = `CREATE FUNCTION audit_event_hash(e audit_event) RETURNS bytea
      LANGUAGE plpgsql STABLE SET search_path = pg_catalog AS $$
      DECLARE
        fields text[] := ARRAY[
          e.chain_seq::text, encode(e.prev_hash, 'hex'), e.id::text,
          to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          e.actor_staff_id::text, e.action, e.record_type, e.record_id, e.client_id::text,
          e.request_id, e.correlation_id, e.outcome, e.note, e.operation];
        canonical text := 'waypoint-audit-v1|';
        f text;
      BEGIN
        FOREACH f IN ARRAY fields LOOP
          canonical := canonical || coalesce(octet_length(convert_to(f, 'UTF8'))::text || ':' || f, '~');
        END LOOP;
        RETURN sha256(convert_to(canonical, 'UTF8'));
      END $$`;
