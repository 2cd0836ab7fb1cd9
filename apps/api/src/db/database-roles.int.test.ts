import { expect, inject, it } from 'vitest';
import pg from 'pg';

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
