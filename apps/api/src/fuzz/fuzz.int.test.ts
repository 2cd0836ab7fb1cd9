import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import { createLogger } from '../logging/logger.js';
import {
  createScratchDatabase,
  type ScratchDatabaseOnServer,
} from '../test-support/scratch-databases.js';
import { fuzzApi } from './fuzz.js';

/**
 * The schema-driven fuzzer (fast-check) in CI: a fixed seed and a small count against a real API
 * on a demo clinic of its own (the seed looks for "the" demo clinic, so not the run's database).
 * `pnpm --filter @waypoint/api run fuzz` runs the full count (FUZZ_RUNS, default 10,000).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

describe('fuzzing the API from its schema', () => {
  let scratch: ScratchDatabaseOnServer;
  beforeAll(async () => {
    scratch = await createScratchDatabase(inject('databaseUrl'), 'wp_fuzz');
  });
  afterAll(() => scratch?.drop());

  it(`answers ${RUNS} generated requests without a 5xx, an internal error, a stack trace, SQL or a client record outside scope`, async () => {
    const appUrl = new URL(inject('appDatabaseUrl'));
    appUrl.pathname = new URL(scratch.url).pathname;
    // Queries read through a read-only pool (a hot standby refuses writes): any query that writes
    // outside the audit trail (which always goes to the primary) fails here.
    const readOnly = new URL(appUrl);
    readOnly.searchParams.set('options', '-c default_transaction_read_only=on');
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      DATABASE_URL: appUrl.toString(),
      DATABASE_MIGRATION_URL: scratch.url,
      DATABASE_REPLICA_URLS: readOnly.toString(),
      DATABASE_POOL_SIZE: '4',
      WEB_DIST_DIR: '/nonexistent',
    });
    const report = await fuzzApi({
      config,
      logger: createLogger(process.env.LOG_LEVEL ?? 'silent'),
      runs: RUNS,
      seed: Number(process.env.FUZZ_SEED ?? 20_261_205),
    });
    expect(report.findings).toEqual([]);
    expect(report.healthyAtEnd).toBe(true);
    // The generator reaches most of the schema and many requests get real answers.
    expect(report.fields).toBeGreaterThan(80);
    expect(report.answeredWithData).toBeGreaterThan(10);
  }, 600_000);
});
