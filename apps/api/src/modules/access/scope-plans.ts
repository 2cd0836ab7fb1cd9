import type { DataSource } from 'typeorm';
import type { ScaleClinic } from '../../db/scale/scale-clinic.js';
import { AuditTrail } from '../audit/audit-trail.js';
import type { Viewer } from '../auth/viewer.js';
import { listClients } from '../client/client.service.js';
import type {
  DashboardClientsArgs,
  DashboardDrillDownInput,
} from '../dashboard/dashboard.types.js';
import { dashboardClients, directorDashboard, myWorklist } from '../dashboard/dashboard.service.js';
import { listPlanReviewsDue } from '../dashboard/plan-reviews-due.service.js';
import { ClientScope } from './client-scope.js';

/**
 * The access-scoped reads as the planner sees them on the scale clinic: each list, count,
 * dashboard and chart check, for the kinds of viewer whose access conditions differ. Shared by
 * the EXPLAIN budget test (scope-plans.int.test.ts) and `pnpm --filter @waypoint/api scale:explain`,
 * which prints cost, JIT and execution time per statement (docs/database.md).
 */
export interface ScaleViewer {
  name: string;
  viewer: Viewer;
  /** A client whose chart the viewer may read: the chart's scope check is asked for it. */
  clientId: string;
}

function viewer(staffId: string, programRoles: Viewer['programRoles']): Viewer {
  return {
    staffId,
    sessionId: 'scope-plans',
    sessionExpiresAt: new Date(Date.now() + 3_600_000),
    programRoles,
  };
}

/**
 * A director of two of the clinic's programs, the busiest clinician and case manager of the first
 * (the care-team predicates are priced by the size of a caseload), intake in two programs, and
 * a director of two programs who is a clinician in the other two (the viewer whose condition was
 * once eight OR'ed EXISTS).
 */
export async function scaleViewers(ds: DataSource, clinic: ScaleClinic): Promise<ScaleViewer[]> {
  const [p1, p2, p3, p4] = clinic.programIds as [string, string, string, string];
  const busiest = async (column: 'primary_clinician_id' | 'case_manager_id') => {
    const [row] = await ds.query<{ staff_id: string; client_id: string }[]>(
      `SELECT ${column} AS staff_id, (array_agg(client_id ORDER BY opened_at DESC))[1] AS client_id
       FROM episode WHERE program_id = $1 AND ${column} IS NOT NULL AND status = 'ACTIVE'
       GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
      [p1],
    );
    if (!row) throw new Error(`the scale clinic has no ${column} in its first program`);
    return row;
  };
  const clinician = await busiest('primary_clinician_id');
  const caseManager = await busiest('case_manager_id');
  return [
    {
      name: 'DIRECTOR of two programs',
      viewer: viewer(clinic.directorId, [
        { programId: p1, role: 'DIRECTOR' },
        { programId: p2, role: 'DIRECTOR' },
      ]),
      clientId: clinician.client_id,
    },
    {
      name: 'CLINICIAN',
      viewer: viewer(clinician.staff_id, [{ programId: p1, role: 'CLINICIAN' }]),
      clientId: clinician.client_id,
    },
    {
      name: 'CASE_MANAGER',
      viewer: viewer(caseManager.staff_id, [{ programId: p1, role: 'CASE_MANAGER' }]),
      clientId: caseManager.client_id,
    },
    {
      name: 'INTAKE of two programs',
      viewer: viewer(clinic.directorId, [
        { programId: p1, role: 'INTAKE' },
        { programId: p2, role: 'INTAKE' },
      ]),
      clientId: clinician.client_id,
    },
    {
      name: 'DIRECTOR of two, CLINICIAN of two',
      viewer: viewer(clinician.staff_id, [
        { programId: p3, role: 'DIRECTOR' },
        { programId: p4, role: 'DIRECTOR' },
        { programId: p1, role: 'CLINICIAN' },
        { programId: p2, role: 'CLINICIAN' },
      ]),
      clientId: clinician.client_id,
    },
  ];
}

const drillDown: DashboardClientsArgs & { input: DashboardDrillDownInput } = {
  first: 25,
  sort: 'REVIEW_DUE',
  input: { metric: 'IN_TREATMENT' },
};

/** Each read, as its service runs it for one page (25 rows) of a GraphQL request. */
export const scopedReads: Record<
  string,
  (scope: ClientScope, clientId: string) => Promise<unknown>
> = {
  caseload: (scope) => listClients(scope, { first: 25 }),
  'caseload, in treatment': (scope) =>
    listClients(scope, { first: 25, filter: { phases: ['IN_TREATMENT'] } }),
  'chart scope check': (scope, clientId) => scope.allows('READ_CHART', clientId),
  dashboard: (scope) => directorDashboard(scope, null),
  'dashboard drill-down': (scope) => dashboardClients(scope, drillDown),
  worklist: (scope) => myWorklist(scope),
  'plan reviews due': (scope) => listPlanReviewsDue(scope, { first: 25 }),
};

export interface Statement {
  /** The read, and which of its statements: `caseload: count`. */
  label: string;
  sql: string;
  params: unknown[];
}

/** What `SELECT`-like statement this is, in a word, for reports. */
function kind(sql: string): string {
  if (/^\s*SELECT count\(\*\)/i.test(sql)) return 'count';
  if (/^\s*SELECT id, time_zone/i.test(sql)) return 'program days';
  if (/array_agg\(c\.id\)/.test(sql)) return 'visible clients';
  if (/LIMIT \d+\s*$/.test(sql)) return 'page';
  return 'main';
}

/** The reading statements (SELECT / WITH) each scoped read sends for `who`. */
export async function scopedStatements(ds: DataSource, who: ScaleViewer): Promise<Statement[]> {
  const scope = new ClientScope(
    ds,
    who.viewer,
    new AuditTrail(ds, 'scope-plans', who.viewer.staffId),
  );
  const statements: Statement[] = [];
  const query = ds.query.bind(ds);
  for (const [read, run] of Object.entries(scopedReads)) {
    const sent: Statement[] = [];
    ds.query = ((sql: string, params?: unknown[]) => {
      if (/^\s*(SELECT|WITH)/i.test(sql)) sent.push({ label: read, sql, params: params ?? [] });
      return query(sql, params);
    }) as DataSource['query'];
    try {
      await run(scope, who.clientId);
    } finally {
      ds.query = query;
    }
    for (const s of sent) statements.push({ ...s, label: `${read}: ${kind(s.sql)}` });
  }
  return statements;
}

export interface PlanFigures {
  /** The planner's estimate of the whole statement. */
  cost: number;
  /** Whether the plan compiles with JIT (PostgreSQL built with LLVM and jit on). */
  jit: boolean;
  /** With `analyze`: time spent compiling (ms), and the whole execution (ms, JIT included). */
  jitMs?: number;
  executionMs?: number;
}

interface ExplainJson {
  Plan: { 'Total Cost': number };
  'Execution Time'?: number;
  JIT?: { Timing?: { Total: number } | number };
}

/** EXPLAIN (optionally ANALYZE, run twice: the second, warm, is reported) of one statement. */
export async function explain(
  ds: DataSource,
  statement: Statement,
  options: { analyze: boolean } = { analyze: false },
): Promise<PlanFigures> {
  const run = async () => {
    const [row] = await ds.query<{ 'QUERY PLAN': [ExplainJson] }[]>(
      `EXPLAIN (${options.analyze ? 'ANALYZE, ' : ''}FORMAT JSON) ${statement.sql}`,
      statement.params,
    );
    return row!['QUERY PLAN'][0];
  };
  if (options.analyze) await run();
  const plan = await run();
  const timing = plan.JIT?.Timing;
  return {
    cost: plan.Plan['Total Cost'],
    jit: plan.JIT !== undefined,
    ...(options.analyze && {
      jitMs: typeof timing === 'number' ? timing : (timing?.Total ?? 0),
      executionMs: plan['Execution Time'] ?? 0,
    }),
  };
}
