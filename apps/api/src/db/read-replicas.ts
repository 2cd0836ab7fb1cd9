import type { DataSource } from 'typeorm';
import type { Logger } from '../logging/logger.js';
import { createDataSource, type PoolBounds } from './data-source.js';

export interface ReplicaHealth {
  up: boolean;
  /** How far its replay is behind the primary (0 when it has replayed all it received). */
  lagMs: number;
}

/** The replicas fit to serve a read now: reachable and at most `maxLagMs` behind the primary. */
export function usableReplicas<T extends ReplicaHealth>(replicas: T[], maxLagMs: number): T[] {
  return replicas.filter((r) => r.up && r.lagMs <= maxLagMs);
}

// A replica that has replayed everything it received is current; otherwise its lag is the age of
// the last transaction it replayed. A server that is not in recovery (a primary) has none.
const LAG_SQL = `SELECT CASE
    WHEN NOT pg_is_in_recovery() THEN 0
    WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
    ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()) * 1000, 0)
  END::float8 AS lag_ms`;

/** How often each replica's reachability and lag are checked. */
export const REPLICA_CHECK_MS = 2_000;

interface Replica extends ReplicaHealth {
  url: string;
  /** Where it is, for the logs (never its password). */
  name: string;
  dataSource: DataSource | undefined;
}

export interface ReadReplicas {
  /** A usable replica's pool (round robin), or undefined: then the primary serves the read. */
  pick(): DataSource | undefined;
  close(): Promise<void>;
}

/**
 * Pools to the read replicas, each checked every REPLICA_CHECK_MS: one that cannot be reached or
 * lags beyond `maxLagMs` is passed over (reads go to the other replicas or the primary) until a
 * check finds it fit again. A replica down at start-up does not stop the API from starting.
 */
export async function openReadReplicas(options: {
  urls: string[];
  maxLagMs: number;
  poolSize: number;
  bounds: PoolBounds;
  logger: Logger;
}): Promise<ReadReplicas> {
  const { maxLagMs, logger } = options;
  const replicas: Replica[] = options.urls.map((url) => {
    const u = new URL(url);
    return { url, name: `${u.host}${u.pathname}`, dataSource: undefined, up: false, lagMs: 0 };
  });

  async function check(replica: Replica) {
    const wasUsable = usableReplicas([replica], maxLagMs).length > 0;
    try {
      if (!replica.dataSource?.isInitialized) {
        const dataSource = createDataSource(
          replica.url,
          options.poolSize,
          options.bounds,
          'waypoint-api-replica',
        );
        await dataSource.initialize();
        replica.dataSource = dataSource;
      }
      const [row] = await replica.dataSource.query<[{ lag_ms: number }]>(LAG_SQL);
      replica.up = true;
      replica.lagMs = row.lag_ms;
    } catch (err) {
      replica.up = false;
      if (wasUsable) logger.warn({ err, replica: replica.name }, 'read replica unreachable');
    }
    const usable = usableReplicas([replica], maxLagMs).length > 0;
    if (usable && !wasUsable) logger.info({ replica: replica.name }, 'read replica in use');
    if (!usable && wasUsable && replica.up) {
      logger.warn({ replica: replica.name, lagMs: replica.lagMs }, 'read replica lagging');
    }
  }

  let checking = Promise.all(replicas.map(check));
  await checking;
  const timer = setInterval(() => {
    checking = checking.then(() => Promise.all(replicas.map(check)));
  }, REPLICA_CHECK_MS);
  timer.unref();

  let turn = 0;
  return {
    pick() {
      const usable = usableReplicas(replicas, maxLagMs);
      return usable.length ? usable[turn++ % usable.length]!.dataSource : undefined;
    },
    async close() {
      clearInterval(timer);
      await checking;
      await Promise.all(
        replicas.flatMap((r) => (r.dataSource?.isInitialized ? [r.dataSource.destroy()] : [])),
      );
    },
  };
}
