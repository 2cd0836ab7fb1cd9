import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Staff } from '../staff/staff.entity.js';
import {
  createTestClient,
  createTestEpisode,
  createTestEpisodeRecords,
  createTestProgram,
  createTestStaff,
  type TestEpisodeRecords,
} from '../../testing/factories.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';

/**
 * The holes the authorization matrix is built around, reproduced as a user would: care-team
 * access follows the episode (and its program's read window), audit rows name what was read or
 * refused, and break-glass answers agree with what it did.
 */
let server: TestServer;
let programId: string;
let former: Staff;
let formerCaller: Caller;
let current: Staff;
let director: Caller;
let intake: Caller;

interface Returning {
  clientId: string;
  earlier: { id: string } & TestEpisodeRecords;
  now: { id: string; version: number } & TestEpisodeRecords;
}

/** A client who came back: an earlier stay on `former`'s caseload, a new one on `current`'s. */
async function returningClient(endedDaysAgo = 10, newStatus: 'ACTIVE' | 'SCREENING' = 'ACTIVE') {
  const ds = server.database.dataSource;
  const { client, episode: earlier } = await createTestClient(ds, {
    programId,
    status: 'CLOSED',
    primaryClinicianId: former.id,
    openedAt: new Date(Date.now() - 300 * 86_400_000),
  });
  await ds.query(
    `INSERT INTO episode_transition (episode_id, from_status, to_status, reason, actor_staff_id, occurred_at)
     VALUES ($1, 'DISCHARGED', 'CLOSED', 'Completed', $2, now() - make_interval(days => $3))`,
    [earlier.id, former.id, endedDaysAgo],
  );
  await ds.query(`UPDATE episode SET admitted_at = opened_at + interval '3 days' WHERE id = $1`, [
    earlier.id,
  ]);
  const now = await createTestEpisode(ds, client.id, {
    programId,
    status: newStatus,
    actorStaffId: current.id,
    primaryClinicianId: newStatus === 'ACTIVE' ? current.id : null,
    admitted: newStatus === 'ACTIVE',
  });
  const result: Returning = {
    clientId: client.id,
    earlier: {
      id: earlier.id,
      ...(await createTestEpisodeRecords(ds, earlier.id, former.id, { status: 'CLOSED' })),
    },
    now: {
      id: now.id,
      version: now.version,
      ...(await createTestEpisodeRecords(
        ds,
        now.id,
        current.id,
        newStatus === 'ACTIVE' ? { status: 'ACTIVE' } : null,
      )),
    },
  };
  return result;
}

const auditRows = (requestId: string) =>
  server.database.dataSource.query<
    { action: string; record_type: string; record_id: string; client_id: string; outcome: string }[]
  >(
    `SELECT action, record_type, record_id, client_id, outcome FROM audit_event
     WHERE request_id = $1 ORDER BY record_type, record_id`,
    [requestId],
  );

beforeAll(async () => {
  server = await startTestServer();
  const ds = server.database.dataSource;
  programId = (await createTestProgram(ds, { careTeamReadDaysAfterDischarge: 30 })).id;
  former = await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]);
  formerCaller = await server.as(former);
  current = await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]);
  director = await server.as(await createTestStaff(ds, [{ programId, role: 'DIRECTOR' }]));
  intake = await server.as(await createTestStaff(ds, [{ programId, role: 'INTAKE' }]));
});
afterAll(() => server?.close());

describe('care-team access follows the episode', () => {
  it('a former clinician cannot put himself back on the care team of the new episode', async () => {
    const c = await returningClient();
    const res = await formerCaller.gql(
      `mutation ($input: AssignCareTeamInput!) { assignCareTeam(input: $input) { __typename } }`,
      { input: { episodeId: c.now.id, version: c.now.version, primaryClinicianId: former.id } },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [row] = await server.database.dataSource.query<{ primary_clinician_id: string }[]>(
      'SELECT primary_clinician_id FROM episode WHERE id = $1',
      [c.now.id],
    );
    expect(row!.primary_clinician_id).toBe(current.id);
    // The refusal names the episode that was targeted, and the client separately.
    expect(await auditRows(res.requestId)).toEqual([
      {
        action: 'UPDATE',
        record_type: 'Episode',
        record_id: c.now.id,
        client_id: c.clientId,
        outcome: 'DENIED',
      },
    ]);
  });

  it('in the read window the former clinician reads his own stay, not the new one, and edits nothing', async () => {
    const c = await returningClient(10);
    const res = await formerCaller.gql<{
      client: {
        access: { canEdit: boolean };
        currentEpisode: { id: string };
        episodes: { id: string }[];
      };
    }>(
      `query ($id: ID!) { client(id: $id) { access { canEdit } currentEpisode { id } episodes { id } } }`,
      { id: c.clientId },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.client).toEqual({
      access: { canEdit: false },
      currentEpisode: { id: c.earlier.id },
      episodes: [{ id: c.earlier.id }],
    });
    const plan = await formerCaller.gql(`query ($id: ID!) { treatmentPlan(id: $id) { id } }`, {
      id: c.now.plan!.id,
    });
    expect(plan.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await formerCaller.gql(`query ($id: ID!) { treatmentPlan(id: $id) { id } }`, {
      id: c.earlier.plan!.id,
    });
    expect(own.errors).toBeUndefined();
  });

  it('the read window is the program’s setting: at 0 days the former care team reads nothing', async () => {
    const ds = server.database.dataSource;
    const c = await returningClient(1);
    const read = () =>
      formerCaller.gql(`query ($id: ID!) { episode(id: $id) { id } }`, { id: c.earlier.id });
    expect((await read()).errors).toBeUndefined();
    await ds.query('UPDATE program SET care_team_read_days_after_discharge = 0 WHERE id = $1', [
      programId,
    ]);
    try {
      expect((await read()).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      await ds.query('UPDATE program SET care_team_read_days_after_discharge = 30 WHERE id = $1', [
        programId,
      ]);
    }
  });

  it('intake on a readmission sees the new inquiry, never the earlier stay’s plan or assessments', async () => {
    const c = await returningClient(120, 'SCREENING');
    const chart = await intake.gql<{
      client: { episodes: { id: string; assessments: { id: string }[] }[] };
    }>(`query ($id: ID!) { client(id: $id) { episodes { id assessments { id } } } }`, {
      id: c.clientId,
    });
    expect(chart.errors).toBeUndefined();
    expect(chart.data!.client.episodes).toEqual([
      { id: c.now.id, assessments: [{ id: c.now.assessmentId }] },
    ]);
    const plan = await intake.gql(`query ($id: ID!) { treatmentPlan(id: $id) { id } }`, {
      id: c.earlier.plan!.id,
    });
    expect(plan.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The refusal names the plan, not the client.
    expect(await auditRows(plan.requestId)).toEqual([
      {
        action: 'READ',
        record_type: 'TreatmentPlan',
        record_id: c.earlier.plan!.id,
        client_id: c.clientId,
        outcome: 'DENIED',
      },
    ]);
  });
});

describe('reads are audited by the loaders that return them', () => {
  it('a count alone audits no client; a page audits exactly the clients it carries', async () => {
    const ds = server.database.dataSource;
    for (let i = 0; i < 3; i++) {
      await createTestClient(ds, { programId }, { lastName: `Counted ${i}` });
    }
    const count = await director.gql<{ clients: { totalCount: number } }>(
      `query { clients(first: 20, filter: { search: "Counted" }) { totalCount } }`,
    );
    expect(count.data!.clients.totalCount).toBeGreaterThanOrEqual(3);
    expect(await auditRows(count.requestId)).toEqual([]);
    const page = await director.gql<{ clients: { edges: { node: { id: string } }[] } }>(
      `query { clients(first: 2, filter: { search: "Counted" }) { totalCount edges { node { id } } } }`,
    );
    const rows = await auditRows(page.requestId);
    expect(rows.map((r) => r.record_id).sort()).toEqual(
      page.data!.clients.edges.map((e) => e.node.id).sort(),
    );
  });

  it('each record is audited once however many paths reach it in one request', async () => {
    const c = await returningClient();
    const res = await director.gql(
      `query ($id: ID!, $e: ID!, $p: ID!) {
         client(id: $id) { id currentEpisode { id } episodes { id client { id } } }
         episode(id: $e) { id client { id } }
         treatmentPlan(id: $p) { id episode { id } }
       }`,
      { id: c.clientId, e: c.now.id, p: c.now.plan!.id },
    );
    expect(res.errors).toBeUndefined();
    const rows = await auditRows(res.requestId);
    const keys = rows.map((r) => `${r.record_type}:${r.record_id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(
      [
        `Client:${c.clientId}`,
        `Episode:${c.earlier.id}`,
        `Episode:${c.now.id}`,
        `TreatmentPlan:${c.now.plan!.id}`,
      ].sort(),
    );
  });
});

describe('break-glass', () => {
  const breakGlass = (caller: Caller, clientId: string, reason: string, fields = 'id') =>
    caller.gql<{ breakGlass: Record<string, unknown> }>(
      `mutation ($input: BreakGlassInput!) { breakGlass(input: $input) { ${fields} } }`,
      { input: { clientId, reason } },
    );
  const grants = async (clientId: string) =>
    (
      await server.database.dataSource.query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM break_glass_grant WHERE client_id = $1',
        [clientId],
      )
    )[0]!.n;

  it('a reason of spaces is refused naming the field, and nothing is granted', async () => {
    const ds = server.database.dataSource;
    const { client } = await createTestClient(ds, { programId });
    const res = await breakGlass(formerCaller, client.id, ' '.repeat(40));
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'reason' }],
    });
    expect(await grants(client.id)).toBe(0);
  });

  it('a caller who may not break the glass is refused before the reason is judged', async () => {
    const ds = server.database.dataSource;
    const other = (await createTestProgram(ds)).id;
    const { client } = await createTestClient(ds, { programId: other });
    const res = await breakGlass(formerCaller, client.id, 'short');
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the answer is readable by the one who just got the grant: every field of it', async () => {
    const ds = server.database.dataSource;
    const { client } = await createTestClient(ds, { programId });
    const res = await breakGlass(
      formerCaller,
      client.id,
      '   Covering a crisis call for a colleague   ',
      'id reason grantedAt expiresAt clientId staff { id } client { id displayName }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.breakGlass).toMatchObject({
      reason: 'Covering a crisis call for a colleague',
      clientId: client.id,
      staff: { id: former.id },
      client: { id: client.id },
    });
    expect(await grants(client.id)).toBe(1);
    const chart = await formerCaller.gql<{ client: { access: Record<string, unknown> } }>(
      `query ($id: ID!) { client(id: $id) { access { canEdit emergencyOnly } } }`,
      { id: client.id },
    );
    expect(chart.data!.client.access).toEqual({ canEdit: false, emergencyOnly: true });
  });
});
