import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../db/data-source.js';
import { buildScaleClinic, type ScaleClinic } from '../../db/scale/scale-clinic.js';
import { ClientScope } from '../access/client-scope.js';
import { AuditTrail } from '../audit/audit-trail.js';
import { directorDashboard } from './dashboard.service.js';

/**
 * PostgreSQL compiles a plan with JIT once its estimated cost passes `jit_above_cost` (100,000 by
 * default); on PostgreSQL 15 compiling the dashboard took seconds for a statement that runs in
 * a fraction of one. The figures statement must stay well below that on the scale clinic: at 2,000
 * clients under a fifth of it, so the 10,000-client clinic stays below it too.
 */
const JIT_ABOVE_COST = 100_000;
const CLIENTS = 2_000;

let ds: DataSource;
let clinic: ScaleClinic;
beforeAll(async () => {
  ds = createDataSource(inject('databaseUrl'), 2);
  await ds.initialize();
  clinic = await buildScaleClinic(ds, { clients: CLIENTS, clinicians: 20 });
  await ds.query('ANALYZE client, episode, treatment_plan, program');
});
afterAll(() => ds?.destroy());

it('the dashboard’s figures statement is estimated far below the JIT threshold', async () => {
  const scope = new ClientScope(
    ds,
    {
      staffId: clinic.directorId,
      sessionId: 'cost',
      sessionExpiresAt: new Date(Date.now() + 3_600_000),
      programRoles: clinic.programIds.map((programId) => ({
        programId,
        role: 'DIRECTOR' as const,
      })),
    },
    new AuditTrail(ds, 'cost', clinic.directorId),
  );
  const statements: { sql: string; params: unknown[] }[] = [];
  const query = ds.query.bind(ds);
  ds.query = (async (sql: string, params?: unknown[]) => {
    statements.push({ sql, params: params ?? [] });
    return query(sql, params);
  }) as DataSource['query'];
  try {
    await directorDashboard(scope, { programIds: clinic.programIds });
  } finally {
    ds.query = query;
  }
  const figures = statements.find((s) => s.sql.includes("'census'"));
  expect(figures).toBeDefined();
  const [plan] = await ds.query<{ 'QUERY PLAN': [{ Plan: { 'Total Cost': number } }] }[]>(
    `EXPLAIN (FORMAT JSON) ${figures!.sql}`,
    figures!.params,
  );
  expect(plan!['QUERY PLAN'][0].Plan['Total Cost']).toBeLessThan(JIT_ABOVE_COST / 5);
});
