import { Logger as WorkerLogger, run, type Runner, type TaskList } from 'graphile-worker';
import type { Logger } from '../logging/logger.js';

/** A job: a name, what it does, and when it runs (a crontab line's schedule, e.g. `*\/15 * * * *`). */
export interface ScheduledJob {
  name: string;
  schedule: string;
  task: TaskList[string];
}

/**
 * The background job runner: graphile-worker (0.16, the last major for Node 20) over the same
 * PostgreSQL, so nothing new has to run. Every API process may start one; graphile-worker's cron
 * schedules each tick once across all of them and locks each job while it runs, and every job
 * here is idempotent as well, so two runners never do the same work twice. Jobs survive
 * restarts (they live in the `graphile_worker` schema). Features add jobs to `jobs.ts`.
 *
 * It connects as the schema owner when one is configured (DATABASE_MIGRATION_URL): graphile-worker
 * keeps its queue in a schema of its own that it creates and migrates itself.
 */
export async function startJobRunner(options: {
  connectionString: string;
  jobs: readonly ScheduledJob[];
  logger: Logger;
  concurrency?: number;
}): Promise<Runner> {
  const { jobs, logger } = options;
  return run({
    connectionString: options.connectionString,
    concurrency: options.concurrency ?? 1,
    noHandleSignals: true,
    pollInterval: 5_000,
    taskList: Object.fromEntries(jobs.map((j) => [j.name, j.task])),
    crontab: jobs.map((j) => `${j.schedule} ${j.name} ?max=1`).join('\n'),
    logger: workerLogger(logger),
  });
}

/** graphile-worker's log lines through the API's logger (its info is our debug: it is chatty). */
export function workerLogger(logger: Logger): WorkerLogger {
  // LogLevel is an ambient const enum (not importable here); its values are these strings.
  return new WorkerLogger(() => (level, message) => {
    if (String(level) === 'error') logger.error({ jobs: true }, message);
    else if (String(level) === 'warning') logger.warn({ jobs: true }, message);
    else logger.debug({ jobs: true }, message);
  });
}
