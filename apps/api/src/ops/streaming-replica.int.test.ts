import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../db/data-source.js';
import { migrateAsOwner } from '../db/database.js';
import { provisionRoles, type DatabaseRoles } from '../db/database-roles.js';
import { REPLICA_CHECK_MS } from '../db/read-replicas.js';
import { eventually } from '../test-support/replica-process.js';
import {
  findPostgresBinaries,
  startStreamingPair,
  type StreamingPair,
} from '../test-support/streaming-cluster.js';
import { startTestServer, type Caller, type TestServer } from '../test-support/test-server.js';
import { createTestClient, createTestProgram, createTestStaff } from '../testing/factories.js';

/**
 * DATABASE_REPLICA_URLS against a real streaming replica: a primary of the test's own and a hot
 * standby made from it with `pg_basebackup -R`. Pausing the standby's replay makes what a request
 * read visible: an answer without the primary's latest change came from the standby.
 */

const binaries = findPostgresBinaries();
if ('missing' in binaries) {
  console.warn(`streaming replica test skipped: ${binaries.missing}`);
}

const CLIENT = `query ($id: ID!) { client(id: $id) { preferredName version } }`;
const UPDATE = `mutation ($input: UpdateClientInput!) {
  updateClient(input: $input) { ... on Client { preferredName version } }
}`;
const CENSUS = `{ directorDashboard { census { count program { id } } } }`;
const CLIENTS = `{ clients(first: 1) { totalCount } }`;

const DATABASE = 'waypoint_stream';
let pair: StreamingPair;
let roles: DatabaseRoles;
let owner: DataSource;
let standbyAdmin: pg.Client;
let server: TestServer;
let programId: string;
let clientId: string;
let clinician: Caller;
let director: Caller;

const onDatabase = (url: string, port?: number) => {
  const u = new URL(url);
  u.pathname = `/${DATABASE}`;
  if (port) u.port = String(port);
  return u.toString();
};

const standbyScalar = async <T>(sql: string): Promise<T> =>
  ((await standbyAdmin.query<{ v: T }>(sql)).rows[0] as { v: T }).v;

/** Until the standby has replayed everything the primary has written so far. */
async function caughtUp() {
  const [{ lsn }] = await owner.query<[{ lsn: string }]>('SELECT pg_current_wal_lsn() AS lsn');
  await eventually('the standby caught up', () =>
    standbyScalar<boolean>(`SELECT pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn AS v`),
  );
}

async function pauseReplay() {
  await standbyAdmin.query('SELECT pg_wal_replay_pause()');
  await eventually('replay paused', async () => {
    return (
      (await standbyScalar<string>('SELECT pg_get_wal_replay_pause_state() AS v')) === 'paused'
    );
  });
}

const censusOf = async (caller: Caller) => {
  const answer = await caller.gql<{
    directorDashboard: { census: { count: number; program: { id: string } }[] };
  }>(CENSUS);
  expect(answer.errors).toBeUndefined();
  return answer
    .data!.directorDashboard.census.filter((c) => c.program.id === programId)
    .reduce((sum, c) => sum + c.count, 0);
};

const nameOf = async (caller: Caller) => {
  const answer = await caller.gql<{ client: { preferredName: string; version: number } }>(CLIENT, {
    id: clientId,
  });
  expect(answer.errors).toBeUndefined();
  return { ...answer.data!.client, requestId: answer.requestId };
};

describe.skipIf('missing' in binaries)('a real streaming replica (pg_basebackup -R)', () => {
  beforeAll(async () => {
    pair = await startStreamingPair((binaries as { dir: string }).dir);
    const admin = new pg.Client({ connectionString: pair.primary.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${DATABASE}`);
    await admin.end();
    roles = await provisionRoles(onDatabase(pair.primary.url));
    await migrateAsOwner(roles.ownerUrl, new URL(roles.appUrl).username);
    owner = createDataSource(roles.ownerUrl, 2);
    await owner.initialize();
    ({ id: programId } = await createTestProgram(owner));
    const clinicianId = (await createTestStaff(owner, [{ programId, role: 'CLINICIAN' }])).id;
    const directorId = (await createTestStaff(owner, [{ programId, role: 'DIRECTOR' }])).id;
    ({
      client: { id: clientId },
    } = await createTestClient(
      owner,
      { programId, primaryClinicianId: clinicianId },
      { preferredName: 'Robin' },
    ));
    standbyAdmin = new pg.Client({ connectionString: onDatabase(pair.standby.url) });
    // Its connection ends when the last test stops the standby.
    standbyAdmin.on('error', () => undefined);
    await standbyAdmin.connect();
    await caughtUp();

    server = await startTestServer({
      DATABASE_URL: roles.appUrl,
      DATABASE_MIGRATION_URL: roles.ownerUrl,
      DATABASE_REPLICA_URLS: onDatabase(roles.appUrl, pair.standby.port),
      // Replay is paused on purpose below: the standby stays in use however far behind it falls.
      DATABASE_REPLICA_MAX_LAG_MS: '600000',
    });
    clinician = await server.as({ id: clinicianId });
    director = await server.as({ id: directorId });
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await owner?.destroy();
    await standbyAdmin?.end().catch(() => undefined);
    await pair?.close();
  });

  it('serves dashboards and lists from the standby, a mutation and the audit trail from the primary', async () => {
    expect(await standbyScalar<boolean>('SELECT pg_is_in_recovery() AS v')).toBe(true);
    expect((await nameOf(clinician)).preferredName).toBe('Robin');
    const census = await censusOf(director);
    const listed = async () =>
      (await director.gql<{ clients: { totalCount: number } }>(CLIENTS)).data?.clients.totalCount;
    const total = await listed();

    await pauseReplay();
    // A new client on the primary, and a change made through the API: neither reaches the standby.
    await createTestClient(owner, { programId });
    const { version } = await nameOf(clinician);
    const saved = await clinician.gql<{ updateClient: { preferredName: string } }>(UPDATE, {
      input: { id: clientId, version, preferredName: 'Sky' },
    });
    expect(saved.errors).toBeUndefined();
    // The mutation's read of its own write, in the same request: the primary.
    expect(saved.data?.updateClient.preferredName).toBe('Sky');

    // Queries answer what the paused standby has.
    const read = await nameOf(clinician);
    expect(read.preferredName).toBe('Robin');
    expect(await censusOf(director)).toBe(census);
    expect(await listed()).toBe(total);
    const [{ n: replicaConnections }] = (
      await standbyAdmin.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = $1 AND application_name = 'waypoint-api-replica'`,
        [DATABASE],
      )
    ).rows as [{ n: number }];
    expect(replicaConnections).toBeGreaterThan(0);

    // That read was audited on the primary; the paused standby has not seen the audit row.
    const auditedSql = `SELECT count(*)::int AS n FROM audit_event
      WHERE action = 'READ' AND record_type = 'Client' AND request_id = $1`;
    const [{ n: onPrimary }] = await owner.query<[{ n: number }]>(auditedSql, [read.requestId]);
    expect(onPrimary).toBe(1);
    const onStandby = await standbyAdmin.query<{ n: number }>(auditedSql, [read.requestId]);
    expect(onStandby.rows[0]?.n).toBe(0);

    // Replay resumed: the standby catches up and the queries show both changes.
    await standbyAdmin.query('SELECT pg_wal_replay_resume()');
    await caughtUp();
    expect((await nameOf(clinician)).preferredName).toBe('Sky');
    expect(await censusOf(director)).toBe(census + 1);
    expect(await listed()).toBe((total ?? 0) + 1);
  }, 60_000);

  it('keeps answering from the primary once the standby is stopped', async () => {
    await pauseReplay();
    const { version } = await nameOf(clinician);
    const saved = await clinician.gql(UPDATE, {
      input: { id: clientId, version, preferredName: 'Wren' },
    });
    expect(saved.errors).toBeUndefined();
    expect((await nameOf(clinician)).preferredName).toBe('Sky');

    await pair.standby.stopNow();
    const stoppedAt = Date.now();
    // Until the next check passes the standby over, a query may be answered SERVICE_UNAVAILABLE
    // (docs/deploy.md); never anything else.
    const codes = new Set<unknown>();
    let answered: string | undefined;
    while (answered !== 'Wren' && Date.now() - stoppedAt < 3 * REPLICA_CHECK_MS) {
      const answer = await clinician.gql<{ client: { preferredName: string } }>(CLIENT, {
        id: clientId,
      });
      answer.errors?.forEach((e) => codes.add(e.extensions?.code));
      answered = answer.data?.client.preferredName;
    }
    expect([...codes].filter((c) => c !== 'SERVICE_UNAVAILABLE')).toEqual([]);
    expect(answered, 'the primary serves the reads, with the latest change').toBe('Wren');
    for (let i = 0; i < 10; i++) expect((await nameOf(clinician)).preferredName).toBe('Wren');
    expect(await censusOf(director)).toBeGreaterThan(0);
  }, 60_000);
});
