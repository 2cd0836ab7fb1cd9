import type { DataSource, Logger } from 'typeorm';

/** Runs `fn` and returns the SQL statements the data source sent meanwhile, in order. */
export async function queriesSent(ds: DataSource, fn: () => Promise<unknown>): Promise<string[]> {
  const original = ds.logger;
  const sent: string[] = [];
  const recording: Logger = {
    logQuery: (query) => void sent.push(query),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  (ds as { logger: Logger }).logger = recording;
  try {
    await fn();
  } finally {
    (ds as { logger: Logger }).logger = original;
  }
  return sent;
}

/** Runs `fn` and returns how many SQL statements the data source sent meanwhile. */
export async function countQueries(ds: DataSource, fn: () => Promise<unknown>): Promise<number> {
  return (await queriesSent(ds, fn)).length;
}
