import { fork, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Request, ServerName } from './operations.js';

/** One server under test, in a process of its own with the statement counter preloaded. */
export interface BenchServer {
  name: ServerName;
  url: string;
  headers: Record<string, string>;
  /** The server's process, e.g. to sample its resident memory. */
  pid: number;
  /** What its connections are called in pg_stat_activity (database-cpu.ts). */
  applicationName: string;
  /** Statements sent to PostgreSQL so far. */
  statements(): Promise<number>;
  /** Statements so far and the process's CPU time so far (ms). */
  counters(): Promise<{ statements: number; cpuMs: number }>;
  /** Its memory (bytes) right after a full collection, when started with --expose-gc. */
  memory(): Promise<MemoryAfterCollection>;
  stop(): Promise<void>;
}

export interface MemoryAfterCollection {
  /** False when the server was started without --expose-gc: then nothing was collected. */
  collected: boolean;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export async function send(server: BenchServer, request: Request): Promise<Response> {
  return fetch(server.url + request.path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...server.headers },
    body: request.body,
  });
}

/**
 * Starts `script` (the production build's main.js for Waypoint) and waits until `probe` answers
 * 200. `execArgv` adds node flags (e.g. --cpu-prof).
 */
export async function startBenchServer(args: {
  name: ServerName;
  script: string;
  env: Record<string, string>;
  headers?: Record<string, string>;
  probe: Request;
  execArgv?: string[];
  /** Waypoint names its own connections; the other servers are told theirs. */
  applicationName?: string;
}): Promise<BenchServer> {
  const applicationName = args.applicationName ?? `waypoint-bench-${args.name}`;
  const port = await freePort();
  const child: ChildProcess = fork(args.script, {
    execArgv: ['--import', here('./count-statements.js'), ...(args.execArgv ?? [])],
    env: {
      ...process.env,
      ...args.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      BENCH_APPLICATION_NAME: applicationName,
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // The preload answers each question with an object holding a field named after it.
  const ask = <T>(question: 'statements' | 'memory', read: (m: Record<string, unknown>) => T) =>
    new Promise<T>((resolve) => {
      const answer = (m: unknown) => {
        if (typeof m !== 'object' || m === null || !(question in m)) return;
        child.off('message', answer);
        resolve(read(m as Record<string, unknown>));
      };
      child.on('message', answer);
      child.send(question);
    });
  const server: BenchServer = {
    name: args.name,
    url: `http://127.0.0.1:${port}`,
    headers: args.headers ?? {},
    pid: child.pid!,
    applicationName,
    statements: () => server.counters().then((c) => c.statements),
    counters: () => ask('statements', (m) => m as { statements: number; cpuMs: number }),
    memory: () => ask('memory', (m) => m.memory as MemoryAfterCollection),
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${args.name} server exited while starting`);
    const ok = await send(server, args.probe).then(
      (res) => res.status === 200,
      () => false,
    );
    if (ok) return server;
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`${args.name} server did not start`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

export const benchScript = here;

/** Waypoint's production build as the bench starts it: restricted app role, owner migrates. */
export function waypointEnv(
  roles: { appUrl: string; ownerUrl: string },
  poolSize: string,
  logLevel: string,
): Record<string, string> {
  return {
    NODE_ENV: 'production',
    DATABASE_URL: roles.appUrl,
    DATABASE_MIGRATION_URL: roles.ownerUrl,
    DATABASE_POOL_SIZE: poolSize,
    WEB_DIST_DIR: '/nonexistent',
    LOG_LEVEL: logLevel,
  };
}
