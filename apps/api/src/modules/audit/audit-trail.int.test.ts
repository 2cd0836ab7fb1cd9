import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDataSource } from '../../db/data-source.js';
import { createTestClient, createTestProgram, createTestStaff } from '../../testing/factories.js';
import { conflictIn, saveAnswer } from '../../test-support/save-result.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';
import { AuditTrail } from './audit-trail.js';

let server: TestServer;
let director: Caller;
let clinician: Caller;
let programId: string;

const audited = (requestId: string, recordType: string) =>
  server.database.dataSource.query<
    { record_id: string; client_id: string; outcome: string; action: string }[]
  >(
    `SELECT record_id, client_id, outcome, action FROM audit_event WHERE request_id = $1 AND record_type = $2`,
    [requestId, recordType],
  );

beforeAll(async () => {
  server = await startTestServer();
  const ds = server.database.dataSource;
  programId = (await createTestProgram(ds)).id;
  director = await server.as(await createTestStaff(ds, [{ programId, role: 'DIRECTOR' }]));
  const me = await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]);
  clinician = await server.as(me);
  for (let i = 0; i < 7; i++) {
    await createTestClient(
      ds,
      { programId, primaryClinicianId: i < 3 ? me.id : null },
      { lastName: `Audited ${i}` },
    );
  }
});
afterAll(() => server?.close());

describe('audit trail', () => {
  it('a list read audits exactly the clients in the response, in one statement', async () => {
    const res = await director.gql<{ clients: { edges: { node: { id: string } }[] } }>(
      `query ($p: ID) { clients(first: 4, filter: { programId: $p, search: "Audited" }) { edges { node { id } } } }`,
      { p: programId },
    );
    const returned = res.data!.clients.edges.map((e) => e.node.id).sort();
    expect(returned).toHaveLength(4);
    const rows = await audited(res.requestId, 'Client');
    expect(rows.map((r) => r.client_id).sort()).toEqual(returned);
    expect(rows.every((r) => r.action === 'READ' && r.outcome === 'SUCCESS')).toBe(true);
  });

  it('nested reads are audited with the episodes actually returned', async () => {
    const res = await clinician.gql<{
      clients: { edges: { node: { id: string; episodes: { id: string }[] } }[] };
    }>(
      `query { clients(first: 20, filter: { search: "Audited" }) { edges { node { id episodes { id } } } } }`,
    );
    const nodes = res.data!.clients.edges.map((e) => e.node);
    expect(nodes).toHaveLength(3); // only the clinician's own caseload
    const episodes = await audited(res.requestId, 'Episode');
    expect(episodes.map((r) => r.record_id).sort()).toEqual(
      nodes.flatMap((n) => n.episodes.map((e) => e.id)).sort(),
    );
    expect(new Set(episodes.map((r) => r.client_id))).toEqual(new Set(nodes.map((n) => n.id)));
  });

  it('a refused by-id read is audited as DENIED', async () => {
    const ds = server.database.dataSource;
    const { client } = await createTestClient(ds, { programId });
    const res = await clinician.gql(`query ($id: ID!) { client(id: $id) { id } }`, {
      id: client.id,
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      breakGlassAvailable: true,
    });
    expect(await audited(res.requestId, 'Client')).toEqual([
      { record_id: client.id, client_id: client.id, outcome: 'DENIED', action: 'READ' },
    ]);
  });

  it('a director sees who opened a chart, and when', async () => {
    const ds = server.database.dataSource;
    const { client } = await createTestClient(ds, { programId });
    await director.gql(`query ($id: ID!) { client(id: $id) { id } }`, { id: client.id });
    await clinician.gql(`query ($id: ID!) { client(id: $id) { id } }`, { id: client.id });
    const res = await director.gql<{
      chartAccessLog: {
        totalCount: number;
        edges: { node: { action: string; outcome: string; actor: { id: string } } }[];
      };
    }>(
      `query ($id: ID!) { chartAccessLog(clientId: $id, first: 10) { totalCount edges { node { action outcome occurredAt actor { id } } } } }`,
      {
        id: client.id,
      },
    );
    expect(res.data!.chartAccessLog.edges.map((e) => `${e.node.action}:${e.node.outcome}`)).toEqual(
      ['READ:DENIED', 'READ:SUCCESS'],
    );
  });

  it('every event names the operation that caused it: a list, a chart opening, a change', async () => {
    const ds = server.database.dataSource;
    const operations = (requestId: string) =>
      ds.query<{ operation: string | null; action: string }[]>(
        `SELECT operation, action FROM audit_event WHERE request_id = $1`,
        [requestId],
      );
    const list = await director.gql(
      `query ($p: ID) { clients(first: 2, filter: { programId: $p, search: "Audited" }) { edges { node { id episodes { id } } } } }`,
      { p: programId },
    );
    const listed = await operations(list.requestId);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((r) => r.operation === 'clients')).toBe(true);

    const me = await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]);
    const caller = await server.as(me);
    const { client } = await createTestClient(ds, { programId, primaryClinicianId: me.id });
    const opened = await caller.gql(`query ($id: ID!) { client(id: $id) { id episodes { id } } }`, {
      id: client.id,
    });
    const openedRows = await operations(opened.requestId);
    expect(openedRows.length).toBeGreaterThan(0);
    expect(openedRows.every((r) => r.operation === 'client')).toBe(true);

    const updated = await caller.gql(
      `mutation ($input: UpdateClientInput!) { updateClient(input: $input) { ... on Client { id } } }`,
      { input: { id: client.id, version: 1, pronouns: 'they/them' } },
    );
    expect(updated.errors).toBeUndefined();
    const updatedRows = await operations(updated.requestId);
    expect(updatedRows.map((r) => r.action)).toContain('UPDATE');
    expect(updatedRows.every((r) => r.operation === 'updateClient')).toBe(true);

    const both = await caller.gql(
      `query ($id: ID!) { me { idleTimeoutMinutes } client(id: $id) { id } }`,
      {
        id: client.id,
      },
    );
    expect(both.errors).toBeUndefined();
    expect(new Set((await operations(both.requestId)).map((r) => r.operation))).toEqual(
      new Set(['me,client']),
    );
  });

  it('any text is stored as given, a lone surrogate as U+FFFD, as array values stored it', async () => {
    const ds = server.database.dataSource;
    const notes = [
      'quote " backslash \\ newline \n tab \t',
      'ünïcödé — 🙂 (a surrogate pair)',
      'lone high \uD83D and low \uDE42',
      'written out: \\ud800',
    ];
    const trail = new AuditTrail(ds, `texts-${Date.now()}`, null, 'caller-\uD800');
    // Reads go through the shared writer, other events straight to their INSERT.
    for (const [i, note] of notes.entries()) {
      trail.read('Client', `record-${i}`, randomUUID());
      await trail.write({
        action: 'READ',
        recordType: 'Note',
        recordId: `record-${i}`,
        clientId: null,
        outcome: 'SUCCESS',
        note,
      });
    }
    await trail.flushReads();
    const rows = await ds.query<
      { record_type: string; note: string | null; correlation_id: string }[]
    >(
      `SELECT record_type, note, correlation_id FROM audit_event WHERE request_id = $1 ORDER BY id`,
      [trail.requestId],
    );
    expect(rows.filter((r) => r.record_type === 'Note').map((r) => r.note)).toEqual([
      notes[0],
      notes[1],
      'lone high \uFFFD and low \uFFFD',
      notes[3],
    ]);
    expect(rows.filter((r) => r.record_type === 'Client')).toHaveLength(notes.length);
    expect(new Set(rows.map((r) => r.correlation_id))).toEqual(new Set(['caller-\uFFFD']));
  });
});

describe('tamper resistance', () => {
  it("the API's database role can neither change audit events nor lift the guard", async () => {
    const app = server.database.dataSource;
    const [{ role }] = await app.query<[{ role: string }]>('SELECT current_user AS role');
    const refusals = [
      `SET session_replication_role = replica`,
      `ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete`,
      `ALTER TABLE audit_event DISABLE TRIGGER ALL`,
      `DROP TRIGGER audit_event_unsealed ON audit_event`,
      `ALTER TABLE audit_event DISABLE TRIGGER audit_event_unsealed`,
      `UPDATE audit_event SET hash = NULL`,
      `UPDATE audit_event SET chain_seq = NULL, prev_hash = NULL, hash = NULL`,
      `UPDATE audit_event SET outcome = 'SUCCESS' WHERE outcome = 'DENIED'`,
      `DELETE FROM audit_event`,
      `TRUNCATE audit_event`,
      `UPDATE audit_chain_head SET seq = 0`,
      `SELECT 1 FROM audit_chain_head FOR UPDATE`,
      `DELETE FROM audit_chain_head`,
      `CREATE OR REPLACE FUNCTION seal_audit_chain(max_rows integer) RETURNS integer
         LANGUAGE sql AS 'SELECT 0'`,
      `ALTER FUNCTION seal_audit_chain(integer) SECURITY INVOKER`,
      `CREATE TABLE audit_event_copy (id int)`,
      `SET ROLE ${new URL(inject('databaseUrl')).username}`,
    ];
    for (const sql of refusals) {
      await expect(app.query(sql), sql).rejects.toThrow(
        /permission denied|must be owner|must be superuser|must be able to SET ROLE/,
      );
    }
    const [flags] = await app.query<[{ rolsuper: boolean; rolcreaterole: boolean }]>(
      'SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = $1',
      [role],
    );
    expect(flags).toEqual({ rolsuper: false, rolcreaterole: false });

    // Of the functions that run with the owner's rights, it may call the sealer alone, which
    // only ever fills empty chain columns (the guard refuses anything else, even to the owner).
    const definers = await app.query<{ name: string }[]>(
      `SELECT p.oid::regprocedure::text AS name FROM pg_proc p
       JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname = 'public' AND p.prosecdef AND has_function_privilege(p.oid, 'EXECUTE')`,
    );
    expect(definers.map((d) => d.name)).toEqual(['seal_audit_chain(integer)']);
    const [{ sealed }] = await app.query<[{ sealed: number }]>(
      `SELECT seal_audit_chain(1000) AS sealed`,
    );
    expect(sealed).toBeGreaterThanOrEqual(0);
    await expect(app.query(`SELECT seal_audit_chain(0)`)).rejects.toThrow(/max_rows/);
  });

  it('even the owner cannot update, delete or truncate while the guard is on', async () => {
    const owner = createDataSource(inject('databaseUrl'), 1);
    await owner.initialize();
    try {
      await expect(
        owner.query(`UPDATE audit_event SET outcome = 'SUCCESS' WHERE outcome = 'DENIED'`),
      ).rejects.toThrow(/append-only/);
      await expect(owner.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
      await expect(owner.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
      // Filling an unsealed event's chain columns is the seal's one way through, and changes
      // nothing else of the event (tried in a transaction rolled back: the chain stays whole).
      const tx = owner.createQueryRunner();
      await tx.startTransaction();
      try {
        const [{ id }] = (await tx.query(
          `INSERT INTO audit_event (action, record_type, outcome, request_id)
           VALUES ('READ', 'Client', 'SUCCESS', 'guard-test')
           RETURNING id`,
        )) as [{ id: string }];
        const seal = `UPDATE audit_event SET chain_seq = -1, prev_hash = '\\x00', hash = '\\x00'`;
        await tx.query('SAVEPOINT edit');
        await expect(tx.query(`${seal}, note = 'edited' WHERE id = $1`, [id])).rejects.toThrow(
          /append-only/,
        );
        await tx.query('ROLLBACK TO SAVEPOINT edit');
        await tx.query(`${seal} WHERE id = $1`, [id]);
      } finally {
        await tx.rollbackTransaction();
        await tx.release();
      }
    } finally {
      await owner.destroy();
    }
  });

  it('the API refuses to start as a role that could alter the audit trail', async () => {
    await expect(startTestServer({ DATABASE_URL: inject('databaseUrl') })).rejects.toThrow(
      /owns the schema/,
    );
  });

  it('a director verifies the chain over the API, and the check is audited', async () => {
    await director.gql(
      `query { me { idleTimeoutMinutes } clients(first: 2) { edges { node { id } } } }`,
    );
    const res = await director.gql<{
      verifyAuditChain: {
        ok: boolean;
        eventsChecked: number;
        headSeq: string;
        firstBreak: null;
        unsealedEvents: number;
      };
    }>(
      `query { verifyAuditChain { ok eventsChecked headSeq headHash firstBreak { chainSeq problem } unsealedEvents oldestUnsealedSeconds } }`,
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data!.verifyAuditChain).toMatchObject({ ok: true, firstBreak: null });
    expect(res.data!.verifyAuditChain.eventsChecked).toBeGreaterThan(0);
    // Other suites write meanwhile (into the run's one database), so the backlog is any count.
    expect(res.data!.verifyAuditChain.unsealedEvents).toBeGreaterThanOrEqual(0);
    expect(await audited(res.requestId, 'AuditChain')).toEqual([
      { record_id: null, client_id: null, outcome: 'SUCCESS', action: 'READ' },
    ]);

    const refused = await clinician.gql(`query { verifyAuditChain { ok } }`);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await audited(refused.requestId, 'Query.verifyAuditChain')).toEqual([
      { record_id: null, client_id: null, outcome: 'DENIED', action: 'READ' },
    ]);
  });

  it("the running API seals its requests' events within seconds, off their commit", async () => {
    const res = await director.gql(`query { clients(first: 2) { edges { node { id } } } }`);
    const sealedOf = async () =>
      (
        await server.database.dataSource.query<{ sealed: boolean }[]>(
          `SELECT chain_seq IS NOT NULL AS sealed FROM audit_event WHERE request_id = $1`,
          [res.requestId],
        )
      ).map((r) => r.sealed);
    expect((await sealedOf()).length).toBeGreaterThan(0);
    const deadline = Date.now() + 10_000;
    while ((await sealedOf()).includes(false) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
    }
    expect((await sealedOf()).every(Boolean)).toBe(true);
  });
});

describe('request ids', () => {
  const events = (column: 'request_id' | 'correlation_id', value: string) =>
    server.database.dataSource.query<{ request_id: string; correlation_id: string | null }[]>(
      `SELECT request_id, correlation_id FROM audit_event WHERE ${column} = $1`,
      [value],
    );

  it("the server chooses the request id; the caller's own is kept only as correlation id", async () => {
    const callers = `caller-${Date.now()}-chosen`;
    const res = await director.gql(
      `query ($p: ID) { clients(first: 1, filter: { programId: $p }) { edges { node { id } } } }`,
      { p: programId },
      { 'x-request-id': callers },
    );
    expect(res.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.requestId).not.toBe(callers);
    expect(await events('request_id', callers)).toEqual([]);
    const rows = await events('request_id', res.requestId);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.correlation_id === callers)).toBe(true);
  });

  it("a caller's id is cleaned and cut to length before it is stored", async () => {
    const marker = `m${Date.now()}`;
    const res = await director.gql(
      `query ($p: ID) { clients(first: 1, filter: { programId: $p }) { edges { node { id } } } }`,
      { p: programId },
      { 'x-request-id': `${marker} "quoted" <tag>;${'x'.repeat(300)}` },
    );
    const [row] = await events('request_id', res.requestId);
    expect(row!.correlation_id).toBe(`${marker}quotedtag${'x'.repeat(300)}`.slice(0, 128));
  });
});

describe('conflict-safe writes', () => {
  it('of many concurrent writers naming the same version exactly one wins; the rest get a conflict with the current record', async () => {
    const ds = server.database.dataSource;
    const me = await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]);
    const caller = await server.as(me);
    const { client } = await createTestClient(ds, { programId, primaryClinicianId: me.id });
    const writers = 24;
    const results = await Promise.all(
      Array.from({ length: writers }, (_, i) =>
        caller.gql<{ updateClient: { __typename: string; version: number; pronouns: string } }>(
          `mutation ($input: UpdateClientInput!) { updateClient(input: $input) { ${saveAnswer('Client', 'id version pronouns')} } }`,
          { input: { id: client.id, version: 1, pronouns: `writer ${i}` } },
        ),
      ),
    );
    const winners = results.filter((r) => r.data?.updateClient.__typename === 'Client');
    const conflicts = results.filter((r) => r.data?.updateClient.__typename === 'ClientConflict');
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(writers - 1);
    const winner = winners[0]!.data!.updateClient;
    expect(winner.version).toBe(2);
    for (const c of conflicts) {
      expect(conflictIn(c, 'updateClient').current).toMatchObject({
        id: client.id,
        version: 2,
        pronouns: winner.pronouns,
      });
    }
    const [row] = await ds.query<{ version: number; pronouns: string }[]>(
      'SELECT version, pronouns FROM client WHERE id = $1',
      [client.id],
    );
    expect(row).toEqual({ version: 2, pronouns: winner.pronouns });
    const [{ n }] = await ds.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE client_id = $1 AND action = 'UPDATE' AND outcome = 'SUCCESS'`,
      [client.id],
    );
    expect(n).toBe(1);
  });

  it('a failed mutation changes nothing: bad input is refused naming the fields', async () => {
    const ds = server.database.dataSource;
    const me = await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]);
    const caller = await server.as(me);
    const { client } = await createTestClient(ds, { programId, primaryClinicianId: me.id });
    const res = await caller.gql(
      `mutation ($input: UpdateClientInput!) { updateClient(input: $input) { ... on Client { id } } }`,
      {
        input: { id: client.id, version: 1, email: 'not-an-email', pronouns: 'x'.repeat(500) },
      },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (res.errors![0]!.extensions!.fields as { field: string }[])
      .map((f) => f.field)
      .sort();
    expect(fields).toEqual(['email', 'pronouns']);
    const [row] = await ds.query<{ version: number; email: string | null }[]>(
      'SELECT version, email FROM client WHERE id = $1',
      [client.id],
    );
    expect(row).toEqual({ version: 1, email: null });
  });
});
