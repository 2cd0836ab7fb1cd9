import { expect, inject, it } from 'vitest';
import pg from 'pg';
import { createScratchDatabase } from '../testing/scratch-database.js';
import { derivedRoleNames, dropProvisionedRoles, provisionRoles } from './database-roles.js';

// With DATABASE_MIGRATION_URL the operator created the roles (production's way, docs/database.md).
const provisionedHere = !process.env.DATABASE_MIGRATION_URL;

it.skipIf(!provisionedHere)(
  'the app role Waypoint provisions never compiles a plan with JIT',
  async () => {
    const app = new pg.Client({ connectionString: inject('appDatabaseUrl') });
    await app.connect();
    try {
      const { rows } = await app.query<{ jit: string }>(`SELECT current_setting('jit') AS jit`);
      expect(rows[0]!.jit).toBe('off');
    } finally {
      await app.end();
    }
  },
);

it.skipIf(!provisionedHere)(
  "a scratch database's roles are dropped once the database is gone",
  async () => {
    const adminUrl = inject('adminDatabaseUrl');
    const scratch = await createScratchDatabase(adminUrl, 'wp_roles');
    const database = decodeURIComponent(new URL(scratch.url).pathname.slice(1));
    const names = derivedRoleNames(database);
    const roles = async () => {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        const { rows } = await admin.query<{ rolname: string }>(
          `SELECT rolname FROM pg_roles WHERE rolname IN ($1, $2) ORDER BY rolname`,
          [names.app, names.owner],
        );
        return rows.map((r) => r.rolname);
      } finally {
        await admin.end();
      }
    };
    await provisionRoles(scratch.url);
    expect(await roles()).toEqual([names.app, names.owner]);
    await scratch.drop();
    await dropProvisionedRoles(adminUrl, database);
    expect(await roles()).toEqual([]);
    // Dropping again (a cleanup that runs twice) is not an error.
    await dropProvisionedRoles(adminUrl, database);
  },
);
