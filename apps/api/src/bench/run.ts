import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../config/config.js';
import { createDataSource } from '../db/data-source.js';
import { migrate } from '../db/database.js';
import { buildScaleClinic } from '../db/scale/scale-clinic.js';
import { createLogger } from '../logging/logger.js';
import { ClientScope } from '../modules/access/client-scope.js';
import { AuditTrail } from '../modules/audit/audit-trail.js';
import { SESSION_COOKIE } from '../modules/auth/session-cookie.js';
import { createSession } from '../modules/auth/session.service.js';
import { directorDashboard } from '../modules/dashboard/dashboard.service.js';
import { startServer } from '../server.js';
import { startScratchDatabase, type ScratchDatabase } from '../testing/scratch-database.js';
import { baselineDashboardSql } from './baseline-dashboard.sql.js';

/**
 * `pnpm bench`: builds the 10,000-client scale clinic into BENCH_DATABASE_URL (or a scratch embedded
 * PostgreSQL), then times the director dashboard against a baseline measured in the same run:
 * one hand-written SQL query for the same figures. Prints medians and the ratio, and the SQL
 * statements one dashboard request costs end to end.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm caches and plans
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function countStatements(ds: DataSource) {
  let n = 0;
  const original = ds.logger;
  (ds as { logger: DataSource['logger'] }).logger = {
    ...original,
    logQuery: () => void n++,
  };
  return {
    stop: () => ((ds as { logger: DataSource['logger'] }).logger = original),
    count: () => n,
  };
}

let scratch: ScratchDatabase | undefined;
// Never the development database: a scratch one unless BENCH_DATABASE_URL names a server to fill.
const url = process.env.BENCH_DATABASE_URL ?? (scratch = await startScratchDatabase()).url;
const ds = createDataSource(url, 4);
await ds.initialize();
try {
  await migrate(ds);
  const clinic = await buildScaleClinic(ds, {
    clients: Number(process.env.BENCH_CLIENTS ?? 10_000),
  });
  await ds.query('ANALYZE');
  console.log(
    `scale clinic: ${clinic.clients} clients, ${clinic.episodes} episodes, built in ${clinic.ms} ms`,
  );

  const viewer = {
    staffId: clinic.directorId,
    sessionId: 'bench',
    sessionExpiresAt: new Date(Date.now() + 3_600_000),
    programRoles: clinic.programIds.map((programId) => ({ programId, role: 'DIRECTOR' as const })),
  };
  const scope = new ClientScope(ds, viewer, new AuditTrail(ds, 'bench', clinic.directorId));
  const filter = { programIds: clinic.programIds };
  const now = new Date();

  const service = await directorDashboard(scope, filter, now);
  const [baseline] = await ds.query<
    { overdue: string; due_soon: string; in_treatment: string; past_twelve_weeks: string }[]
  >(baselineDashboardSql, [clinic.programIds, now.toISOString()]);
  const same =
    Number(baseline!.overdue) === service.reviews.overdue &&
    Number(baseline!.due_soon) === service.reviews.dueSoon &&
    Number(baseline!.in_treatment) === service.lengthOfStay.inTreatment &&
    Number(baseline!.past_twelve_weeks) === service.lengthOfStay.pastTwelveWeeks;
  if (!same)
    throw new Error(`dashboard and baseline disagree: ${JSON.stringify({ baseline, service })}`);

  const dashboardMs = await median(RUNS, () => directorDashboard(scope, filter, now));
  const baselineMs = await median(RUNS, () =>
    ds.query(baselineDashboardSql, [clinic.programIds, now.toISOString()]),
  );

  // End to end over HTTP, as the web app asks for it, counting every SQL statement.
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: url,
    WEB_DIST_DIR: '/nonexistent',
  });
  const server = await startServer(config, createLogger('silent'));
  const { token } = await createSession(server.database.dataSource, clinic.directorId, 1);
  const query = `query ($filter: DashboardFilter) { directorDashboard(filter: $filter) {
    census { program { name } status count } weeklyFlow { weekStart admissions discharges }
    caseloads { clinician { displayName } activeClients reviewsOverdue reviewsDueSoon }
    reviews { overdue dueSoon } lengthOfStay { inTreatment averageDays medianDays pastTwelveWeeks } } }`;
  const request = async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${token}` },
      body: JSON.stringify({ query, variables: { filter } }),
    });
    const body = (await res.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  const counter = countStatements(server.database.dataSource);
  await request();
  counter.stop();
  const httpMs = await median(RUNS, request);
  await server.close();

  const row = (name: string, ms: number) => `  ${name.padEnd(48)} ${ms.toFixed(1).padStart(8)} ms`;
  console.log(`\ndirector dashboard, ${clinic.clients} clients, median of ${RUNS} runs`);
  console.log(row('baseline: one hand-written SQL query', baselineMs));
  console.log(row('dashboard service (all figures)', dashboardMs));
  console.log(row('GraphQL request end to end', httpMs));
  console.log(`  ratio dashboard / baseline: ${(dashboardMs / baselineMs).toFixed(2)}×`);
  console.log(`  ratio GraphQL request / baseline: ${(httpMs / baselineMs).toFixed(2)}×`);
  console.log(`  SQL statements per dashboard request: ${counter.count()}`);
} finally {
  await ds.destroy();
  await scratch?.stop();
}
