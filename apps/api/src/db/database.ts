import type { DataSource } from 'typeorm';
import type { Config } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import { warnWithoutAccentFolding } from './accent-folding.js';
import { createDataSource } from './data-source.js';
import { openReadReplicas, type ReadReplicas } from './read-replicas.js';
import {
  assertRestrictedAppRole,
  grantAppPrivileges,
  provisionRoles,
  type DatabaseRoles,
} from './database-roles.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded-database.js';

export interface Database {
  /** Connected as the app's restricted role. */
  dataSource: DataSource;
  /** DATABASE_REPLICA_URLS' pools, when there are any: read-only queries may read from them. */
  replicas: ReadReplicas | undefined;
  /** The schema owner's connection string: background jobs keep their queue in a schema of their own. */
  ownerUrl: string;
  /** Database reachable and every migration applied. */
  isReady(): Promise<boolean>;
  close(): Promise<void>;
}

// Any constant works; it only has to be the same in every replica so that one migrates at a time.
const MIGRATION_LOCK_KEY = 7_243_101;

/**
 * Runs pending migrations, one replica at a time, on a connection of the schema's owner; then,
 * under the same lock, gives `appRole` (when named) exactly the privileges it needs.
 */
export async function migrate(
  dataSource: DataSource,
  logger?: Logger,
  appRole?: string,
): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length)
      logger?.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    if (appRole) await dataSource.transaction((tx) => grantAppPrivileges(tx, appRole));
  } finally {
    await runner
      .query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
      .catch(() => undefined);
    await runner.release();
  }
}

/**
 * Which roles to connect as: DATABASE_URL (app) and DATABASE_MIGRATION_URL (owner) when both are
 * set, as in production; otherwise DATABASE_URL, or the embedded PostgreSQL started here, is an
 * administrator from which both roles are derived.
 */
export async function resolveDatabaseRoles(
  config: Config,
  logger: Logger,
): Promise<{ roles: DatabaseRoles; embedded: EmbeddedDatabase | undefined }> {
  if (config.databaseUrl && config.databaseMigrationUrl) {
    return {
      roles: { appUrl: config.databaseUrl, ownerUrl: config.databaseMigrationUrl },
      embedded: undefined,
    };
  }
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedDatabase({ ...config.embeddedPostgres, logger });
  try {
    return { roles: await provisionRoles(config.databaseUrl ?? embedded!.url), embedded };
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
}

/** Migrates as the owner, granting `appRole` its privileges. */
export async function migrateAsOwner(
  ownerUrl: string,
  appRole: string,
  logger?: Logger,
): Promise<void> {
  const owner = createDataSource(ownerUrl, 2);
  await owner.initialize();
  try {
    await migrate(owner, logger, appRole);
  } finally {
    await owner.destroy();
  }
}

/**
 * Connects as the app role (see resolveDatabaseRoles), brings the schema up to date as the owner,
 * and refuses to go on if the app role could alter the audit trail.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  const { roles, embedded } = await resolveDatabaseRoles(config, logger);
  const bounds = {
    statementTimeoutMs: config.databaseStatementTimeoutMs,
    poolWaitMs: config.databasePoolWaitMs,
  };
  const dataSource = createDataSource(roles.appUrl, config.databasePoolSize, bounds);
  let replicas: ReadReplicas | undefined;
  try {
    await dataSource.initialize();
    const [{ role }] = await dataSource.query<[{ role: string }]>('SELECT current_user AS role');
    await migrateAsOwner(roles.ownerUrl, role, logger);
    await assertRestrictedAppRole(dataSource.manager);
    await warnWithoutAccentFolding(dataSource.manager, logger);
    if (config.databaseReplicaUrls.length) {
      replicas = await openReadReplicas({
        urls: config.databaseReplicaUrls,
        maxLagMs: config.databaseReplicaMaxLagMs,
        poolSize: config.databasePoolSize,
        bounds,
        logger,
      });
    }
  } catch (err) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw err;
  }
  return {
    dataSource,
    replicas,
    ownerUrl: roles.ownerUrl,
    async isReady() {
      try {
        await dataSource.query('SELECT 1');
        return !(await dataSource.showMigrations());
      } catch {
        return false;
      }
    },
    async close() {
      await replicas?.close();
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
