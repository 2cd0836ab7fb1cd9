import type pg from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import type { Logger } from '../../logging/logger.js';
import { sealAuditChain, type RunQuery } from './audit-chain.js';

export interface AuditChainSealer {
  /** Stops the timer and waits for a seal in progress, so the pool can close after it. */
  stop(): Promise<void>;
}

/**
 * Seals committed audit events into the hash chain every `intervalMs`, off the requests' commit
 * path (see migration 1795840000000-audit-chain). Every replica runs one: whichever finds the
 * chain's head free seals, the others return at once (SKIP LOCKED). One seal at a time per
 * process (the next is scheduled when the last ends), and the timer never keeps Node alive.
 */
export function startAuditChainSealer(
  ds: DataSource,
  logger: Logger,
  intervalMs = 1_000,
): AuditChainSealer {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = () => {
    running = sealQuietly(ds).then(
      () => undefined,
      // errorForLog (the logger's serializer) keeps the SQLSTATE, never a message quoting data.
      (err: unknown) => logger.error({ err }, 'audit chain sealing failed'),
    );
    void running.then(schedule);
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(tick, intervalMs);
    timer.unref();
  };

  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/**
 * Seals on a connection of the pool taken past TypeORM's query runner: a statement every second
 * is the process's housekeeping, not a request's work, and stays out of the query log and of the
 * statement counts that tests take of requests.
 */
async function sealQuietly(ds: DataSource): Promise<number> {
  const driver = ds.driver as PostgresDriver;
  const [client, release] = (await driver.obtainMasterConnection()) as [
    pg.PoolClient,
    (err?: unknown) => void,
  ];
  let failure: unknown;
  // A connection that drops (PostgreSQL stopped) emits 'error' on top of failing its statement;
  // with no listener that would end the process. TypeORM's query runners listen while they hold
  // one, but this connection is taken past them.
  const dropped = (err: Error) => void (failure ??= err);
  client.on('error', dropped);
  const run: RunQuery = async <T>(sql: string, params: unknown[]) =>
    (await client.query<T & pg.QueryResultRow>(sql, params)).rows;
  try {
    return await sealAuditChain(ds, run);
  } catch (err) {
    failure = err;
    throw err;
  } finally {
    client.removeListener('error', dropped);
    // A connection that failed mid-statement goes back broken (destroyed), not to the next caller.
    release(failure);
  }
}
