import 'reflect-metadata';
import { isDeepStrictEqual } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { API_APPLICATION_NAME, createDataSource } from '../db/data-source.js';
import { migrateAsOwner } from '../db/database.js';
import { derivedRoleNames, dropProvisionedRoles, provisionRoles } from '../db/database-roles.js';
import { buildScaleClinic } from '../db/scale/scale-clinic.js';
import { SESSION_COOKIE } from '../modules/auth/session-cookie.js';
import { createSession } from '../modules/auth/session.service.js';
import { startNodeFlags } from '../ops/start-flags.js';
import { createScratchDatabase } from '../test-support/scratch-databases.js';
import { startScratchDatabase } from '../testing/scratch-database.js';
import { operations, serves, type Operation, type ServerName } from './operations.js';
import type { Lane } from './roster-operations.js';
import { prepareRosterBench } from './roster-group.js';
import { measureAfterWarmup } from './measurement-window.js';
import { cpuBetween, databaseCpu } from './database-cpu.js';
import { markdownTable, printTable, table, writeSection, type Measurement } from './report.js';
import { benchScript, send, startBenchServer, waypointEnv, type BenchServer } from './servers.js';

/**
 * `pnpm bench`: for each clinic size (BENCH_CLIENTS, default "10000,100000": the growth of each
 * operation's cost with the clinic's size shows side by side) builds the scale clinic into a fresh database —
 * on the server BENCH_DATABASE_URL names (a superuser URL; the database and its roles are created and dropped
 * here) or else in an embedded PostgreSQL — starts the raw floor, PostGraphile v4 and Waypoint's
 * production build, checks that they answer the same, then loads each in turn with autocannon
 * (BENCH_CONNECTIONS, default "10,50"; BENCH_SECONDS measured after BENCH_WARMUP_SECONDS of warm-up on
 * the same connections).
 * Prints the table and writes it to BENCHMARKS.md (BENCH_REPORT names another file).
 * BENCH_PROFILE=1 starts Waypoint with --cpu-prof (profiles in BENCH_PROFILE_DIR).
 */
const env = process.env;
// Clinic sizes, each measured in a database of its own; CI's smoke run names one small size.
const TIERS = (env.BENCH_CLIENTS ?? '10000,100000').split(',').map(Number);
const SECONDS = Number(env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Number(env.BENCH_WARMUP_SECONDS ?? Math.min(3, SECONDS));
const CONNECTIONS = (env.BENCH_CONNECTIONS ?? '10,50').split(',').map(Number);
const ONLY = env.BENCH_OPERATIONS?.split(',');
const POOL_SIZE = env.BENCH_POOL_SIZE ?? '10';
const SERVERS: ServerName[] = ['raw', 'postgraphile', 'waypoint'];
// The roster a facilitator saves in the benchmark: a full group of twelve.
const ROSTER_SIZE = Number(env.BENCH_ROSTER_SIZE ?? 12);
const repoRoot = path.resolve(benchScript('.'), '../../../..');
// One embedded server for the run (when no server is named); each size gets a database of its own.
const embedded = env.BENCH_DATABASE_URL ? undefined : await startScratchDatabase();
try {
  for (const clients of TIERS) await runTier(clients);
} finally {
  await embedded?.stop();
}

async function runTier(CLIENTS: number): Promise<void> {
  const started = performance.now();
  const server = env.BENCH_DATABASE_URL ?? embedded!.url;
  const scratch = await createScratchDatabase(server, 'waypoint_bench');
  const database = decodeURIComponent(new URL(scratch.url).pathname.slice(1));
  // The database, then the roles made for it (last: the database must be gone first).
  const cleanup: (() => Promise<void>)[] = [
    () => scratch.drop(),
    () => dropProvisionedRoles(server, database),
  ];
  try {
    // Production's layout: the owner migrates and owns the tables, the app role is restricted.
    const roles = await provisionRoles(scratch.url);
    await migrateAsOwner(roles.ownerUrl, derivedRoleNames(database).app);
    const owner = createDataSource(roles.ownerUrl, 2);
    await owner.initialize();
    cleanup.unshift(() => owner.destroy());
    // The servers' PostgreSQL backends, seen by the administrator (database-cpu.ts).
    const backends = await databaseCpu(scratch.url);
    cleanup.unshift(() => backends.close());
    const clinic = await buildScaleClinic(owner, { clients: CLIENTS, services: true });
    await owner.query('ANALYZE');
    const [{ version, jit }] = await owner.query<[{ version: string; jit: string }]>(
      `SELECT current_setting('server_version') AS version, current_setting('jit') AS jit`,
    );
    // A returning client: two episodes on the chart.
    const [{ id: clientId }] = await owner.query<[{ id: string }]>(
      `SELECT client_id AS id FROM episode GROUP BY client_id HAVING count(*) > 1 ORDER BY 1 LIMIT 1`,
    );
    // In treatment since over twelve weeks ago: every week of the hours chart has attendance.
    const [{ id: hoursClientId }] = await owner.query<[{ id: string }]>(
      `SELECT client_id AS id FROM episode WHERE status = 'ACTIVE' AND discharged_at IS NULL
         AND admitted_at < now() - interval '13 weeks' ORDER BY admitted_at, id LIMIT 1`,
    );
    const { token } = await createSession(owner, clinic.directorId, 24);
    const roster = await prepareRosterBench(owner, {
      programId: clinic.programIds[0]!,
      directorId: clinic.directorId,
      size: ROSTER_SIZE,
      otherClientIds: [clientId, hoursClientId],
    });
    // PostGraphile would make this function a computed column `hash`, clashing with the column.
    await owner.query(`COMMENT ON FUNCTION audit_event_hash(audit_event) IS '@omit'`);
    console.log(
      `PostgreSQL ${version} (jit ${jit}), scale clinic: ${clinic.clients} clients, ${clinic.episodes} episodes, built in ${clinic.ms} ms`,
    );

    const servers: BenchServer[] = [];
    cleanup.unshift(() => Promise.all(servers.map((s) => s.stop())).then(() => undefined));
    const all = operations({
      clientId,
      hoursClientId,
      programIds: clinic.programIds,
      pageSize: 25,
      roster,
    });
    const ops = all.filter((op) => !ONLY || ONLY.some((name) => op.name.startsWith(name)));
    // A server none of the chosen operations asks (BENCH_OPERATIONS) is still probed at start.
    const probe = (server: ServerName) => all.find((op) => op.requests[server])!.requests[server]!;
    const serverEnv = { BENCH_SERVER_DATABASE_URL: roles.ownerUrl, BENCH_POOL_SIZE: POOL_SIZE };
    servers.push(
      await startBenchServer({
        name: 'raw',
        script: benchScript('./raw-server.js'),
        env: serverEnv,
        probe: probe('raw'),
      }),
      await startBenchServer({
        name: 'postgraphile',
        script: benchScript('./postgraphile-server.js'),
        env: serverEnv,
        probe: probe('postgraphile'),
      }),
      await startBenchServer({
        name: 'waypoint',
        script: benchScript('../main.js'),
        env: waypointEnv(roles, POOL_SIZE, env.BENCH_WAYPOINT_LOG_LEVEL ?? 'info'),
        headers: { cookie: `${SESSION_COOKIE}=${token}` },
        probe: probe('waypoint'),
        applicationName: API_APPLICATION_NAME,
        // As `pnpm start` runs it (its Node flags); the others with Node's defaults.
        execArgv: [
          ...startNodeFlags(),
          ...(env.BENCH_PROFILE
            ? [
                '--cpu-prof',
                `--cpu-prof-dir=${env.BENCH_PROFILE_DIR ?? path.join(repoRoot, '.profiles')}`,
              ]
            : []),
        ],
      }),
    );
    const byName = (name: ServerName) => servers.find((s) => s.name === name)!;

    // Equal answers first: a server that answers differently is not measured.
    const expected = new Map<string, string>();
    for (const op of ops) {
      let reference: unknown;
      for (const name of SERVERS) {
        if (!serves(op, name)) continue;
        // A write's first save, on a session of its own.
        const lane = (await op.lanes?.[name]?.(1))?.[0];
        const request = lane?.request() ?? op.requests[name]!;
        const res = await send(byName(name), request);
        const body = await res.text();
        if (res.status !== 200) throw new Error(`${name} ${op.name}: HTTP ${res.status} ${body}`);
        if (lane && !lane.answered(JSON.parse(body))) {
          throw new Error(`${name} ${op.name}: not saved\n${body}`);
        }
        const answer = op.normalise[name](JSON.parse(body));
        reference ??= answer;
        if (!isDeepStrictEqual(answer, reference)) {
          throw new Error(
            `${op.name}: ${name} answers differently from raw\n${JSON.stringify(answer)}\n${JSON.stringify(reference)}`,
          );
        }
        expected.set(`${op.name}:${name}`, body);
      }
      console.log(`${op.name}: the servers' answers are equal`);
    }

    // One autocannon run: the warm-up, then the measurement on the same connections.
    const load = async (server: BenchServer, op: Operation, connections: number) => {
      const writes = op.lanes?.[server.name];
      // Spare lanes stand in for any whose request timed out (its versions are then unknown).
      if (writes) return loadLanes(server, await writes(2 * connections), connections);
      const request = op.requests[server.name]!;
      return measured({
        url: server.url + request.path,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...server.headers },
        body: request.body,
        connections,
        // A different answer under load counts as an error (autocannon's "mismatches").
        expectBody: expected.get(`${op.name}:${server.name}`),
      }).result();
    };
    const measured = (options: autocannon.Options) => {
      let instance!: autocannon.Instance;
      const done = new Promise((resolve, reject) => {
        instance = autocannon(
          {
            ...options,
            duration: WARMUP_SECONDS + SECONDS,
            timeout: Number(env.BENCH_TIMEOUT_SECONDS ?? 10),
          },
          (err: unknown, result) =>
            err
              ? reject(err instanceof Error ? err : new Error('autocannon failed'))
              : resolve(result),
        );
      });
      const window = measureAfterWarmup(instance, WARMUP_SECONDS, SECONDS);
      return { refused: window.refused, result: () => done.then(window.result) };
    };
    // A write: each request takes an idle lane (autocannon clears a connection's context after
    // each request, so lanes cannot stay with connections) and gives it back with what the answer
    // taught it; an answer that is not a saved roster counts as an error (a refused save would
    // mean the lanes lost track of versions).
    const loadLanes = async (server: BenchServer, lanes: Lane[], connections: number) => {
      const idle = [...lanes];
      const run = measured({
        url: server.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...server.headers },
        connections,
        requests: [
          {
            setupRequest: (req, context: { lane?: Lane }) => {
              const lane = idle.pop();
              if (!lane) throw new Error('every lane of the roster save is taken');
              context.lane = lane;
              return { ...req, ...lane.request() };
            },
            onResponse: (status, body, context: { lane?: Lane }) => {
              const lane = context.lane!;
              // A non-2xx answer is counted already (measureAfterWarmup).
              if (status === 200 && !lane.answered(JSON.parse(body))) run.refused();
              idle.push(lane);
            },
          },
        ],
      });
      return run.result();
    };
    // Statements and the server's CPU time, over sequential requests once the server has finished the load's last requests.
    const statementsPerRequest = async (server: BenchServer, op: Operation) => {
      const deadline = Date.now() + 30_000;
      let before = await server.statements();
      for (let last = -1; before !== last && Date.now() < deadline;) {
        await new Promise((r) => setTimeout(r, 300));
        [last, before] = [before, await server.statements()];
      }
      const n = 20;
      const [lane] = (await op.lanes?.[server.name]?.(1)) ?? [];
      // The load's events sealed first, and these requests' own before the end (database-cpu.ts).
      await backends.sealed();
      const start = await server.counters();
      const databaseStart = await backends.sample(server.applicationName);
      for (let i = 0; i < n; i++) {
        const body = await (
          await send(server, lane?.request() ?? op.requests[server.name]!)
        ).text();
        if (lane && !lane.answered(JSON.parse(body))) throw new Error(`${op.name}: not saved`);
      }
      const end = await server.counters();
      await backends.sealed();
      const databaseMs = cpuBetween(databaseStart, await backends.sample(server.applicationName));
      return {
        statementsPerRequest: (end.statements - start.statements) / n,
        cpuMsPerRequest: (end.cpuMs - start.cpuMs) / n,
        databaseCpuMsPerRequest: databaseMs === null ? null : databaseMs / n,
      };
    };

    const results: Measurement[] = [];
    for (const op of ops) {
      for (const connections of CONNECTIONS) {
        for (const server of servers) {
          if (!serves(op, server.name)) continue;
          const m: Measurement = {
            operation: op.name,
            connections,
            server: server.name,
            ...(await load(server, op, connections)),
            ...(await statementsPerRequest(server, op)),
          };
          results.push(m);
          console.log(
            `${op.name}, ${connections} connections, ${server.name}: ${m.requestsPerSecond.toFixed(0)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms, ${m.errors} errors, ${m.timeouts} time-outs, ${m.statementsPerRequest} statements/request, ${m.cpuMsPerRequest.toFixed(2)} ms server CPU/request`,
          );
        }
      }
    }

    const rows = table(results);
    console.log('');
    printTable(rows);
    const minutes = ((performance.now() - started) / 60_000).toFixed(1);
    const source = env.BENCH_DATABASE_URL ? 'server (BENCH_DATABASE_URL)' : 'embedded';
    const cpus = os.cpus();
    const key = `PostgreSQL ${version.split('.')[0]} ${source}, ${clinic.clients} clients`;
    writeSection(
      env.BENCH_REPORT ?? path.join(repoRoot, 'BENCHMARKS.md'),
      key,
      `## ${key}

  ${new Date().toISOString().slice(0, 10)}: PostgreSQL ${version} (jit ${jit}), Node ${process.version},
  ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}.
  ${clinic.clients} clients, ${clinic.episodes} episodes; pool of ${POOL_SIZE} connections per server;
  ${SECONDS} s measured after ${WARMUP_SECONDS} s of warm-up on the same connections (latencies of the
  requests sent after it); the whole run took ${minutes} min;
  load average ${os.loadavg()[0]!.toFixed(1)} at the end (other work on the machine shares its CPUs).

  ${markdownTable(rows)}
  `,
    );
    console.log(`\npnpm bench took ${minutes} min`);
  } finally {
    for (const step of cleanup) await step().catch((err: unknown) => console.error(err));
  }
}
