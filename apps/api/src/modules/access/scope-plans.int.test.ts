import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../db/data-source.js';
import { buildScaleClinic } from '../../db/scale/scale-clinic.js';
import { explain, scaleViewers, scopedStatements, type ScaleViewer } from './scope-plans.js';

/**
 * Every list, count, dashboard and chart-check statement, for every kind of viewer, as the planner
 * prices it on the scale clinic (SCALE_PLAN_CLIENTS, default 2,000 to keep CI fast).
 *
 * PostgreSQL 15 compiles (JIT) every execution of a statement priced above `jit_above_cost`
 * (100,000 by default): the access condition written as one OR'ed EXISTS per role and program was
 * priced ~700k on 10,000 clients and paid 0.7–2.8 s of JIT for a 60–170 ms query. A count or a
 * dashboard scans the viewer's scope, so the budget grows with the clients in the database (the
 * test database also holds other suites' clinics): 1.5 cost units per client, never above 90% of
 * the threshold. The scoped reads cost under 0.6 per client; the old condition 16 to 86 (fresh 2,000-client database).
 */
const JIT_ABOVE_COST = 100_000;
const CLIENTS = Number(process.env.SCALE_PLAN_CLIENTS ?? 2_000);
const COST_PER_CLIENT = 1.5;
let budget: number;

let ds: DataSource;
let viewers: ScaleViewer[];

beforeAll(async () => {
  ds = createDataSource(inject('databaseUrl'), 2);
  await ds.initialize();
  const clinic = await buildScaleClinic(ds, {
    clients: CLIENTS,
    clinicians: Math.max(8, Math.round(CLIENTS / 100)),
  });
  // Realistic statistics, as autovacuum would have gathered them on a clinic this size.
  await ds.query(
    'ANALYZE client, episode, episode_transition, treatment_plan, program, staff_program_role',
  );
  viewers = await scaleViewers(ds, clinic);
  const [{ rows }] = await ds.query<[{ rows: number }]>(
    `SELECT reltuples::int AS rows FROM pg_class WHERE oid = 'client'::regclass`,
  );
  budget = Math.min(0.9 * JIT_ABOVE_COST, COST_PER_CLIENT * rows);
}, 300_000);
afterAll(() => ds?.destroy());

it('every scoped list, count, dashboard and chart check is priced within budget and never JIT-compiled', async () => {
  const over: string[] = [];
  const report: string[] = [];
  for (const who of viewers) {
    for (const statement of await scopedStatements(ds, who)) {
      const { cost, jit } = await explain(ds, statement);
      report.push(`${who.name} | ${statement.label}: ${Math.round(cost)}${jit ? ' (JIT)' : ''}`);
      if (cost > budget || jit) over.push(report.at(-1)!);
    }
  }
  console.log(
    `planner cost, ${CLIENTS} clients, budget ${Math.round(budget)}:\n  ${report.join('\n  ')}`,
  );
  expect(over).toEqual([]);
  // Every read ran for every viewer: seven reads, each one statement (counts, current episodes
  // and related records are folded into the statement that reads the list).
  expect(report.length).toBeGreaterThanOrEqual(7 * viewers.length);
}, 300_000);
