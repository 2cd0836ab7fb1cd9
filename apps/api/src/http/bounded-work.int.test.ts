import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestClient, createTestProgram, createTestStaff } from '../testing/factories.js';
import { startTestServer, type Caller, type TestServer } from '../test-support/test-server.js';

/**
 * Bounded work, on servers with ONE pool connection (so the test knows which backend serves the
 * request under test). A statement is held up by an exclusive lock on `program`, which the
 * chart's statement reads (with the client, its episodes and their programs) after the session
 * was read.
 */
const CHART = `query ($id: ID!) { client(id: $id) { id episodes { id program { name } } } }`;

/** As the app role: it sees its own backends' activity (the owner role does not). */
let observer: pg.Client;
let clientId: string;
let staffId: string;

const until = async (what: string, check: () => Promise<boolean>, ms = 10_000) => {
  for (const deadline = Date.now() + ms; !(await check());) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
};

/** Runs `fn` while `program` is locked against every reader. */
async function withProgramLocked<T>(fn: () => Promise<T>): Promise<T> {
  const locker = new pg.Client({ connectionString: inject('databaseUrl') });
  await locker.connect();
  try {
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE program IN ACCESS EXCLUSIVE MODE');
    return await fn();
  } finally {
    await locker.query('ROLLBACK');
    await locker.end();
  }
}

/** The one backend of a server whose pool has a single connection. */
async function backendOf(server: TestServer): Promise<number> {
  const [{ pid }] = await server.database.dataSource.query<[{ pid: number }]>(
    'SELECT pg_backend_pid() AS pid',
  );
  return pid;
}

const activity = async (pid: number) =>
  (
    await observer.query<{ state: string; wait_event_type: string | null; query: string }>(
      'SELECT state, wait_event_type, query FROM pg_stat_activity WHERE pid = $1',
      [pid],
    )
  ).rows[0];

/** The backend waits for a lock on `program` (its statement's text is too long to go by). */
const waitingOnProgram = (pid: number) => async () =>
  (
    await observer.query(
      `SELECT 1 FROM pg_locks WHERE pid = $1 AND NOT granted AND relation = 'program'::regclass`,
      [pid],
    )
  ).rowCount === 1;

const auditedReads = async () =>
  Number(
    (
      await observer.query<{ n: string }>(
        `SELECT count(*) AS n FROM audit_event WHERE client_id = $1 AND actor_staff_id = $2`,
        [clientId, staffId],
      )
    ).rows[0]!.n,
  );

function post(server: TestServer, caller: Caller, query: string, signal?: AbortSignal) {
  return fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: caller.cookie! },
    body: JSON.stringify({ query, variables: { id: clientId } }),
    signal,
  });
}

beforeAll(async () => {
  observer = new pg.Client({ connectionString: inject('appDatabaseUrl') });
  await observer.connect();
});
afterAll(() => observer?.end());

async function setUp(env: Record<string, string>) {
  const server = await startTestServer({ DATABASE_POOL_SIZE: '1', ...env });
  const ds = server.database.dataSource;
  const programId = (await createTestProgram(ds)).id;
  const staff = await createTestStaff(ds, [{ programId, role: 'DIRECTOR' }]);
  staffId = staff.id;
  clientId = (await createTestClient(ds, { programId })).client.id;
  return { server, director: await server.as(staff) };
}

describe('a request whose client goes away', () => {
  let server: TestServer;
  let director: Caller;
  // A statement timeout far beyond the test's waits: only the cancel can end the statement.
  beforeAll(
    async () => ({ server, director } = await setUp({ DATABASE_STATEMENT_TIMEOUT_MS: '60000' })),
  );
  afterAll(() => server?.close());

  it('has its statement cancelled and audits nothing it had read', async () => {
    const pid = await backendOf(server);
    await withProgramLocked(async () => {
      const abandon = new AbortController();
      const request = post(server, director, CHART, abandon.signal).catch(() => 'abandoned');
      await until('the chart waits for the program', waitingOnProgram(pid));
      abandon.abort();
      expect(await request).toBe('abandoned');
      // Cancelled while the lock is still held: nothing else could have ended its wait.
      await until(
        'the backend is idle',
        async () => (await activity(pid))?.state === 'idle',
        3_000,
      );
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(await auditedReads()).toBe(0);

    // The same request, answered: its client and episode are audited (so the check above can fail).
    const res = await post(server, director, CHART);
    expect(res.status).toBe(200);
    expect(await auditedReads()).toBe(2);
  });
});

describe('an overloaded server', () => {
  let server: TestServer;
  let director: Caller;
  beforeAll(
    async () =>
      ({ server, director } = await setUp({
        DATABASE_STATEMENT_TIMEOUT_MS: '1000',
        DATABASE_POOL_WAIT_MS: '200',
      })),
  );
  afterAll(() => server?.close());

  it('answers SERVICE_UNAVAILABLE (503, Retry-After) when no connection frees up in time, and ends a statement at its timeout', async () => {
    const pid = await backendOf(server);
    await withProgramLocked(async () => {
      const started = Date.now();
      const stuck = post(server, director, CHART);
      await until('the chart waits for the program', waitingOnProgram(pid));

      // The only connection is busy: the next request waits DATABASE_POOL_WAIT_MS, no longer.
      const waitedFrom = Date.now();
      const refused = await post(server, director, `{ programs { id } }`);
      expect(Date.now() - waitedFrom).toBeLessThan(1_000);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('1');
      const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');

      // The held-up statement ends at DATABASE_STATEMENT_TIMEOUT_MS, though the lock is still held.
      const res = await stuck;
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(res.status).toBe(503);
      const answer = (await res.json()) as { errors: { extensions: { code: string } }[] };
      expect(answer.errors.map((e) => e.extensions.code)).toContain('SERVICE_UNAVAILABLE');
    });
  });

  it('withholds the data with SERVICE_UNAVAILABLE (503) when the audit of its reads times out', async () => {
    const locker = new pg.Client({ connectionString: inject('databaseUrl') });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      // Reads go on; the audit INSERT waits past DATABASE_STATEMENT_TIMEOUT_MS.
      await locker.query('LOCK TABLE audit_event IN SHARE MODE');
      const res = await post(server, director, CHART);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('1');
      const body = (await res.json()) as {
        data?: unknown;
        errors: { extensions: { code: string } }[];
      };
      // Withheld either way: `data: null`, or (as on CI's database roles) no data at all.
      expect(body.data ?? null).toBe(null);
      expect(body.errors.map((e) => e.extensions.code)).toContain('SERVICE_UNAVAILABLE');
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
  });
});
