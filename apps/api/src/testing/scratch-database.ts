import { mkdtemp, rm, chmod } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedDatabase } from '../db/embedded-database.js';
import { createLogger } from '../logging/logger.js';

export interface ScratchDatabase {
  url: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** A throw-away embedded PostgreSQL in a temp folder, for test runs without DATABASE_URL. */
export async function startScratchDatabase(): Promise<ScratchDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'waypoint-pg-'));
  await chmod(dir, 0o755);
  const db = await startEmbeddedDatabase({
    dataDir: path.join(dir, 'data'),
    port: await freePort(),
    logger: createLogger(process.env.LOG_LEVEL ?? 'warn'),
    database: 'waypoint_test',
  });
  return {
    url: db.url,
    async stop() {
      await db.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface ScratchDatabaseOnServer {
  url: string;
  drop(): Promise<void>;
}

/**
 * A database of its own on the run's server, created by `serverUrl`'s role (the run's owner role
 * may create databases): for tests that must break things (tamper with the audit chain, revert
 * migrations) without breaking them for the suites sharing the run's database.
 */
export async function createScratchDatabase(
  serverUrl: string,
  prefix: string,
  /** A database to copy (CREATE DATABASE … TEMPLATE; it must have no connections). */
  template?: string,
): Promise<ScratchDatabaseOnServer> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const run = async (sql: string) => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await run(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  return { url: onDatabase(serverUrl, name), drop: () => dropWhenReleased(run, name) };
}

/** `url` (a server's) naming the database `name` instead. */
export function onDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * A role that is not a superuser may force out only its own connections: those of the app role a
 * test just closed can take a moment to end (more so on a busy machine), and until then the drop
 * is refused as "must be a member of the role whose process is being terminated".
 */
async function dropWhenReleased(run: (sql: string) => Promise<void>, name: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } catch (error) {
      const refused = (error as { code?: string }).code === '42501';
      if (!refused || attempt === 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
