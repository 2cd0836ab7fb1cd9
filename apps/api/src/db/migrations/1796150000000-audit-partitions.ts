import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_EVENT_HASH } from './1795840000000-audit-chain.js';

/**
 * `audit_event` partitioned by month of `occurred_at` (issue 15): every read writes audit rows,
 * so the table grows fastest of all, and six years of it must stay. Monthly partitions keep each
 * index small, let old months move to cheaper storage (`ALTER TABLE … SET TABLESPACE`), and let a
 * month past retention be detached and archived whole. A DEFAULT partition takes any event whose
 * month has no partition yet, so no insert ever fails; `audit_event_add_partitions` creates the
 * months ahead (here, and daily from the `audit_partitions` job).
 *
 * The table is rebuilt, not altered (PostgreSQL cannot partition a table in place): the rows are
 * copied as they are (ids, timestamps, chain columns and hashes untouched, so the hash chain still
 * verifies), the guard, sealing triggers and the hash function are recreated on the new table, and
 * the old table's grants are copied to it. The primary key must include the partition key, so it
 * becomes (id, occurred_at); `chain_seq` can no longer be UNIQUE across partitions (PostgreSQL
 * only enforces uniqueness that includes the partition key): the one sealer under the head's row
 * lock hands out each number once, and the chain verification refuses a repeated or missing one.
 */
export class AuditPartitions1796150000000 implements MigrationInterface {
  name = 'AuditPartitions1796150000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await rebuildAuditTable(queryRunner, 'partitioned');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await rebuildAuditTable(queryRunner, 'plain');
  }
}

/** Months created ahead of the current one, by the migration and by the daily job. */
export const AUDIT_MONTHS_AHEAD = 12;

const COLUMNS = `"id", "occurred_at", "actor_staff_id", "action", "record_type", "record_id",
  "client_id", "request_id", "outcome", "note", "operation", "correlation_id", "chain_seq",
  "prev_hash", "hash"`;

async function rebuildAuditTable(q: QueryRunner, shape: 'partitioned' | 'plain'): Promise<void> {
  const partitioned = shape === 'partitioned';
  await q.query(`LOCK TABLE "audit_event" IN ACCESS EXCLUSIVE MODE`);
  await q.query(`ALTER TABLE "audit_event" RENAME TO "audit_event_old"`);
  await q.query(`ALTER SEQUENCE "audit_event_id_seq" RENAME TO "audit_event_old_id_seq"`);
  // Index and constraint names are the schema's: free them for the new table.
  if (partitioned) {
    await q.query(`ALTER TABLE "audit_event_old" DROP CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f",
      DROP CONSTRAINT "UQ_f542faa6f94c43e6d74823d9bce"`);
  } else {
    await q.query(`ALTER TABLE "audit_event_old" DROP CONSTRAINT "PK_audit_event_id_occurred_at"`);
    await q.query(`DROP INDEX "audit_event_chain_seq"`);
  }
  // The actions as the schema allows them now (a later feature may have added some).
  const [{ actions }] = (await q.query(
    `SELECT pg_get_constraintdef(oid) AS actions FROM pg_constraint
     WHERE conrelid = 'audit_event_old'::regclass AND conname = 'audit_event_action_check'`,
  )) as [{ actions: string }];
  await q.query(`DROP INDEX "IDX_8b0cf8a255e4215403a4e29c8e"`);
  await q.query(`DROP INDEX "IDX_68ec1a1c4945398c6a75d507bf"`);
  await q.query(`DROP INDEX "audit_event_unsealed_id"`);

  await q.query(`CREATE TABLE "audit_event" (
    "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    "actor_staff_id" uuid, "action" text NOT NULL, "record_type" text NOT NULL, "record_id" text,
    "client_id" uuid, "request_id" text NOT NULL, "outcome" text NOT NULL, "note" text,
    "operation" text, "correlation_id" text, "chain_seq" bigint, "prev_hash" bytea, "hash" bytea,
    CONSTRAINT "audit_event_outcome_check" CHECK (outcome IN ('SUCCESS', 'DENIED', 'FAILED')),
    CONSTRAINT "audit_event_action_check" ${actions},
    CONSTRAINT "audit_event_correlation_id_check" CHECK (char_length(correlation_id) <= 128),
    ${
      partitioned
        ? `CONSTRAINT "PK_audit_event_id_occurred_at" PRIMARY KEY ("id", "occurred_at")
    ) PARTITION BY RANGE ("occurred_at")`
        : `CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"),
    CONSTRAINT "UQ_f542faa6f94c43e6d74823d9bce" UNIQUE ("chain_seq"))`
    }`);
  // On a partitioned table each of these is created on every partition, present and future.
  await q.query(`CREATE INDEX "IDX_8b0cf8a255e4215403a4e29c8e" ON "audit_event" ("request_id")`);
  await q.query(
    `CREATE INDEX "IDX_68ec1a1c4945398c6a75d507bf" ON "audit_event" ("client_id", "occurred_at")`,
  );
  await q.query(
    `CREATE INDEX "audit_event_unsealed_id" ON "audit_event" ("id") WHERE "chain_seq" IS NULL`,
  );
  if (partitioned) {
    // The verification walks the chain in chain_seq order.
    await q.query(`CREATE INDEX "audit_event_chain_seq" ON "audit_event" ("chain_seq")`);
    await q.query(`CREATE TABLE "audit_event_default" PARTITION OF "audit_event" DEFAULT`);
    await q.query(ADD_PARTITIONS);
    await q.query(
      `SELECT audit_event_add_partitions((SELECT min(occurred_at) FROM "audit_event_old"), $1)`,
      [AUDIT_MONTHS_AHEAD],
    );
  } else {
    await q.query(`DROP FUNCTION audit_event_add_partitions(timestamptz, integer)`);
  }

  // No trigger on the new table yet: the rows arrive exactly as they were, chain columns included.
  await q.query(`INSERT INTO "audit_event" (${COLUMNS}) OVERRIDING SYSTEM VALUE
    SELECT ${COLUMNS} FROM "audit_event_old"`);
  await q.query(`SELECT setval(pg_get_serial_sequence('audit_event', 'id'),
    coalesce((SELECT max(id) FROM "audit_event"), 1), (SELECT count(*) > 0 FROM "audit_event"))`);
  await q.query(COPY_GRANTS);

  await q.query(`DROP FUNCTION audit_event_hash(audit_event_old)`);
  await q.query(`DROP TABLE "audit_event_old"`);
  await q.query(AUDIT_EVENT_HASH);
  await q.query(
    `CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`,
  );
  await q.query(
    `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`,
  );
  await q.query(
    `CREATE TRIGGER "audit_event_unsealed" BEFORE INSERT ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_unsealed()`,
  );
}

/** Whoever could read or add to the old table (the API's role) may do the same on the new one. */
const COPY_GRANTS = `DO $$
DECLARE r record;
BEGIN
  FOR r IN
    SELECT 'TABLE "audit_event"' AS target, a.privilege_type, a.grantee
    FROM pg_class c, aclexplode(c.relacl) a
    WHERE c.oid = 'audit_event_old'::regclass AND a.grantee NOT IN (0, c.relowner)
    UNION ALL
    SELECT 'SEQUENCE "audit_event_id_seq"', a.privilege_type, a.grantee
    FROM pg_class c, aclexplode(c.relacl) a
    WHERE c.oid = 'audit_event_old_id_seq'::regclass AND a.grantee NOT IN (0, c.relowner)
  LOOP
    EXECUTE format('GRANT %s ON %s TO %I', r.privilege_type, r.target, r.grantee::regrole::text);
  END LOOP;
END $$`;

/**
 * Creates the missing monthly partitions (UTC months, named audit_event_yYYYYmMM) from the month
 * of `first_month` (or the current one) to `months_ahead` months after the current one, and
 * returns how many it created. A month whose events already went to the DEFAULT partition (the
 * job did not run for a year) is left there, with a warning: creating its partition would fail,
 * and moving the events would mean deleting from the append-only trail. They stay queryable and
 * chained either way. A short lock timeout: creating a partition briefly locks the table, and
 * the job would rather retry the next day than queue the API's inserts behind a long transaction.
 */
const ADD_PARTITIONS = `CREATE FUNCTION audit_event_add_partitions(first_month timestamptz, months_ahead integer)
  RETURNS integer LANGUAGE plpgsql SET search_path = pg_catalog SET lock_timeout = '5s' AS $$
  DECLARE
    m timestamp := date_trunc('month', coalesce(least(first_month, now()), now()) AT TIME ZONE 'UTC');
    last timestamp := date_trunc('month', now() AT TIME ZONE 'UTC') + make_interval(months => months_ahead);
    part text;
    created integer := 0;
  BEGIN
    WHILE m <= last LOOP
      part := 'audit_event_' || to_char(m, '"y"YYYY"m"MM');
      IF to_regclass('public.' || part) IS NULL THEN
        IF EXISTS (SELECT 1 FROM public.audit_event_default
                   WHERE occurred_at >= m AT TIME ZONE 'UTC'
                     AND occurred_at < (m + interval '1 month') AT TIME ZONE 'UTC') THEN
          RAISE WARNING 'audit events of % are in audit_event_default; % not created', to_char(m, 'YYYY-MM'), part;
        ELSE
          EXECUTE format('CREATE TABLE public.%I PARTITION OF public.audit_event FOR VALUES FROM (%L) TO (%L)',
            part, m AT TIME ZONE 'UTC', (m + interval '1 month') AT TIME ZONE 'UTC');
          created := created + 1;
        END IF;
      END IF;
      m := m + interval '1 month';
    END LOOP;
    RETURN created;
  END $$`;
