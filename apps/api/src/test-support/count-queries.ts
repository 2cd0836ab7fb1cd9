import type { DataSource, Logger } from 'typeorm';

/** Runs `fn` and returns how many SQL statements the data source sent meanwhile. */
export async function countQueries(ds: DataSource, fn: () => Promise<unknown>): Promise<number> {
  const original = ds.logger;
  let count = 0;
  const counting: Logger = {
    logQuery: () => void count++,
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  (ds as { logger: Logger }).logger = counting;
  try {
    await fn();
  } finally {
    (ds as { logger: Logger }).logger = original;
  }
  return count;
}
