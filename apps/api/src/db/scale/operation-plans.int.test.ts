import { readFileSync } from 'node:fs';
import { print, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { DataSource, Logger } from 'typeorm';
import { createDataSource } from '../data-source.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';
import { buildScaleClinic, type ScaleClinic } from './scale-clinic.js';

/**
 * The planner's price of every statement the web app's list and dashboard pages make Waypoint
 * send, captured from the real resolvers: each operation is the web's own document
 * (apps/web/src/gql), POSTed over HTTP as a director and as a clinician against a generated
 * scale clinic, and every SELECT / WITH the API's data source sends for it is EXPLAINed.
 *
 * The budget. PostgreSQL compiles (JIT) every execution of a plan priced above `jit_above_cost`
 * (100,000 by default; on in PostgreSQL 15 built with LLVM), which cost 0.7–2.8 s per request
 * when the access condition was priced ~700,000 at 10,000 clients. A list or dashboard's price
 * grows with the rows it may scan, at most the client table, so a plan that must stay below
 * 100,000 at 10,000 clients may cost 10 units per client in the database we price it on, if
 * prices grew linearly. They grow a little faster (sorts and hash joins: the director's
 * dashboard went from 3,140 at 10,000 clients to 39,303 at 100,000, 1.25 × linear), so the
 * budget halves that: 5 units per client in the client table as the planner counts it
 * (reltuples, which includes other suites' clients in the shared test database: the plans scan
 * those too). The clinic is 2,000 clients so that it builds in seconds in CI; SCALE_PLAN_CLIENTS
 * overrides it. Measured plans cost under 1 unit per client; the old eight-EXISTS condition
 * cost 16 to 86.
 */
const JIT_ABOVE_COST = 100_000;
const AT_CLIENTS = 10_000;
const GROWTH_MARGIN = 2;
const COST_PER_CLIENT = JIT_ABOVE_COST / AT_CLIENTS / GROWTH_MARGIN;
const CLIENTS = Number(process.env.SCALE_PLAN_CLIENTS ?? 2_000);

/** The web app's query documents by operation name, as the browser sends them. */
function webOperations(): Map<string, string> {
  const generated = readFileSync(
    new URL('../../../../web/src/gql/graphql.ts', import.meta.url),
    'utf8',
  );
  const documents = new Map<string, string>();
  for (const [, name, json] of generated.matchAll(
    /^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm,
  )) {
    documents.set(name!, print(JSON.parse(json!) as DocumentNode));
  }
  return documents;
}

interface Context {
  clinic: ScaleClinic;
  clientId: string;
}

const today = new Date().toISOString().slice(0, 10);
const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);

/**
 * The list and dashboard pages' operations (a page of the size the web asks for), with the
 * variables the page sends. Everything that reads many clients' records is here; single-record
 * forms (a plan, a group, a session) read by id and are priced by the chart.
 */
const operations: Record<string, (c: Context) => Record<string, unknown>> = {
  CaseloadClients: () => ({ first: 25 }),
  'CaseloadClients in treatment': () => ({ first: 25, filter: { phases: ['IN_TREATMENT'] } }),
  'CaseloadClients of a program': (c) => ({
    first: 25,
    filter: { programId: c.clinic.programIds[0] },
  }),
  IntakeClients: () => ({ first: 25, filter: { phases: ['PRE_ADMISSION'] } }),
  CaseloadClinicians: (c) => ({ programId: c.clinic.programIds[0] }),
  ClientChart: (c) => ({ id: c.clientId }),
  ClientTimeline: (c) => ({ clientId: c.clientId }),
  DirectorDashboard: () => ({}),
  DashboardDrillDown: () => ({ input: { metric: 'IN_TREATMENT' }, first: 25 }),
  DashboardReviewsPreview: () => ({
    overdue: { metric: 'REVIEWS_OVERDUE' },
    dueSoon: { metric: 'REVIEWS_DUE_SOON' },
    first: 5,
  }),
  DashboardClinicians: (c) => ({ programId: c.clinic.programIds[0] }),
  BelowWeeklyHours: () => ({}),
  NotesOverdue: () => ({}),
  NotesToSign: () => ({}),
  FollowUpFigures: () => ({}),
  OutcomeFigures: () => ({ from: yearAgo, to: today }),
  ReferralWorklist: () => ({ mine: false }),
  CareTeamReassignments: () => ({}),
  TodayWorklist: () => ({}),
  AftercareToday: () => ({}),
  CrisisFollowUpsToday: () => ({}),
  MySessionsToday: () => ({}),
};

interface Sent {
  sql: string;
  params: unknown[];
}

/** Runs `fn` and returns the reading statements (SELECT / WITH) the data source sent meanwhile. */
async function readsSent(ds: DataSource, fn: () => Promise<unknown>): Promise<Sent[]> {
  const original = ds.logger;
  const sent: Sent[] = [];
  // The API's own logger stays in place for everything else (slow queries, errors).
  const recording = Object.create(original) as Logger;
  recording.logQuery = (sql, params) => {
    if (/^\s*(SELECT|WITH)/i.test(sql))
      sent.push({ sql, params: Array.isArray(params) ? params : [] });
  };
  (ds as { logger: Logger }).logger = recording;
  try {
    await fn();
  } finally {
    (ds as { logger: Logger }).logger = original;
  }
  return sent;
}

let server: TestServer;
let owner: DataSource;
let context: Context;
const callers: [string, Caller][] = [];

beforeAll(async () => {
  server = await startTestServer();
  const ds = server.database.dataSource;
  const clinic = await buildScaleClinic(ds, {
    clients: CLIENTS,
    clinicians: Math.max(8, Math.round(CLIENTS / 100)),
  });
  // The busiest clinician of the first program and one of their clients in treatment: the
  // care-team predicates are priced by the size of a caseload.
  const [busiest] = await ds.query<{ staff_id: string; client_id: string }[]>(
    `SELECT primary_clinician_id AS staff_id, (array_agg(client_id ORDER BY opened_at DESC))[1] AS client_id
     FROM episode WHERE program_id = $1 AND status = 'ACTIVE' AND primary_clinician_id IS NOT NULL
     GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    [clinic.programIds[0]],
  );
  context = { clinic, clientId: busiest!.client_id };
  callers.push(['director', await server.as({ id: clinic.directorId })]);
  callers.push(['clinician', await server.as({ id: busiest!.staff_id })]);
  // Realistic statistics, as autovacuum would have gathered them on a clinic this size. As the
  // owner, whose role keeps the server's jit setting (the app role may have it off): a plan
  // that would compile shows as such.
  owner = createDataSource(inject('databaseUrl'), 2);
  await owner.initialize();
  await owner.query('ANALYZE');
}, 300_000);
afterAll(async () => {
  await owner?.destroy();
  await server?.close();
});

it("every statement of the web's list and dashboard pages is priced to stay below jit_above_cost at 10,000 clients", async () => {
  const documents = webOperations();
  const [{ rows }] = await owner.query<[{ rows: number }]>(
    `SELECT reltuples::int AS rows FROM pg_class WHERE oid = 'client'::regclass`,
  );
  const budget = COST_PER_CLIENT * rows;
  const report: string[] = [];
  const over: string[] = [];
  for (const [role, caller] of callers) {
    for (const [label, variables] of Object.entries(operations)) {
      const document = documents.get(label.split(' ')[0]!);
      if (!document) throw new Error(`the web app has no operation ${label}`);
      let errors: unknown;
      const sent = await readsSent(server.database.dataSource, async () => {
        errors = (await caller.gql(document, variables(context))).errors;
      });
      expect(errors, `${role} ${label}`).toBeUndefined();
      for (const { sql, params } of sent) {
        const [row] = await owner.query<
          { 'QUERY PLAN': [{ Plan: { 'Total Cost': number }; JIT?: unknown }] }[]
        >(`EXPLAIN (FORMAT JSON) ${sql}`, params);
        const plan = row!['QUERY PLAN'][0];
        const cost = plan.Plan['Total Cost'];
        // The statement's start and its first table: enough to find it in the code.
        const from = / FROM (\w+)/.exec(sql.replace(/\s+/g, ' '))?.[1] ?? '';
        const line = `${role} | ${label}: ${Math.round(cost)}${plan.JIT ? ' (JIT)' : ''} | ${sql.replace(/\s+/g, ' ').slice(0, 40)}… FROM ${from}`;
        report.push(line);
        if (cost > budget || plan.JIT) over.push(line);
      }
    }
  }
  console.log(
    `planner cost, ${rows} clients in the database, budget ${Math.round(budget)}:\n  ${report.join('\n  ')}`,
  );
  expect(over).toEqual([]);
  // Every operation sent at least its session read and one read of data, for both roles.
  expect(report.length).toBeGreaterThanOrEqual(2 * 2 * Object.keys(operations).length);
}, 300_000);
