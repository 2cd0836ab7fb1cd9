import { types } from 'pg';
import { DataSource } from 'typeorm';
import { BoundedClient } from './bounded-work.js';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

// Calendar dates (birth dates, sobriety dates) stay 'YYYY-MM-DD' strings: a JS Date would shift
// them by the server's time zone.
types.setTypeParser(types.builtins.DATE, (v) => v);

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
  applicationName = 'waypoint-api',
): DataSource {
  return new DataSource({
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
}
