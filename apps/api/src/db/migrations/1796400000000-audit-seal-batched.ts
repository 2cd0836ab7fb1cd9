import type { MigrationInterface, QueryRunner } from 'typeorm';
import { GUARD_WITH_SEAL, SEAL_ROW_BY_ROW } from './1795840000000-audit-chain.js';

/**
 * Sealing at the rate reads write audit rows (issue 10). The seal of 1795840000000 updated each
 * event on its own, `WHERE id = …`: since 1796150000000 partitioned the table by month, every
 * one of those updates probed every month's index, and the append-only guard compared two jsonb
 * copies of the row. A page of 25 clients writes 50 events; sealing them cost more of
 * PostgreSQL's time than answering the page (~110 µs an event on the 10,000-client clinic).
 *
 * Now the chain is still computed event by event, in id order, under the head's row lock (each
 * hash depends on the one before), but the events are written back by one UPDATE that names each
 * event's partition key, and the guard compares the row with its chain columns put back, as a
 * record (every column, whatever later migrations add), instead of through jsonb. ~45 µs an event.
 */
export class AuditSealBatched1796400000000 implements MigrationInterface {
  name = 'AuditSealBatched1796400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION audit_event_is_append_only() RETURNS trigger
      LANGUAGE plpgsql AS $$
      DECLARE
        unsealed record;
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND NEW.hash IS NOT NULL THEN
          unsealed := NEW;
          unsealed.chain_seq := OLD.chain_seq;
          unsealed.prev_hash := OLD.prev_hash;
          unsealed.hash := OLD.hash;
          IF unsealed IS NOT DISTINCT FROM OLD THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE OR REPLACE FUNCTION seal_audit_chain(max_rows integer) RETURNS integer
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog AS $$
      DECLARE
        head record;
        e public.audit_event;
        ids bigint[] := '{}';
        occurred timestamptz[] := '{}';
        seqs bigint[] := '{}';
        prevs bytea[] := '{}';
        hashes bytea[] := '{}';
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
          ids := ids || e.id;
          occurred := occurred || e.occurred_at;
          seqs := seqs || e.chain_seq;
          prevs := prevs || e.prev_hash;
          hashes := hashes || e.hash;
          head.seq := e.chain_seq;
          head.hash := e.hash;
        END LOOP;
        IF cardinality(ids) > 0 THEN
          UPDATE public.audit_event a
            SET chain_seq = s.seq, prev_hash = s.prev, hash = s.hash
            FROM unnest(ids, occurred, seqs, prevs, hashes) AS s(id, occurred_at, seq, prev, hash)
            WHERE a.id = s.id AND a.occurred_at = s.occurred_at;
          UPDATE public.audit_chain_head SET seq = head.seq, hash = head.hash;
        END IF;
        RETURN cardinality(ids);
      END $$`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(SEAL_ROW_BY_ROW);
    await q.query(GUARD_WITH_SEAL);
  }
}
