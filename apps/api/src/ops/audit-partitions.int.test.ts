import { describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { createDataSource } from '../db/data-source.js';
import { migrate } from '../db/database.js';
import { sealAuditChain, verifyAuditChain } from '../modules/audit/audit-chain.js';
import { createScratchDatabase } from '../test-support/scratch-databases.js';

const PARTITIONING = 'AuditPartitions1796150000000';

const insertAt = (at: string, requestId: string) =>
  `INSERT INTO audit_event (occurred_at, action, record_type, request_id, outcome)
   VALUES ('${at}', 'READ', 'Client', '${requestId}', 'SUCCESS')`;

describe('audit_event partitioned by month', () => {
  it('keeps the rows and the hash chain of the table it replaces, each row in its month', async () => {
    const db = await createScratchDatabase(inject('databaseUrl'), 'wp_partitions');
    const ds = createDataSource(db.url, 2);
    await ds.initialize();
    try {
      await migrate(ds);
      // Back to the plain table, with events of two past months, sealed into the chain.
      while (
        (await ds.query<unknown[]>(`SELECT 1 FROM migrations WHERE name = $1`, [PARTITIONING]))
          .length
      )
        await ds.undoLastMigration();
      expect(await partitionOf(ds, 'audit_event')).toBe('r');
      await ds.query(insertAt('2020-03-31T23:59:59.999Z', 'old-march'));
      await ds.query(insertAt('2020-04-01T00:00:00Z', 'old-april'));
      await ds.query(insertAt('2020-04-15T12:00:00Z', 'old-april'));
      await sealAuditChain(ds);
      const before = await ds.query<{ id: string; hash: string }[]>(
        `SELECT id::text, encode(hash, 'hex') AS hash FROM audit_event ORDER BY id`,
      );

      await migrate(ds);
      expect(await partitionOf(ds, 'audit_event')).toBe('p');
      const after = await ds.query<{ id: string; hash: string; part: string }[]>(
        `SELECT id::text, encode(hash, 'hex') AS hash, tableoid::regclass::text AS part, request_id
         FROM audit_event ORDER BY id`,
      );
      expect(after.map(({ id, hash }) => ({ id, hash }))).toEqual(before);
      const partOf = (requestId: string) =>
        after
          .filter((r) => (r as { request_id?: string }).request_id === requestId)
          .map((r) => r.part);
      expect(partOf('old-march')).toEqual(['audit_event_y2020m03']);
      expect(partOf('old-april')).toEqual(['audit_event_y2020m04', 'audit_event_y2020m04']);

      // New events continue the ids and the chain, and land in this month's partition.
      await ds.query(`INSERT INTO audit_event (action, record_type, request_id, outcome)
                      VALUES ('READ', 'Client', 'now', 'SUCCESS')`);
      const [fresh] = await ds.query<{ id: string; part: string; month: string }[]>(
        `SELECT id::text, tableoid::regclass::text AS part,
                to_char(now() AT TIME ZONE 'UTC', '"audit_event_y"YYYY"m"MM') AS month
         FROM audit_event WHERE request_id = 'now'`,
      );
      expect(fresh!.part).toBe(fresh!.month);
      expect(BigInt(fresh!.id)).toBeGreaterThan(BigInt(before.at(-1)!.id));
      await sealAuditChain(ds);
      expect(await verifyAuditChain(ds)).toMatchObject({ ok: true, eventsChecked: 4 });

      // A year ahead exists already; an event past it goes to the default partition, not an error.
      const [{ ahead }] = await ds.query<[{ ahead: string }]>(
        `SELECT to_char((now() AT TIME ZONE 'UTC') + interval '12 months', '"audit_event_y"YYYY"m"MM') AS ahead`,
      );
      expect(await partitionOf(ds, ahead)).toBe('r');
      await ds.query(insertAt('2100-01-05T00:00:00Z', 'far'));
      const [far] = await ds.query<{ part: string }[]>(
        `SELECT tableoid::regclass::text AS part FROM audit_event WHERE request_id = 'far'`,
      );
      expect(far!.part).toBe('audit_event_default');
      // That month's partition cannot be made now (its event is in the default); others can.
      const [{ created }] = await ds.query<[{ created: number }]>(
        `SELECT audit_event_add_partitions('2099-12-01', 0) AS created`,
      );
      expect(created).toBe(0);
      expect(await partitionOf(ds, 'audit_event_y2100m01')).toBe(null);
      await sealAuditChain(ds);
      expect(await verifyAuditChain(ds)).toMatchObject({ ok: true, eventsChecked: 5 });

      // Every partition carries the indexes and the append-only guard.
      const [{ indexes }] = await ds.query<[{ indexes: number }]>(
        `SELECT count(*)::int AS indexes FROM pg_indexes WHERE tablename = 'audit_event_y2020m03'`,
      );
      expect(indexes).toBe(5);
      await expect(ds.query(`DELETE FROM audit_event_y2020m03`)).rejects.toThrow(/append-only/);
      await expect(
        ds.query(`UPDATE audit_event SET note = 'x' WHERE request_id = 'old-march'`),
      ).rejects.toThrow(/append-only/);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });

  it('the API role may read and add to it, and cannot change or remove events in any partition', async () => {
    const app = new pg.Client({ connectionString: inject('appDatabaseUrl') });
    await app.connect();
    try {
      const { rows: parts } = await app.query<{ part: string }>(
        `SELECT inhrelid::regclass::text AS part FROM pg_inherits
         WHERE inhparent = 'audit_event'::regclass ORDER BY 1`,
      );
      expect(parts.map((p) => p.part)).toContain('audit_event_default');
      await app.query(`INSERT INTO audit_event (action, record_type, request_id, outcome)
                       VALUES ('READ', 'Client', 'app-role-partitions', 'SUCCESS')`);
      for (const target of ['audit_event', ...parts.map((p) => p.part)]) {
        await expect(app.query(`UPDATE ${target} SET note = 'x'`)).rejects.toThrow(
          /permission denied/,
        );
        await expect(app.query(`DELETE FROM ${target}`)).rejects.toThrow(/permission denied/);
        await expect(app.query(`TRUNCATE ${target}`)).rejects.toThrow(/permission denied/);
      }
      // Reads go through the parent; partitions are not the API's to read or write directly.
      await expect(app.query(`SELECT 1 FROM audit_event_default`)).rejects.toThrow(
        /permission denied/,
      );
    } finally {
      await app.end();
    }
  });
});

async function partitionOf(
  ds: { query: <T>(sql: string, params?: unknown[]) => Promise<T> },
  table: string,
): Promise<string | null> {
  const rows = await ds.query<{ relkind: string }[]>(
    `SELECT relkind FROM pg_class WHERE relname = $1 AND relnamespace = 'public'::regnamespace`,
    [table],
  );
  return rows[0]?.relkind ?? null;
}
