import { randomBytes } from 'node:crypto';
import pg from 'pg';

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
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
