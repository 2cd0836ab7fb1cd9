import { inject } from 'vitest';
import { loadConfig } from '../config/config.js';
import { createLogger, type Logger } from '../logging/logger.js';
import { SESSION_COOKIE } from '../modules/auth/session-cookie.js';
import { createSession } from '../modules/auth/session.service.js';
import { sessionCacheOf } from '../modules/auth/session-cache.js';
import { startServer, type RunningServer } from '../server.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  /** From the x-request-id response header, to find the request's audit events. */
  requestId: string;
  status: number;
}

export interface Caller {
  /** POSTs one operation over real HTTP, as the web app does, with this caller's cookie. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  cookie: string | undefined;
}

export interface TestServer extends RunningServer {
  /** No session at all. */
  anonymous: Caller;
  /** A fresh session for this member of staff (created directly, skipping the password). */
  as(staff: { id: string }): Promise<Caller>;
  /** A caller holding whatever cookie it is given (e.g. one from signIn's Set-Cookie). */
  withCookie(cookie: string | undefined): Caller;
  /** After sessions, accounts or roles were changed by hand in SQL: the server has heard of it. */
  sessionChangesHeard(): Promise<void>;
}

/**
 * A real API (HTTP, Apollo, PostgreSQL) on a free port, against the run's test database, running
 * as the restricted app role with migrations as the owner, as in production. A test that reads
 * the log output passes its own logger.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  options: { logger?: Logger } = {},
): Promise<TestServer> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: inject('appDatabaseUrl'),
    DATABASE_MIGRATION_URL: inject('databaseUrl'),
    DATABASE_POOL_SIZE: '4',
    WEB_DIST_DIR: '/nonexistent',
    ...env,
  });
  const server = await startServer(
    config,
    options.logger ?? createLogger(process.env.LOG_LEVEL ?? 'silent'),
  );
  const withCookie = (cookie: string | undefined): Caller => ({
    cookie,
    async gql<T>(
      query: string,
      variables?: Record<string, unknown>,
      headers: Record<string, string> = {},
    ) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(cookie ? { cookie } : {}),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as Omit<GraphQLResponse<T>, 'requestId' | 'status'>;
      return { ...body, requestId: res.headers.get('x-request-id')!, status: res.status };
    },
  });
  return {
    ...server,
    anonymous: withCookie(undefined),
    withCookie,
    sessionChangesHeard: async () =>
      sessionCacheOf(server.database.dataSource)?.settled(server.database.dataSource),
    async as(staff) {
      const { token } = await createSession(
        server.database.dataSource,
        staff.id,
        config.session.maxHours,
      );
      return withCookie(`${SESSION_COOKIE}=${token}`);
    },
  };
}
