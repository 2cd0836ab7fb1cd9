import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';

/**
 * PostGraphile v4 over the same tables, as the schema's owner with no authorization and no audit:
 * the benchmark's off-the-shelf comparison. Queries only (no default mutations), no query log.
 */
const pool = new pg.Pool({
  connectionString: process.env.BENCH_SERVER_DATABASE_URL,
  max: Number(process.env.BENCH_POOL_SIZE ?? 10),
  // How the benchmark tells this server's backends apart (database-cpu.ts).
  application_name: process.env.BENCH_APPLICATION_NAME,
});
const middleware = postgraphile(pool, 'public', {
  disableDefaultMutations: true,
  disableQueryLog: true,
  ignoreRBAC: true,
  graphqlRoute: '/graphql',
  retryOnInitFail: false,
});
// PostGraphile's handler answers node:http requests itself (its promise is for Koa and Express).
createServer((req, res) => void middleware(req, res)).listen(Number(process.env.PORT), '127.0.0.1');
