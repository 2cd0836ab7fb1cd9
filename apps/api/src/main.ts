import { ConfigError, loadConfig } from './config/config.js';
import { pino } from 'pino';
import { createLogger } from './logging/logger.js';
import { seedDemoClinic } from './db/seed/demo-clinic.js';
import { startServer } from './server.js';
import { startJobRunner } from './jobs/job-runner.js';
import { allJobs } from './jobs/jobs.js';

let config;
try {
  config = loadConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exit(2);
}
// Log lines are written asynchronously (lines logged while a write is in flight go out together
// in the next one), not with a blocking write per request; pino flushes what is left on exit.
const logger = createLogger(config.logLevel, pino.destination({ dest: 1, sync: false }));

const server = await startServer(config, logger, async ({ dataSource }) => {
  if (!config.seedDemoData) return;
  const { seeded } = await seedDemoClinic(dataSource);
  if (seeded) logger.info('demo clinic seeded');
}).catch((err: unknown) => {
  logger.fatal({ err }, 'API failed to start');
  process.exit(1);
});

// Every replica may run jobs: graphile-worker schedules and locks each one once across them.
const jobs = config.jobs
  ? await startJobRunner({
      connectionString: server.database.ownerUrl,
      jobs: allJobs,
      logger,
    }).catch((err: unknown) => {
      logger.error({ err }, 'background jobs failed to start; the API runs without them');
      return null;
    })
  : null;

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown timed out');
      process.exit(1);
    }, config.shutdownTimeoutMs + 5_000);
    force.unref();
    Promise.resolve(jobs?.stop())
      .then(() => server.close())
      .then(
        () => {
          logger.info('stopped');
          process.exit(0);
        },
        (err: unknown) => {
          logger.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
  });
}
