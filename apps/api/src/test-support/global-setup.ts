import 'reflect-metadata';
import type { TestProject } from 'vitest/node';
import { migrateAsOwner } from '../db/database.js';
import { provisionRoles, type DatabaseRoles } from '../db/database-roles.js';
import { startScratchDatabase, type ScratchDatabase } from '../testing/scratch-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's database as its owner: migrations, fixtures below the API, tampering tests. */
    databaseUrl: string;
    /** The same database as the API's restricted role: what test servers run as. */
    appDatabaseUrl: string;
    /** The administrator the roles were derived from; empty when the operator made the roles. */
    adminDatabaseUrl: string;
  }
}

/**
 * One database for the whole run, with the two roles production has:
 * - DATABASE_URL and DATABASE_MIGRATION_URL both set (CI, set up as production is): the app
 *   role and the owner role, used as given;
 * - DATABASE_URL alone: an administrator, from which both roles are derived;
 * - neither: a scratch embedded PostgreSQL, whose administrator does the same.
 * Migrations run once here; suites create their own data.
 */
export default async function setup(project: TestProject) {
  let scratch: ScratchDatabase | undefined;
  const { DATABASE_URL, DATABASE_MIGRATION_URL } = process.env;
  // The administrator the roles are derived from, when they are derived here.
  let admin: string | undefined;
  const roles: DatabaseRoles =
    DATABASE_URL && DATABASE_MIGRATION_URL
      ? { appUrl: DATABASE_URL, ownerUrl: DATABASE_MIGRATION_URL }
      : await provisionRoles(
          (admin = DATABASE_URL ?? (scratch = await startScratchDatabase()).url),
        );
  await migrateAsOwner(roles.ownerUrl, decodeURIComponent(new URL(roles.appUrl).username));
  project.provide('databaseUrl', roles.ownerUrl);
  project.provide('appDatabaseUrl', roles.appUrl);
  project.provide('adminDatabaseUrl', admin ?? '');
  return async () => {
    await scratch?.stop();
  };
}
