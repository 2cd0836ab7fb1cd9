import type { DataSource } from 'typeorm';
import type { Config } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import { createDataSource } from './data-source.js';
import { startEmbeddedDatabase } from './embedded-database.js';

export interface Database {
  dataSource: DataSource;
  /** Database reachable and every migration applied. */
  isReady(): Promise<boolean>;
  close(): Promise<void>;
}

// Any constant works; it only has to be the same in every replica so that one migrates at a time.
const MIGRATION_LOCK_KEY = 7_243_101;

/** Runs pending migrations, one replica at a time. */
export async function migrate(dataSource: DataSource, logger?: Logger): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length)
      logger?.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  } finally {
    await runner
      .query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
      .catch(() => undefined);
    await runner.release();
  }
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL when there is none, and brings
 * the schema up to date.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedDatabase({ ...config.embeddedPostgres, logger });
  const url = config.databaseUrl ?? embedded!.url;
  const dataSource = createDataSource(url, config.databasePoolSize);
  try {
    await dataSource.initialize();
    await migrate(dataSource, logger);
  } catch (err) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw err;
  }
  return {
    dataSource,
    async isReady() {
      try {
        await dataSource.query('SELECT 1');
        return !(await dataSource.showMigrations());
      } catch {
        return false;
      }
    },
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
