import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import type { Config } from '../config/config.js';
import { seedDemoClinic } from '../db/seed/demo-clinic.js';
import { DEMO_STAFF } from '../db/seed/demo-staff.js';
import { buildWaypointSchema } from '../graphql/schema.js';
import type { Logger } from '../logging/logger.js';
import { ClientScope } from '../modules/access/client-scope.js';
import { AuditTrail } from '../modules/audit/audit-trail.js';
import { SESSION_COOKIE } from '../modules/auth/session-cookie.js';
import { createSession, resolveSession } from '../modules/auth/session.service.js';
import { startServer } from '../server.js';
import { operationGenerator, type FuzzOperation } from './operations.js';
import { recordsOutsideScope } from './records-outside-scope.js';

export interface Finding {
  problem: string;
  role: string;
  operation: FuzzOperation;
  status: number;
  body: string;
}

export interface FuzzReport {
  runs: number;
  /** Requests per root field sent, and how many got data back without errors. */
  fields: number;
  answeredWithData: number;
  findings: Finding[];
  healthyAtEnd: boolean;
}

/** A stack frame ("at fn (file.js:1:2)") anywhere in a response. */
const stackTrace = /\bat (?:async )?[\w$.<>[\] ]*\(?(?:file:|node:|\/)[^)\s]*:\d+:\d+/;
/** PostgreSQL's and TypeORM's own words: an answer that quotes the database or its SQL. */
const sqlText =
  /syntax error at or near|violates (?:foreign key|unique|check|not-null) constraint|duplicate key value|relation "[^"]+" does not exist|column "[^"]+" (?:does not exist|of relation)|invalid input syntax for|current transaction is aborted|QueryFailedError|\bSELECT\b[^"]{0,200}\bFROM\s+"?[a-z_]+"?\s|\bINSERT INTO\s+"?[a-z_]+"?\s*\(|\bUPDATE\s+"?[a-z_]+"?\s+SET\b/i;

interface Caller {
  role: string;
  staffId: string;
  cookie: string;
  scope: ClientScope;
}

/**
 * Starts the API (HTTP, Apollo, PostgreSQL) on `config`'s database, seeds the demo clinic, and
 * sends `runs` generated requests as the demo staff, one role after another at random (and
 * anonymously). Each answer must have no 5xx status, no INTERNAL_SERVER_ERROR, no stack trace, no
 * SQL, and no client record the caller may not read — a client, an episode, a plan, a note… each
 * judged on its own episode or client by ClientScope, the policy's own SQL, as of the moment after
 * the answer (records-outside-scope.ts). The server must still be ready at the end.
 */
export async function fuzzApi(options: {
  config: Config;
  logger: Logger;
  runs: number;
  seed: number;
  onProgress?: (done: number) => void;
}): Promise<FuzzReport> {
  const { config, logger, runs, seed } = options;
  const server = await startServer(config, logger, async ({ dataSource }) => {
    await seedDemoClinic(dataSource);
  });
  try {
    const db = server.database.dataSource;
    const schema = await buildWaypointSchema();
    const realIds = await sampleIds(db);
    const callers = await signInDemoStaff(db, config);
    const findings: Finding[] = [];
    const fields = new Set<string>();
    let answeredWithData = 0;
    let done = 0;

    const send = async (caller: Caller | null, operation: FuzzOperation) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(caller ? { cookie: caller.cookie } : {}),
        },
        body: JSON.stringify({ query: operation.query, variables: operation.variables }),
      });
      return { status: res.status, text: await res.text() };
    };

    await fc.assert(
      fc.asyncProperty(
        operationGenerator(schema, realIds),
        fc.integer({ min: 0, max: callers.length }),
        async (operation, which) => {
          const caller = callers[which] ?? null;
          fields.add(operation.field);
          let { status, text } = await send(caller, operation);
          if (caller && text.includes('"UNAUTHENTICATED"')) {
            // A fuzzed signOut or deactivation ended the session: sign in again and resend.
            if (await renewSession(db, config, caller))
              ({ status, text } = await send(caller, operation));
          }
          const problems: string[] = [];
          if (status >= 500) problems.push(`HTTP ${status}`);
          if (text.includes('"INTERNAL_SERVER_ERROR"')) problems.push('INTERNAL_SERVER_ERROR');
          if (stackTrace.test(text)) problems.push('stack trace');
          const body = parse(text);
          const messages = JSON.stringify(body?.errors ?? []);
          if (sqlText.test(messages) || /syntax error at or near|QueryFailedError/.test(text)) {
            problems.push('SQL text');
          }
          if (body?.data && !body.errors) answeredWithData++;
          if (caller && body?.data) {
            problems.push(...(await recordsOutsideScope(caller.scope, body.data)));
          }
          if (!body) problems.push('not JSON');
          for (const problem of problems) {
            findings.push({
              problem,
              role: caller?.role ?? 'anonymous',
              operation,
              status,
              body: text.slice(0, 2_000),
            });
          }
          options.onProgress?.(++done);
          // Findings are collected, not thrown: one run reports every kind of problem.
          return true;
        },
      ),
      { numRuns: runs, seed, endOnFailure: true },
    );
    const healthyAtEnd = await fetch(`${server.url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    return { runs: done, fields: fields.size, answeredWithData, findings, healthyAtEnd };
  } finally {
    await server.close();
  }
}

function parse(text: string): { data?: unknown; errors?: unknown[] } | null {
  try {
    return JSON.parse(text) as { data?: unknown; errors?: unknown[] };
  } catch {
    return null;
  }
}

/** A few ids of every table's records: plans, goals, sessions, referrals… as well as clients. */
async function sampleIds(db: DataSource): Promise<string[]> {
  const tables = await db.query<{ table_name: string }[]>(
    `SELECT c.relname AS table_name FROM pg_class c
     JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'id' AND a.atttypid = 'uuid'::regtype
     WHERE c.relkind IN ('r', 'p') AND has_table_privilege(c.oid, 'SELECT')
     ORDER BY c.relname`,
  );
  const ids: string[] = [];
  for (const { table_name } of tables) {
    const rows = await db.query<{ id: string }[]>(
      `SELECT id FROM ${db.driver.escape(table_name)} ORDER BY id LIMIT 5`,
    );
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

async function signInDemoStaff(db: DataSource, config: Config): Promise<Caller[]> {
  const rows = await db.query<{ id: string; email: string }[]>(
    `SELECT id, email FROM staff WHERE email = ANY($1) AND active`,
    [DEMO_STAFF.map((s) => s.email)],
  );
  const callers: Caller[] = [];
  for (const row of rows) {
    const role = DEMO_STAFF.find((s) => s.email === row.email)!.role;
    const caller = {
      role,
      staffId: row.id,
      cookie: '',
      scope: undefined as unknown as ClientScope,
    };
    if (await renewSession(db, config, caller)) callers.push(caller);
  }
  return callers;
}

/** A new session for the caller (false when the account can no longer sign in). */
async function renewSession(db: DataSource, config: Config, caller: Caller): Promise<boolean> {
  const { token } = await createSession(db, caller.staffId, config.session.maxHours);
  const viewer = await resolveSession(db, token, config.session.idleMinutes);
  if (!viewer) return false;
  caller.cookie = `${SESSION_COOKIE}=${token}`;
  caller.scope = new ClientScope(db, viewer, new AuditTrail(db, 'fuzz', viewer.staffId));
  return true;
}
