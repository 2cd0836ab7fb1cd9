import { inject, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../data-source.js';
import { migrate } from '../database.js';
import { verifyAuditChain } from '../../modules/audit/audit-chain.js';
import { AuditTrail } from '../../modules/audit/audit-trail.js';
import { createScratchDatabase } from '../../test-support/scratch-databases.js';

it('the migrations build exactly the schema the entities describe (no pending changes)', async () => {
  const ds = createDataSource(inject('databaseUrl'), 1);
  await ds.initialize();
  try {
    expect(await ds.showMigrations()).toBe(false);
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  } finally {
    await ds.destroy();
  }
});

const executed = async (ds: DataSource) =>
  (await ds.query<{ name: string }[]>(`SELECT name FROM migrations ORDER BY id`)).map(
    (m) => m.name,
  );

it('every migration reverts and re-applies; audit events written meanwhile are chained on the way up', async () => {
  // Its own database: reverting migrations under the suites sharing the run's one would break them.
  const db = await createScratchDatabase(inject('databaseUrl'), 'wp_migrations');
  const ds = createDataSource(db.url, 3);
  await ds.initialize();
  try {
    await migrate(ds);
    await new AuditTrail(ds, 'chained', null).write([
      { action: 'READ', recordType: 'Client', recordId: 'a', clientId: null, outcome: 'SUCCESS' },
      { action: 'READ', recordType: 'Client', recordId: 'b', clientId: null, outcome: 'DENIED' },
    ]);

    // Down to before the chain, and two events written the old way.
    while ((await executed(ds)).includes('AuditChain1795840000000')) await ds.undoLastMigration();
    await ds.query(`INSERT INTO audit_event (action, record_type, request_id, outcome)
                    VALUES ('SIGN_IN', 'Staff', 'unchained', 'FAILED'), ('READ', 'Client', 'unchained', 'SUCCESS')`);
    await migrate(ds);
    expect(await verifyAuditChain(ds)).toMatchObject({ ok: true, eventsChecked: 4, headSeq: '4' });

    // All the way down leaves nothing behind, and all the way up again is the same schema.
    while ((await executed(ds)).length) await ds.undoLastMigration();
    const tables = await ds.query<{ tablename: string }[]>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`,
    );
    expect(tables.map((t) => t.tablename)).toEqual(['migrations']);
    await migrate(ds);
    expect((await ds.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  } finally {
    await ds.destroy();
    await db.drop();
  }
});
