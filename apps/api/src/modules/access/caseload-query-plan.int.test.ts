import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { DataSource } from 'typeorm';
import type { StaffRole } from '@waypoint/domain';
import { createDataSource } from '../../db/data-source.js';
import { buildScaleClinic, type ScaleClinic } from '../../db/scale/scale-clinic.js';
import { AuditTrail } from '../audit/audit-trail.js';
import type { Viewer } from '../auth/viewer.js';
import type { ClientFilter } from '../client/dto/clients.args.js';
import { listClients } from '../client/client.service.js';
import { ClientScope } from './client-scope.js';

/**
 * The caseload list's statements, as the planner prices them on the 10,000-client scale clinic.
 * PostgreSQL 15 compiles (JIT) every execution of a statement priced above `jit_above_cost`
 * (100,000): the old access predicate (one OR'ed EXISTS per role and program) was priced ~700k
 * and paid 0.7–2.8 s of JIT for a 60–170 ms query. Each statement must stay below that.
 */
const JIT_ABOVE_COST = 100_000;

let ds: DataSource;
let clinic: ScaleClinic;

beforeAll(async () => {
  ds = createDataSource(inject('databaseUrl'), 2);
  await ds.initialize();
  clinic = await buildScaleClinic(ds, { clients: 10_000 });
  await ds.query('ANALYZE');
}, 180_000);
afterAll(() => ds?.destroy());

/** The statements `run` sends, each with the planner's total cost. */
async function pricedStatements(run: () => Promise<unknown>): Promise<number[]> {
  const sent: [string, unknown[]][] = [];
  const query = ds.query.bind(ds);
  ds.query = ((sql: string, params?: unknown[]) => {
    sent.push([sql, params ?? []]);
    return query(sql, params);
  }) as DataSource['query'];
  try {
    await run();
  } finally {
    ds.query = query;
  }
  const costs: number[] = [];
  for (const [sql, params] of sent.filter(([sql]) => /^\s*SELECT/i.test(sql))) {
    const [row] = await query<{ 'QUERY PLAN': [{ Plan: { 'Total Cost': number } }] }[]>(
      `EXPLAIN (FORMAT JSON) ${sql}`,
      params,
    );
    costs.push(row!['QUERY PLAN'][0].Plan['Total Cost']);
  }
  return costs;
}

async function viewerWith(roles: StaffRole[], programIds: string[]): Promise<Viewer> {
  const [staff] = await ds.query<{ id: string }[]>(
    `INSERT INTO staff (first_name, last_name, email) VALUES ('Plan', 'Probe', $1) RETURNING id`,
    [`plan-probe-${Math.random().toString(36).slice(2)}@example.org`],
  );
  const programRoles = programIds.map((programId, i) => ({ programId, role: roles[i]! }));
  return {
    staffId: staff!.id,
    sessionId: 'plan-probe',
    sessionExpiresAt: new Date(Date.now() + 3_600_000),
    programRoles,
  };
}

it('the caseload list stays below the JIT threshold for every kind of viewer', async () => {
  const [p1, p2, p3, p4] = clinic.programIds as [string, string, string, string];
  const [busiest] = await ds.query<{ id: string; program_id: string }[]>(
    `SELECT e.primary_clinician_id AS id, e.program_id FROM episode e
     WHERE e.program_id = ANY($1::uuid[]) AND e.primary_clinician_id IS NOT NULL
     GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`,
    [clinic.programIds],
  );
  const viewers: Record<string, Viewer> = {
    'director of four programs': {
      staffId: clinic.directorId,
      sessionId: 'plan-probe',
      sessionExpiresAt: new Date(Date.now() + 3_600_000),
      programRoles: clinic.programIds.map((programId) => ({ programId, role: 'DIRECTOR' })),
    },
    'busiest clinician': {
      staffId: busiest!.id,
      sessionId: 'plan-probe',
      sessionExpiresAt: new Date(Date.now() + 3_600_000),
      programRoles: [{ programId: busiest!.program_id, role: 'CLINICIAN' }],
    },
    'intake in four programs': await viewerWith(
      ['INTAKE', 'INTAKE', 'INTAKE', 'INTAKE'],
      [p1, p2, p3, p4],
    ),
    'director of two, clinician in two (the old 8-way OR)': await viewerWith(
      ['DIRECTOR', 'DIRECTOR', 'CLINICIAN', 'CLINICIAN'],
      [p1, p2, p3, p4],
    ),
  };
  const report: string[] = [];
  let worst = 0;
  for (const [name, viewer] of Object.entries(viewers)) {
    const scope = new ClientScope(ds, viewer, new AuditTrail(ds, 'plan-probe', viewer.staffId));
    const filters: [string, ClientFilter | null][] = [
      ['all', null],
      ['in treatment', { phases: ['IN_TREATMENT'] }],
    ];
    for (const [label, filter] of filters) {
      const costs = await pricedStatements(() => listClients(scope, { first: 25, filter }));
      report.push(`${name}, ${label}: ${costs.map((c) => Math.round(c)).join(' / ')}`);
      expect(costs.length).toBe(2); // the page and its count
      worst = Math.max(worst, ...costs);
    }
  }
  console.log(`caseload list, planner cost (page / count):\n  ${report.join('\n  ')}`);
  expect(worst).toBeLessThan(JIT_ABOVE_COST);
}, 120_000);
