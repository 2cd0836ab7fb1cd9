import { inject } from 'vitest';
import { loadConfig } from '../config/config.js';
import { createLogger } from '../logging/logger.js';
import { startServer, type RunningServer } from '../server.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestServer extends RunningServer {
  /** POSTs one operation over real HTTP, as the web app does. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

/** A real API (HTTP, Apollo, PostgreSQL) on a free port, against the run's test database. */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: inject('databaseUrl'),
    DATABASE_POOL_SIZE: '4',
    WEB_DIST_DIR: '/nonexistent',
    ...env,
  });
  const server = await startServer(config, createLogger(process.env.LOG_LEVEL ?? 'silent'));
  return {
    ...server,
    async gql<T>(query: string, variables?: Record<string, unknown>) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GraphQLResponse<T>;
    },
  };
}
