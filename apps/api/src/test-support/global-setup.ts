import 'reflect-metadata';
import type { TestProject } from 'vitest/node';
import { createDataSource } from '../db/data-source.js';
import { migrate } from '../db/database.js';
import { startScratchDatabase, type ScratchDatabase } from '../testing/scratch-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * One database for the whole run: DATABASE_URL when set (CI uses the machine's PostgreSQL),
 * otherwise a scratch embedded PostgreSQL. Migrations run once here; suites create their own data.
 */
export default async function setup(project: TestProject) {
  let scratch: ScratchDatabase | undefined;
  const url = process.env.DATABASE_URL ?? (scratch = await startScratchDatabase()).url;
  const ds = createDataSource(url, 2);
  await ds.initialize();
  try {
    await migrate(ds);
  } finally {
    await ds.destroy();
  }
  project.provide('databaseUrl', url);
  return async () => {
    await scratch?.stop();
  };
}
