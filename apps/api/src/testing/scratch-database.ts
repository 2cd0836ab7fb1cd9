import { mkdtemp, rm, chmod } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedDatabase } from '../db/embedded-database.js';
import { createLogger } from '../logging/logger.js';

export interface ScratchDatabase {
  url: string;
  stop(): Promise<void>;
}

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
