import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional();

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    DATABASE_MIGRATION_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(1).default(10_000),
    DATABASE_POOL_WAIT_MS: z.coerce.number().int().min(1).default(3_000),
    /** Comma-separated URLs of read replicas (same role as DATABASE_URL) for read-only queries. */
    DATABASE_REPLICA_URLS: z
      .string()
      .optional()
      .transform((v) =>
        (v ?? '')
          .split(',')
          .map((u) => u.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.url({ protocol: /^postgres(ql)?$/ }))),
    DATABASE_REPLICA_MAX_LAG_MS: z.coerce.number().int().min(0).default(5_000),
    /** A direct (session-mode) connection for LISTEN when DATABASE_URL goes through a pooler. */
    DATABASE_LISTEN_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
    EMBEDDED_PG_DIR: z
      .string()
      .min(1)
      .default(path.join(apiRoot, '.data', 'postgres')),
    WEB_DIST_DIR: z.string().min(1).default(path.resolve(apiRoot, '../web/dist')),
    SEED_DEMO_DATA: flag,
    /** Background jobs (graphile-worker): on in production unless JOBS=off; JOBS=on elsewhere. */
    JOBS: z.enum(['on', 'off']).optional(),
    GRAPHQL_INTROSPECTION: flag,
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
    SESSION_MAX_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(7 * 24)
      .default(12),
    SESSION_CACHE: flag,
    COOKIE_SECURE: flag,
    MFA_REQUIRED: flag,
    // 32 random bytes, base64 (`openssl rand -base64 32`): seals authenticator secrets at rest.
    MFA_SECRET_KEY: z
      .string()
      .refine((v) => Buffer.from(v, 'base64').length === 32, {
        message: 'must be 32 bytes in base64 (openssl rand -base64 32)',
      })
      .optional(),
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:5173'),
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    MAIL_FROM: z.string().min(3).default('Waypoint <no-reply@localhost>'),
    METRICS_ENABLED: flag,
    METRICS_TOKEN: z.string().min(16).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.DATABASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_URL'],
        message: 'is required in production (there is no embedded database there)',
      });
    }
    if (env.NODE_ENV === 'production' && !env.DATABASE_MIGRATION_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_MIGRATION_URL'],
        message:
          'is required in production: migrations run as the role that owns the schema, the API as DATABASE_URL’s restricted role',
      });
    }
    if (env.DATABASE_MIGRATION_URL && !env.DATABASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_URL'],
        message: 'is required with DATABASE_MIGRATION_URL (the role the API runs as)',
      });
    }
    // The demo accounts share a password printed in the README: never in production.
    if (env.NODE_ENV === 'production' && env.SEED_DEMO_DATA === true) {
      ctx.addIssue({
        code: 'custom',
        path: ['SEED_DEMO_DATA'],
        message: 'must not be true in production (the demo accounts have a published password)',
      });
    }
  });

export interface Config {
  /** Whether this process runs the background jobs (main.ts; tests start a runner themselves). */
  jobs: boolean;
  env: 'development' | 'test' | 'production';
  host: string;
  port: number;
  /**
   * The role the API runs as (restricted: no DDL, append-only audit). Absent outside production:
   * an embedded PostgreSQL is started instead.
   */
  databaseUrl: string | undefined;
  /**
   * The role that owns the schema and runs migrations. Absent outside production: databaseUrl is
   * then an administrator from which both roles are derived (db/database-roles.ts).
   */
  databaseMigrationUrl: string | undefined;
  databasePoolSize: number;
  /** No statement of the API runs longer (PostgreSQL's statement_timeout on every connection). */
  databaseStatementTimeoutMs: number;
  /**
   * How long a request waits for a free connection before it is answered SERVICE_UNAVAILABLE
   * (503, Retry-After) instead of queueing behind an overload.
   */
  databasePoolWaitMs: number;
  /** Read replicas: queries (never mutations, never the session lookup) read from one of them. */
  databaseReplicaUrls: string[];
  /** A replica further behind the primary than this is passed over until it catches up. */
  databaseReplicaMaxLagMs: number;
  embeddedPostgres: { port: number; dataDir: string };
  /** The built web app, served by the API in production mode. */
  webDistDir: string;
  seedDemoData: boolean;
  introspection: boolean;
  logLevel: string;
  shutdownTimeoutMs: number;
  session: {
    /** Automatic logoff after this much inactivity (HIPAA). */
    idleMinutes: number;
    /** However active, a session ends this long after sign-in. */
    maxHours: number;
    /** Send the cookie over HTTPS only; on everywhere but development. */
    secureCookie: boolean;
    /**
     * Keep looked-up sessions in memory while listening for changes (session-cache.ts), over
     * `listenUrl` (default: the pool's URL), or look every session up.
     */
    cache: { enabled: boolean; listenUrl: string | undefined };
  };
  mfa: {
    /** Every role that reads client records must use MFA, in every program. */
    requiredEverywhere: boolean;
    /** Seals authenticator secrets in the database; without it they are stored as issued. */
    secretKey: Buffer | null;
  };
  /** Where people open the web app; set-password links are built on it. */
  publicUrl: string;
  /** Outgoing mail; without `smtpUrl` nothing is sent (development and tests need no server). */
  mail: { smtpUrl: string | undefined; from: string };
  /** Prometheus metrics at GET /metrics; with a token, only for `Authorization: Bearer <token>`. */
  metrics: { enabled: boolean; token: string | undefined };
}

export class ConfigError extends Error {}

/** Reads and validates the environment once; every setting the API has is listed here. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  const dev = e.NODE_ENV !== 'production';
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    databaseMigrationUrl: e.DATABASE_MIGRATION_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    databaseStatementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
    databasePoolWaitMs: e.DATABASE_POOL_WAIT_MS,
    databaseReplicaUrls: e.DATABASE_REPLICA_URLS,
    databaseReplicaMaxLagMs: e.DATABASE_REPLICA_MAX_LAG_MS,
    embeddedPostgres: { port: e.EMBEDDED_PG_PORT, dataDir: e.EMBEDDED_PG_DIR },
    webDistDir: e.WEB_DIST_DIR,
    seedDemoData: e.SEED_DEMO_DATA ?? e.NODE_ENV === 'development',
    jobs: (e.JOBS ?? (e.NODE_ENV === 'production' ? 'on' : 'off')) === 'on',
    introspection: e.GRAPHQL_INTROSPECTION ?? dev,
    logLevel: e.LOG_LEVEL,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    session: {
      idleMinutes: e.SESSION_IDLE_MINUTES,
      maxHours: e.SESSION_MAX_HOURS,
      secureCookie: e.COOKIE_SECURE ?? e.NODE_ENV !== 'development',
      cache: { enabled: e.SESSION_CACHE ?? true, listenUrl: e.DATABASE_LISTEN_URL },
    },
    mfa: {
      requiredEverywhere: e.MFA_REQUIRED ?? false,
      secretKey: e.MFA_SECRET_KEY ? Buffer.from(e.MFA_SECRET_KEY, 'base64') : null,
    },
    publicUrl: e.PUBLIC_URL.replace(/\/+$/, ''),
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
    metrics: { enabled: e.METRICS_ENABLED ?? false, token: e.METRICS_TOKEN },
  };
}
