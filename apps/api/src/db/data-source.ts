import { types, type Pool, type PoolClient, type QueryResult } from 'pg';
import { DataSource, QueryFailedError, type QueryRunner } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { BoundedClient } from './bounded-work.js';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

// Calendar dates (birth dates, sobriety dates) stay 'YYYY-MM-DD' strings: a JS Date would shift
// them by the server's time zone.
types.setTypeParser(types.builtins.DATE, (v) => v);

/** The application_name of the API's own pool (the primary's connections). */
export const API_APPLICATION_NAME = 'waypoint-api';

/** Limits on the API's own pool (migrations and scripts run without them). */
export interface PoolBounds {
  statementTimeoutMs: number;
  poolWaitMs: number;
}

export function createDataSource(
  url: string,
  poolSize = 10,
  bounds?: PoolBounds,
  // What pg_stat_activity shows for its connections (read replicas name theirs apart).
  applicationName = API_APPLICATION_NAME,
): DataSource {
  const ds = new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    logging: false,
    extra: {
      max: poolSize,
      application_name: applicationName,
      // Statements stop when their request is abandoned (bounded-work.ts).
      Client: BoundedClient,
      ...(bounds && {
        statement_timeout: bounds.statementTimeoutMs,
        connectionTimeoutMillis: bounds.poolWaitMs,
      }),
    },
  });
  return withPooledQueries(ds);
}

/**
 * `ds.query(text, values)` outside a transaction borrows a pool connection itself, as TypeORM's
 * own path does (one statement, shown to the data source's logger, errors as QueryFailedError,
 * UPDATE and DELETE answering [rows, count]) but without the QueryRunner and subscriber
 * broadcasts it builds around each statement, which Waypoint does not use: ~20 µs of the API's
 * CPU a statement, on every request. With a QueryRunner (a transaction) TypeORM runs it as before.
 */
function withPooledQueries(ds: DataSource): DataSource {
  const viaTypeorm = ds.query.bind(ds);
  ds.query = async <T>(text: string, values?: unknown[], runner?: QueryRunner): Promise<T> => {
    if (runner) return viaTypeorm<T>(text, values, runner);
    const pool = (ds.driver as PostgresDriver).master as Pool | undefined;
    if (!pool) return viaTypeorm<T>(text, values); // not initialized: TypeORM's own error
    const client: PoolClient = await pool.connect();
    ds.logger.logQuery(text, values);
    // A connection that fails while lent out is closed, not put back (as TypeORM does).
    let broken: Error | undefined;
    const onError = (err: Error) => (broken = err);
    client.on('error', onError);
    try {
      const raw: QueryResult = await client.query(text, values);
      return (
        raw.command === 'UPDATE' || raw.command === 'DELETE' ? [raw.rows, raw.rowCount] : raw.rows
      ) as T;
    } catch (err) {
      throw new QueryFailedError(text, values, err as Error);
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  };
  return ds;
}
