import { migrateAsOwner } from './database.js';
import { runScript } from './run-script.js';

/**
 * Migrates the database and grants the API's role its privileges, then exits: the one-shot
 * migration step of a deployment (deploy/compose.yaml), run as the schema's owner
 * (DATABASE_MIGRATION_URL) before the API replicas start as the restricted role (DATABASE_URL).
 */
await runScript('migration', async (config, logger) => {
  if (!config.databaseUrl || !config.databaseMigrationUrl) {
    console.error(
      'migration needs DATABASE_URL (the API role) and DATABASE_MIGRATION_URL (the owner)',
    );
    return 2;
  }
  const appRole = decodeURIComponent(new URL(config.databaseUrl).username);
  await migrateAsOwner(config.databaseMigrationUrl, appRole, logger);
  logger.info({ appRole }, 'database migrated');
  return 0;
});
