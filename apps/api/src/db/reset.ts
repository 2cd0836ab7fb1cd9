/**
 * `pnpm db:reset`: throws the database away and builds the demo clinic again from scratch.
 * Uses the API's own configuration and runs as the schema's owner: DATABASE_MIGRATION_URL, or the
 * owner derived from DATABASE_URL or the embedded PostgreSQL in EMBEDDED_PG_DIR (stop a running
 * API first: they share that database).
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import type { Config } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import { createDataSource } from './data-source.js';
import { migrate, resolveDatabaseRoles } from './database.js';
import { runScript } from './run-script.js';
import { seedDemoClinic } from './seed/demo-clinic.js';

/**
 * Connects like `openDatabase`, as the schema's owner, but without migrating first: a database
 * worth resetting is often one whose schema no longer matches the migrations (another branch, an
 * edited migration), and migrating it before dropping it could fail for exactly that reason.
 */
async function connect(config: Config, logger: Logger) {
  const { roles, embedded } = await resolveDatabaseRoles(config, logger);
  const dataSource = createDataSource(roles.ownerUrl, 2);
  try {
    await dataSource.initialize();
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
  return {
    dataSource,
    /** The API's role, to be granted its privileges on the rebuilt schema. */
    appRole: decodeURIComponent(new URL(roles.appUrl).username) || undefined,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

await runScript('Database reset', async (config, logger) => {
  // A reset ends in the demo clinic, whose accounts share a password printed in the README.
  if (config.env === 'production') {
    logger.error('refusing to reset in production: it would seed demo accounts');
    return 1;
  }

  const db = await connect(config, logger);
  try {
    const started = performance.now();
    await db.dataSource.query('DROP SCHEMA public CASCADE');
    await db.dataSource.query('CREATE SCHEMA public');
    await migrate(db.dataSource, logger, db.appRole);
    const seedStarted = performance.now();
    await seedDemoClinic(db.dataSource);
    const seedMs = Math.round(performance.now() - seedStarted);

    const [counts] = await db.dataSource.query<
      {
        programs: number;
        staff: number;
        clients: number;
        episodes: number;
      }[]
    >(`SELECT
        (SELECT count(*) FROM program)::int AS programs,
        (SELECT count(*) FROM staff)::int AS staff,
        (SELECT count(*) FROM client)::int AS clients,
        (SELECT count(*) FROM episode)::int AS episodes`);
    console.log(
      `Database reset: ${counts?.programs} programs, ${counts?.staff} staff, ` +
        `${counts?.clients} clients, ${counts?.episodes} episodes ` +
        `(seeded in ${seedMs} ms, ${Math.round(performance.now() - started)} ms in all).`,
    );
    return 0;
  } finally {
    await db.close();
  }
});
