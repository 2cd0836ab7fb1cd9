import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import autocannon from 'autocannon';
import { createDataSource } from '../db/data-source.js';
import { migrateAsOwner } from '../db/database.js';
import { derivedRoleNames, provisionRoles } from '../db/database-roles.js';
import { buildScaleClinic } from '../db/scale/scale-clinic.js';
import { SESSION_COOKIE } from '../modules/auth/session-cookie.js';
import { createSession } from '../modules/auth/session.service.js';
import { createScratchDatabase, startScratchDatabase } from '../testing/scratch-database.js';
import { operations } from './operations.js';
import { benchScript, startBenchServer, waypointEnv } from './servers.js';

/**
 * `pnpm --filter @waypoint/api run soak`: Waypoint's production build on the scale clinic
 * (BENCH_CLIENTS clients, default 10,000; on BENCH_DATABASE_URL's server, a superuser, or an
 * embedded PostgreSQL) under SOAK_CONNECTIONS (50) connections for SOAK_SECONDS (600) of mixed
 * traffic: the benchmark's reads (chart, caseload, dashboard…) and, one request in four, a write
 * (a new inquiry, a new client each time). Reports errors (HTTP and GraphQL), latency percentiles,
 * and the server's resident memory sampled every 5 s: its growth from the end of the warm-up
 * (SOAK_WARMUP_SECONDS, default a quarter of the run, at most 60 s) to the end. Exits 1 on any error or on growth
 * of 10 % or more.
 */
const env = process.env;
const CLIENTS = Number(env.BENCH_CLIENTS ?? 10_000);
const SECONDS = Number(env.SOAK_SECONDS ?? 600);
const WARMUP = Number(env.SOAK_WARMUP_SECONDS ?? Math.min(60, Math.round(SECONDS / 4)));
const CONNECTIONS = Number(env.SOAK_CONNECTIONS ?? 50);

const embedded = env.BENCH_DATABASE_URL ? undefined : await startScratchDatabase();
const scratch = await createScratchDatabase(env.BENCH_DATABASE_URL ?? embedded!.url, 'wp_soak');
const cleanup: (() => Promise<unknown>)[] = [() => scratch.drop(), async () => embedded?.stop()];
try {
  const roles = await provisionRoles(scratch.url);
  await migrateAsOwner(
    roles.ownerUrl,
    derivedRoleNames(decodeURIComponent(new URL(scratch.url).pathname.slice(1))).app,
  );
  const owner = createDataSource(roles.ownerUrl, 2);
  await owner.initialize();
  cleanup.unshift(() => owner.destroy());
  const clinic = await buildScaleClinic(owner, { clients: CLIENTS });
  await owner.query('ANALYZE');
  const [{ id: clientId }] = await owner.query<[{ id: string }]>(
    `SELECT client_id AS id FROM episode GROUP BY client_id HAVING count(*) > 1 ORDER BY 1 LIMIT 1`,
  );
  const { token } = await createSession(owner, clinic.directorId, 24);
  console.log(`scale clinic: ${clinic.clients} clients, ${clinic.episodes} episodes`);

  // No services built here: the hours reads run on the returning client's (empty) weeks.
  const reads = operations({
    clientId,
    hoursClientId: clientId,
    programIds: clinic.programIds,
    pageSize: 25,
  }).flatMap((op) => (op.requests.waypoint ? [op.requests.waypoint] : []));
  const server = await startBenchServer({
    name: 'waypoint',
    script: benchScript('../main.js'),
    // Its /metrics tell the JavaScript heap apart from the rest of the resident memory.
    env: { ...waypointEnv(roles, env.BENCH_POOL_SIZE ?? '10', 'warn'), METRICS_ENABLED: 'true' },
    headers: { cookie: `${SESSION_COOKIE}=${token}` },
    probe: reads[0]!,
  });
  cleanup.unshift(() => server.stop());

  let written = 0;
  const inquiry = () =>
    JSON.stringify({
      query: `mutation ($input: OpenInquiryInput!) { openInquiry(input: $input) { id status } }`,
      variables: {
        input: {
          programId: clinic.programIds[0],
          firstName: 'Soak',
          lastName: `Inquiry${++written}x${process.pid}`,
          dateOfBirth: '1990-01-01',
          // A synthetic person each time, never a readmission of the last one.
          confirmedNewClient: true,
        },
      },
    });
  let graphqlErrors = 0;
  const firstErrors: string[] = [];
  const onResponse = (status: number, body: string) => {
    if (status === 200 && !body.includes('"errors"')) return;
    graphqlErrors++;
    if (firstErrors.length < 5) firstErrors.push(`${status} ${body.slice(0, 300)}`);
  };
  const requests = [
    ...reads.map((r) => ({ path: r.path, body: r.body, onResponse })),
    { path: '/graphql', setupRequest: (req: object) => ({ ...req, body: inquiry() }), onResponse },
  ];

  const rss: { at: number; mb: number }[] = [];
  const heap: { at: number; mb: number }[] = [];
  const started = Date.now();
  const sample = async () => {
    const at = (Date.now() - started) / 1000;
    const status = await readFile(`/proc/${server.pid}/status`, 'utf8').catch(() => '');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    if (kb) rss.push({ at, mb: kb / 1024 });
    const metrics = await fetch(`${server.url}/metrics`, { signal: AbortSignal.timeout(4_000) })
      .then((r) => r.text())
      .catch(() => '');
    const used = Number(/^nodejs_heap_size_used_bytes (\d+)/m.exec(metrics)?.[1] ?? NaN);
    if (used) heap.push({ at, mb: used / 2 ** 20 });
  };
  await sample();
  const sampler = setInterval(() => void sample(), 5_000);
  const result = await autocannon({
    url: server.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...server.headers },
    requests,
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: 10,
  });
  clearInterval(sampler);
  await sample();

  // RSS swings with each garbage collection: compare the median of the first third of the
  // samples after the warm-up with that of the last third, not two single samples.
  const steady = rss.filter((s) => s.at >= WARMUP).map((s) => s.mb);
  const third = Math.max(1, Math.floor(steady.length / 3));
  const afterWarmup = median(steady.slice(0, third));
  const end = median(steady.slice(-third));
  const growth = ((end - afterWarmup) / afterWarmup) * 100;
  const after = rss.filter((s) => s.at >= WARMUP);
  const errors = result.errors + result.non2xx + graphqlErrors;
  const figures = {
    clients: clinic.clients,
    seconds: SECONDS,
    connections: CONNECTIONS,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.total / result.duration),
    inquiriesWritten: written,
    errors,
    timeouts: result.timeouts,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    // Medians of the first and last thirds after the warm-up.
    rssMb: {
      start: Math.round(rss[0]!.mb),
      afterWarmup: Math.round(afterWarmup),
      end: Math.round(end),
      max: Math.round(Math.max(...rss.map((s) => s.mb))),
    },
    rssGrowthAfterWarmupPercent: Number(growth.toFixed(1)),
    // Least-squares slope after the warm-up: a leak shows as a steady climb, GC as noise around 0.
    rssSlopeMbPerMinute: Number((slope(after) * 60).toFixed(2)),
    rssSamplesMb: samples(rss),
    // The live JavaScript heap after collections (the lowest sample of the first and last thirds
    // after the warm-up): a leak of objects raises it; RSS also follows V8's sizing of its heap.
    heapFloorMb: floors(heap.filter((s) => s.at >= WARMUP).map((s) => s.mb)),
    heapUsedSamplesMb: samples(heap),
  };
  console.log(JSON.stringify(figures, null, 2));
  for (const e of firstErrors) console.log(`error: ${e}`);
  process.exitCode = errors > 0 || growth >= 10 ? 1 : 0;
} finally {
  for (const step of cleanup) await step().catch((err: unknown) => console.error(err));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function floors(values: number[]) {
  const third = Math.max(1, Math.floor(values.length / 3));
  return {
    afterWarmup: Math.round(Math.min(...values.slice(0, third))),
    end: Math.round(Math.min(...values.slice(-third))),
  };
}

function samples(list: { at: number; mb: number }[]): string {
  return list.map((s) => `${Math.round(s.at)}s:${Math.round(s.mb)}`).join(' ');
}

/** MB per second, the least-squares line through the samples. */
function slope(samples: { at: number; mb: number }[]): number {
  const n = samples.length;
  if (n < 2) return NaN;
  const mx = samples.reduce((t, s) => t + s.at, 0) / n;
  const my = samples.reduce((t, s) => t + s.mb, 0) / n;
  const sxy = samples.reduce((t, s) => t + (s.at - mx) * (s.mb - my), 0);
  const sxx = samples.reduce((t, s) => t + (s.at - mx) ** 2, 0);
  return sxy / sxx;
}
