import { loadConfig } from '../config/config.js';
import { createLogger } from '../logging/logger.js';
import { createScratchDatabase } from '../testing/scratch-database.js';
import { fuzzApi } from './fuzz.js';

/**
 * `pnpm --filter @waypoint/api run fuzz`: the schema-driven fuzzer at full count (FUZZ_RUNS,
 * default 10,000; FUZZ_SEED for a run to repeat) on a demo clinic in a scratch database of
 * DATABASE_URL's server (an administrator), dropped afterwards. Exits 1 on any finding.
 */
const adminUrl = process.env.DATABASE_URL;
if (!adminUrl) {
  console.error('DATABASE_URL (an administrator of a PostgreSQL server) is required');
  process.exit(2);
}
const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const scratch = await createScratchDatabase(adminUrl, 'wp_fuzz');
try {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: scratch.url,
    WEB_DIST_DIR: '/nonexistent',
  });
  const started = Date.now();
  const report = await fuzzApi({
    config,
    logger: createLogger(process.env.LOG_LEVEL ?? 'silent'),
    runs,
    seed,
    onProgress: (done) => {
      if (done % 1_000 === 0) console.log(`${done} requests`);
    },
  });
  const byProblem = new Map<string, number>();
  for (const f of report.findings) byProblem.set(f.problem, (byProblem.get(f.problem) ?? 0) + 1);
  console.log(
    JSON.stringify(
      {
        seed,
        requests: report.runs,
        rootFields: report.fields,
        answeredWithData: report.answeredWithData,
        seconds: Math.round((Date.now() - started) / 1000),
        healthyAtEnd: report.healthyAtEnd,
        findings: Object.fromEntries(byProblem),
      },
      null,
      2,
    ),
  );
  for (const f of report.findings.slice(0, 20)) console.log(JSON.stringify(f));
  process.exitCode = report.findings.length || !report.healthyAtEnd ? 1 : 0;
} finally {
  await scratch.drop();
}
