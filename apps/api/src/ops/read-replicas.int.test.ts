import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../db/data-source.js';
import { migrateAsOwner } from '../db/database.js';
import { eventually, replicaDatabase } from '../test-support/replica-process.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { createScratchDatabase, freePort, onDatabase } from '../testing/scratch-database.js';
import { createTestClient, createTestProgram, createTestStaff } from '../testing/factories.js';

/**
 * DATABASE_REPLICA_URLS on a second database of the run's server (a streaming standby of a
 * primary of its own is streaming-replica.int.test.ts); the
 * replica here is a copy of the primary taken at one moment (CREATE DATABASE … TEMPLATE) and
 * opened read-only, as a hot standby is: a replica that stopped replaying there. What a request
 * answers then shows which database it read, and a write sent to the replica would fail.
 */

const CLIENT = `query ($id: ID!) { client(id: $id) { preferredName version } }`;
const UPDATE = `mutation ($input: UpdateClientInput!) {
  updateClient(input: $input) { ... on Client { preferredName version } }
}`;

let primary: Awaited<ReturnType<typeof replicaDatabase>>;
let copy: Awaited<ReturnType<typeof createScratchDatabase>>;
let copyName: string;
let owner: DataSource;
let server: TestServer | undefined;
let clinicianId: string;
let directorId: string;
let clientId: string;

beforeAll(async () => {
  primary = await replicaDatabase('wp_readrep');
  await migrateAsOwner(primary.ownerUrl, new URL(primary.appUrl).username);
  owner = createDataSource(primary.ownerUrl, 2);
  await owner.initialize();
  const { id: programId } = await createTestProgram(owner);
  clinicianId = (await createTestStaff(owner, [{ programId, role: 'CLINICIAN' }])).id;
  directorId = (await createTestStaff(owner, [{ programId, role: 'DIRECTOR' }])).id;
  const { client } = await createTestClient(
    owner,
    { programId, primaryClinicianId: clinicianId },
    { preferredName: 'Robin' },
  );
  clientId = client.id;
  await owner.destroy();

  // The replica: the primary as it is now (the copy needs the source without connections; the
  // ones just closed may take a moment to go).
  const source = new URL(primary.ownerUrl).pathname.slice(1);
  await eventually('the primary copied', async () => {
    copy = await createScratchDatabase(primary.ownerUrl, 'wp_readrep_copy', source);
    return true;
  });
  copyName = new URL(copy.url).pathname.slice(1);
  owner = createDataSource(primary.ownerUrl, 2);
  await owner.initialize();
}, 120_000);

afterAll(async () => {
  await server?.close();
  await owner?.destroy();
  await copy?.drop();
  await primary?.drop();
});

const start = (replicaUrls: string) =>
  startTestServer({
    DATABASE_URL: primary.appUrl,
    DATABASE_MIGRATION_URL: primary.ownerUrl,
    DATABASE_REPLICA_URLS: replicaUrls,
  });

describe('DATABASE_REPLICA_URLS', () => {
  it('queries read from the replica; mutations, the session lookup and the audit trail use the primary', async () => {
    const replicaUrl = new URL(onDatabase(primary.appUrl, copyName));
    // As a hot standby: any write sent there fails.
    replicaUrl.searchParams.set('options', '-c default_transaction_read_only=on');
    // Two entries, one of them unreachable: reads go to the one that answers.
    server = await start(
      `${replicaUrl.toString()},postgres://nobody@127.0.0.1:${await freePort()}/none`,
    );
    // The session exists on the primary only.
    const clinician = await server.as({ id: clinicianId });

    const before = await clinician.gql<{ client: { preferredName: string; version: number } }>(
      CLIENT,
      { id: clientId },
    );
    expect(before.errors).toBeUndefined();
    expect(before.data?.client.preferredName).toBe('Robin');

    const saved = await clinician.gql<{ updateClient: { preferredName: string } }>(UPDATE, {
      input: { id: clientId, version: before.data!.client.version, preferredName: 'Sky' },
    });
    expect(saved.errors, 'the mutation reads its own write, on the primary').toBeUndefined();
    expect(saved.data?.updateClient.preferredName).toBe('Sky');

    // The replica never replayed that change: a query answering the old name read from it.
    const after = await clinician.gql<{ client: { preferredName: string } }>(CLIENT, {
      id: clientId,
    });
    expect(after.errors).toBeUndefined();
    expect(after.data?.client.preferredName).toBe('Robin');

    // Each read was audited on the primary (the replica is read-only).
    const audited = await owner.query<{ request_id: string }[]>(
      `SELECT request_id FROM audit_event
        WHERE action = 'READ' AND record_type = 'Client' AND record_id = $1`,
      [clientId],
    );
    expect(audited.map((r) => r.request_id)).toEqual(
      expect.arrayContaining([before.requestId, after.requestId]),
    );
    const connections = await owner.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = $1 AND application_name = 'waypoint-api-replica'`,
      [copyName],
    );
    expect(connections[0]?.n).toBeGreaterThan(0);

    // A refusal read on the replica is still audited, on the primary (the replica is read-only).
    const { id: elsewhere } = await createTestProgram(owner);
    const outsider = await server.as({
      id: (await createTestStaff(owner, [{ programId: elsewhere, role: 'CLINICIAN' }])).id,
    });
    const refused = await outsider.gql(CLIENT, { id: clientId });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const denied = await owner.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE request_id = $1 AND outcome = 'DENIED'`,
      [refused.requestId],
    );
    expect(denied[0]?.n).toBe(1);

    // A query that writes as it answers (the FHIR export is recorded as a disclosure) is served
    // by the primary: on the read-only replica its insert would fail.
    const director = await server.as({ id: directorId });
    const exported = await director.gql<{ clientFhirBundle: { resourceType: string } }>(
      `query ($id: ID!) { clientFhirBundle(clientId: $id) }`,
      { id: clientId },
    );
    expect(exported.errors).toBeUndefined();
    expect(exported.data?.clientFhirBundle.resourceType).toBe('Bundle');
    const disclosed = await owner.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM disclosure WHERE client_id = $1`,
      [clientId],
    );
    expect(disclosed[0]?.n).toBeGreaterThan(0);
    await server.close();
    server = undefined;
  }, 120_000);

  it('reads from the primary when no replica can be reached', async () => {
    server = await start(`postgres://nobody@127.0.0.1:${await freePort()}/none`);
    const clinician = await server.as({ id: clinicianId });
    const answer = await clinician.gql<{ client: { preferredName: string } }>(CLIENT, {
      id: clientId,
    });
    expect(answer.errors).toBeUndefined();
    const [onPrimary] = await owner.query<{ preferred_name: string }[]>(
      `SELECT preferred_name FROM client WHERE id = $1`,
      [clientId],
    );
    expect(answer.data?.client.preferredName).toBe(onPrimary?.preferred_name);
  }, 120_000);
});
