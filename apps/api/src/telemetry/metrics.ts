import { timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { Kind, type OperationDefinitionNode } from 'graphql';
import pg from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/database.js';

/** Distinct operation labels kept; past that, new ones count as "other" (labels cost memory). */
const MAX_OPERATION_LABELS = 300;

export interface Metrics {
  /** Times each GraphQL request and counts its errors by code. */
  plugin: ApolloServerPlugin;
  /** GET /metrics in Prometheus' text format, behind the bearer token when one is set. */
  handler: RequestHandler;
  close(): Promise<void>;
}

/**
 * What an operation is called in metrics: its type and root fields as the schema names them
 * ("query clients", "mutation signIn"). Never the caller's operation name or arguments: those
 * are the caller's own text and may carry client data. Only validated operations get here, so
 * every label is a schema name.
 */
export function operationLabel(operation: OperationDefinitionNode | undefined): string {
  if (!operation) return 'invalid';
  const fields = operation.selectionSet.selections.map((s) =>
    s.kind === Kind.FIELD ? s.name.value : 'fragment',
  );
  return `${operation.operation} ${[...new Set(fields)].sort().join(',')}`;
}

/**
 * Prometheus metrics (prom-client): GraphQL requests per operation (rate and latency), errors by
 * code, the database pool (connections in use, requests waiting), the background job queue, and
 * the process (memory, CPU, event loop). Labels are schema names and error codes only.
 */
export function createMetrics(database: Database, token: string | undefined): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const duration = new Histogram({
    name: 'waypoint_graphql_request_duration_seconds',
    help: 'GraphQL requests by operation (type and root fields), from receipt to response',
    labelNames: ['operation', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'waypoint_graphql_errors_total',
    help: 'Errors in GraphQL responses by code',
    labelNames: ['code'],
    registers: [registry],
  });
  // TypeORM's postgres driver keeps its pg.Pool as `master`.
  const pool = (database.dataSource.driver as unknown as { master: pg.Pool }).master;
  new Gauge({
    name: 'waypoint_db_pool_connections',
    help: 'Database pool connections by state',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      this.set({ state: 'in_use' }, pool.totalCount - pool.idleCount);
      this.set({ state: 'idle' }, pool.idleCount);
    },
  });
  new Gauge({
    name: 'waypoint_db_pool_waiting',
    help: 'Requests waiting for a database connection',
    registers: [registry],
    collect() {
      this.set(pool.waitingCount);
    },
  });
  // graphile-worker keeps its queue in a schema of the owner's, which the app role cannot read.
  const owner = new pg.Pool({
    connectionString: database.ownerUrl,
    max: 1,
    idleTimeoutMillis: 30_000,
    application_name: 'waypoint-metrics',
  });
  new Gauge({
    name: 'waypoint_job_queue_depth',
    help: 'Background jobs (graphile-worker) by state',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const { rows } = await owner.query<Record<string, string>>(JOB_QUEUE_SQL).catch((err) => {
        if (noQueueYet(err))
          return { rows: [{ ready: '0', scheduled: '0', running: '0', failed: '0' }] };
        throw err;
      });
      for (const [state, count] of Object.entries(rows[0] ?? {}))
        this.set({ state }, Number(count));
    },
  });

  const seen = new Set<string>();
  const labelFor = (operation: OperationDefinitionNode | undefined) => {
    const label = operationLabel(operation);
    if (seen.has(label)) return label;
    if (seen.size >= MAX_OPERATION_LABELS) return 'other';
    seen.add(label);
    return label;
  };

  const plugin: ApolloServerPlugin = {
    requestDidStart() {
      const stop = duration.startTimer();
      return Promise.resolve({
        willSendResponse({ operation, response }) {
          const found =
            response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          for (const e of found) errors.inc({ code: codeOf(e.extensions?.code) });
          stop({ operation: labelFor(operation), outcome: found.length ? 'error' : 'ok' });
          return Promise.resolve();
        },
      });
    },
  };

  const expected = token ? Buffer.from(`Bearer ${token}`) : null;
  const handler: RequestHandler = (req, res, next) => {
    if (expected) {
      const given = Buffer.from(req.get('authorization') ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        res.status(401).json({ error: 'unauthorized' });
        return;
      }
    }
    registry.metrics().then((text) => {
      res.setHeader('content-type', registry.contentType);
      res.setHeader('cache-control', 'no-store');
      res.send(text);
    }, next);
  };

  return { plugin, handler, close: () => owner.end() };
}

const JOB_QUEUE_SQL = `
  SELECT
    count(*) FILTER (WHERE is_available AND run_at <= now()) AS ready,
    count(*) FILTER (WHERE is_available AND run_at > now()) AS scheduled,
    count(*) FILTER (WHERE locked_at IS NOT NULL) AS running,
    count(*) FILTER (WHERE attempts >= max_attempts) AS failed
  FROM graphile_worker._private_jobs`;

/** Undefined table or schema: no job runner has created its queue in this database yet. */
const noQueueYet = (err: unknown) =>
  ['42P01', '3F000'].includes((err as { code?: string }).code ?? '');

/** Error codes are ours or graphql-js's (UPPER_SNAKE); anything else is counted as OTHER. */
function codeOf(code: unknown): string {
  return typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? code : 'OTHER';
}
