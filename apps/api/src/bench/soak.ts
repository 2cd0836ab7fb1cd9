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
 * traffic: the benchmark's reads (chart, caseload, dashboard…, weighed by MIX) and, one request in
 * five, a write (a new inquiry, a new client each time). Reports errors (HTTP and GraphQL), latency percentiles,
 * and the server's memory: every 30 s what it holds right after a full collection (resident and
 * live JavaScript heap), and every 5 s its resident memory between collections. Exits 1 on any
 * error, or when what it holds after a collection grows 10 % or more from the end of the warm-up
 * (SOAK_WARMUP_SECONDS, default a quarter of the run, at most 60 s) to the end.
 */
const env = process.env;
const CLIENTS = Number(env.BENCH_CLIENTS ?? 10_000);
const SECONDS = Number(env.SOAK_SECONDS ?? 600);
const WARMUP = Number(env.SOAK_WARMUP_SECONDS ?? Math.min(60, Math.round(SECONDS / 4)));
const CONNECTIONS = Number(env.SOAK_CONNECTIONS ?? 50);
/**
 * How many of each read come in one turn of the mix, as in a clinic's day: charts, caseloads and
 * hours all day long, each director's dashboard now and then (its throughput is the benchmark's
 * business; fifty connections asking for nothing but dashboards are a different test). Each turn
 * also has WRITES new inquiries.
 */
const MIX: Record<string, number> = {
  'client chart': 20,
  'caseload page': 15,
  'client weekly hours': 10,
  'director dashboard': 1,
  'below weekly hours': 1,
};
const WRITES = 12;

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
  }).flatMap((op) => {
    const weight = Object.entries(MIX).find(([name]) => op.name.startsWith(name))?.[1];
    if (!weight) throw new Error(`the soak's mix does not weigh "${op.name}"`);
    return op.requests.waypoint
      ? Array<typeof op.requests.waypoint>(weight).fill(op.requests.waypoint)
      : [];
  });
  const server = await startBenchServer({
    name: 'waypoint',
    script: benchScript('../main.js'),
    // Its /metrics tell the JavaScript heap apart from the rest of the resident memory.
    env: { ...waypointEnv(roles, env.BENCH_POOL_SIZE ?? '10', 'warn'), METRICS_ENABLED: 'true' },
    // So that the soak can ask for a full collection before it measures what the server holds.
    execArgv: ['--expose-gc'],
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
  // Each request drawn from the mix at random: in a fixed order the connections would start in
  // step and all reach the dashboards at once.
  const bodies = [...reads.map((r) => () => r.body), ...Array<() => string>(WRITES).fill(inquiry)];
  const requests = [
    {
      path: '/graphql',
      setupRequest: (req: object) => ({
        ...req,
        body: bodies[Math.floor(Math.random() * bodies.length)]!(),
      }),
      onResponse,
    },
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
  // Every 30 s, what the server holds once its garbage is collected.
  const held: { at: number; rssMb: number; heapMb: number; totalMb: number }[] = [];
  const collect = async () => {
    const at = (Date.now() - started) / 1000;
    const m = await server.memory();
    if (!m.collected) throw new Error('the server cannot collect its garbage (no --expose-gc)');
    held.push({
      at,
      rssMb: m.rss / 2 ** 20,
      heapMb: m.heapUsed / 2 ** 20,
      totalMb: m.heapTotal / 2 ** 20,
    });
  };
  await sample();
  await collect();
  const sampler = setInterval(() => void sample(), 5_000);
  const collector = setInterval(() => void collect(), 30_000);
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
  clearInterval(collector);
  await sample();
  await collect();

  // Sampled between collections, RSS also holds whatever garbage V8 lets pile up before its next
  // full collection, and V8 sizes that headroom to the allocation rate: it swings by a third
  // and drifts without any leak. Memory flat means what the server holds after a full collection:
  // the median of the first third of those taken after the warm-up against that of the last third.
  const steadyHeld = held.filter((s) => s.at >= WARMUP);
  const heldRss = thirds(steadyHeld.map((s) => s.rssMb));
  const heldHeap = thirds(steadyHeld.map((s) => s.heapMb));
  const growth = heldRss.growthPercent;
  const sampled = thirds(rss.filter((s) => s.at >= WARMUP).map((s) => s.mb));
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
    // After a full collection (what the pass or fail is judged on): resident memory and the live
    // JavaScript heap, medians of the first and last thirds after the warm-up.
    heldRssMb: { start: Math.round(held[0]!.rssMb), ...heldRss },
    heldHeapMb: { start: Math.round(held[0]!.heapMb), ...heldHeap },
    heldRssSlopeMbPerMinute: Number(
      (slope(steadyHeld.map((s) => ({ at: s.at, mb: s.rssMb }))) * 60).toFixed(2),
    ),
    heldSamplesMb: held
      .map(
        (s) =>
          `${Math.round(s.at)}s:${Math.round(s.rssMb)}/${Math.round(s.heapMb)}/${Math.round(s.totalMb)}`,
      )
      .join(' '),
    // Sampled every 5 s between collections, garbage included: for comparison only.
    sampledRssMb: { start: Math.round(rss[0]!.mb), ...sampled },
    sampledRssSlopeMbPerMinute: Number((slope(after) * 60).toFixed(2)),
    rssSamplesMb: samples(rss),
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

/** The medians of the first and last thirds, and the growth from one to the other. */
function thirds(values: number[]) {
  const third = Math.max(1, Math.floor(values.length / 3));
  const afterWarmup = median(values.slice(0, third));
  const end = median(values.slice(-third));
  return {
    afterWarmup: Math.round(afterWarmup),
    end: Math.round(end),
    max: Math.round(Math.max(...values)),
    growthPercent: Number((((end - afterWarmup) / afterWarmup) * 100).toFixed(1)),
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
