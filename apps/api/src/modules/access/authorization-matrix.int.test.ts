import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ClientAction,
  StaffRole,
  episodePhase,
  isAllowed,
  type EpisodeStatus,
  type Relationship,
} from '@waypoint/domain';
import type { DataSource } from 'typeorm';
import { createTestClient, createTestProgram, createTestStaff } from '../../testing/factories.js';
import {
  startTestServer,
  type Caller,
  type GraphQLResponse,
  type TestServer,
} from '../../test-support/test-server.js';

/**
 * Generated from the policy table: every role × relationship × action, through every path that
 * reaches a client (by id, in a list, nested under the list, mutations), asserting both the
 * allowed and the refused outcome. READ_GROUP_RECORDS has no operation until groups arrive.
 */
interface Fixture {
  relationships: Relationship[];
  status: EpisodeStatus;
  /** Builds a client standing in this relationship to the viewer. */
  make(
    ds: DataSource,
    viewerId: string,
    programId: string,
    otherProgramId: string,
  ): Promise<string>;
}

const fixtures: Record<string, Fixture> = {
  'own caseload': {
    relationships: ['OWN_CASELOAD', 'SAME_PROGRAM'],
    status: 'ACTIVE',
    make: async (ds, me, p) =>
      (await createTestClient(ds, { programId: p, primaryClinicianId: me })).client.id,
  },
  'own caseload as case manager': {
    relationships: ['OWN_CASELOAD', 'SAME_PROGRAM'],
    status: 'DISCHARGE_PLANNING',
    make: async (ds, me, p) => {
      const { client, episode } = await createTestClient(ds, {
        programId: p,
        status: 'DISCHARGE_PLANNING',
      });
      await ds.query('UPDATE episode SET case_manager_id = $1 WHERE id = $2', [me, episode.id]);
      return client.id;
    },
  },
  'same program, in treatment': {
    relationships: ['SAME_PROGRAM'],
    status: 'ACTIVE',
    make: async (ds, _me, p) => (await createTestClient(ds, { programId: p })).client.id,
  },
  'same program, before admission': {
    relationships: ['SAME_PROGRAM'],
    status: 'SCREENING',
    make: async (ds, _me, p) =>
      (await createTestClient(ds, { programId: p, status: 'SCREENING' })).client.id,
  },
  'same program, under break-glass': {
    relationships: ['EMERGENCY_ACCESS', 'SAME_PROGRAM'],
    status: 'ACTIVE',
    make: async (ds, me, p) => {
      const { client } = await createTestClient(ds, { programId: p });
      await ds.query(
        `INSERT INTO break_glass_grant (staff_id, client_id, reason, expires_at) VALUES ($1, $2, 'matrix test', now() + interval '1 hour')`,
        [me, client.id],
      );
      return client.id;
    },
  },
  'same program, expired break-glass': {
    relationships: ['SAME_PROGRAM'],
    status: 'ACTIVE',
    make: async (ds, me, p) => {
      const { client } = await createTestClient(ds, { programId: p });
      await ds.query(
        `INSERT INTO break_glass_grant (staff_id, client_id, reason, granted_at, expires_at)
         VALUES ($1, $2, 'matrix test', now() - interval '2 hours', now() - interval '1 hour')`,
        [me, client.id],
      );
      return client.id;
    },
  },
  'other program': {
    relationships: ['OTHER_PROGRAM'],
    status: 'ACTIVE',
    make: async (ds, _me, _p, q) => (await createTestClient(ds, { programId: q })).client.id,
  },
  'other program, own caseload there without a role there': {
    relationships: ['OTHER_PROGRAM'],
    status: 'ACTIVE',
    make: async (ds, me, _p, q) =>
      (await createTestClient(ds, { programId: q, primaryClinicianId: me })).client.id,
  },
};

type Probe = (caller: Caller, clientId: string, ds: DataSource) => Promise<'allowed' | 'refused'>;

const refusedCodes = new Set(['FORBIDDEN']);
function outcome(res: GraphQLResponse, allowedWhen: boolean): 'allowed' | 'refused' {
  const code = res.errors?.[0]?.extensions?.code as string | undefined;
  if (code && !refusedCodes.has(code))
    throw new Error(`unexpected ${code}: ${res.errors?.[0]?.message}`);
  return !code && allowedWhen ? 'allowed' : 'refused';
}

const lastNameOf = async (ds: DataSource, id: string) =>
  (await ds.query<{ last_name: string }[]>('SELECT last_name FROM client WHERE id = $1', [id]))[0]!
    .last_name;

const probes: Record<Exclude<ClientAction, 'READ_GROUP_RECORDS'>, Record<string, Probe>> = {
  READ_CHART: {
    'client(id)': async (caller, id) => {
      const res = await caller.gql<{ client: { id: string } }>(
        `query ($id: ID!) { client(id: $id) { id } }`,
        { id },
      );
      return outcome(res, res.data?.client?.id === id);
    },
    'client(id) { currentEpisode { primaryClinician } }': async (caller, id) => {
      const res = await caller.gql<{ client: { currentEpisode: { status: string } } }>(
        `query ($id: ID!) { client(id: $id) { currentEpisode { status primaryClinician { id } program { id } } } }`,
        { id },
      );
      return outcome(res, !!res.data?.client?.currentEpisode);
    },
    'clients list': async (caller, id, ds) => {
      const res = await caller.gql<{ clients: { edges: { node: { id: string } }[] } }>(
        `query ($q: String) { clients(first: 5, filter: { search: $q }) { edges { node { id } } } }`,
        { q: await lastNameOf(ds, id) },
      );
      return outcome(res, !!res.data?.clients.edges.some((e) => e.node.id === id));
    },
    'clients list { episodes } nested': async (caller, id, ds) => {
      const res = await caller.gql<{
        clients: { edges: { node: { episodes: { id: string }[] } }[] };
      }>(
        `query ($q: String) { clients(first: 5, filter: { search: $q }) { edges { node { episodes { id } } } } }`,
        { q: await lastNameOf(ds, id) },
      );
      return outcome(res, (res.data?.clients.edges.length ?? 0) > 0);
    },
  },
  EDIT_CHART: {
    updateClient: async (caller, id, ds) => {
      const [{ version }] = await ds.query<[{ version: number }]>(
        'SELECT version FROM client WHERE id = $1',
        [id],
      );
      const res = await caller.gql<{ updateClient: { id: string } }>(
        `mutation ($input: UpdateClientInput!) { updateClient(input: $input) { ... on Client { id } } }`,
        { input: { id, version, pronouns: 'they/them' } },
      );
      return outcome(res, res.data?.updateClient?.id === id);
    },
  },
  READ_AUDIT_TRAIL: {
    chartAccessLog: async (caller, id) => {
      const res = await caller.gql<{ chartAccessLog: { totalCount: number } }>(
        `query ($id: ID!) { chartAccessLog(clientId: $id, first: 5) { totalCount } }`,
        { id },
      );
      return outcome(res, typeof res.data?.chartAccessLog?.totalCount === 'number');
    },
  },
  OPEN_EPISODE: {
    'openInquiry in the client’s program': async (caller, id, ds) => {
      const [episode] = await ds.query<{ program_id: string }[]>(
        'SELECT program_id FROM episode WHERE client_id = $1 ORDER BY opened_at DESC LIMIT 1',
        [id],
      );
      const res = await caller.gql<{ openInquiry: { id: string } }>(
        `mutation ($input: OpenInquiryInput!) { openInquiry(input: $input) { id status } }`,
        {
          input: {
            programId: episode!.program_id,
            firstName: 'Matrix',
            lastName: 'Inquiry',
            dateOfBirth: '1991-04-02',
          },
        },
      );
      return outcome(res, !!res.data?.openInquiry?.id);
    },
  },
  BREAK_GLASS: {
    breakGlass: async (caller, id) => {
      const res = await caller.gql<{ breakGlass: { id: string } }>(
        `mutation ($input: BreakGlassInput!) { breakGlass(input: $input) { id expiresAt } }`,
        {
          input: {
            clientId: id,
            reason: 'Client in crisis at the front desk; primary clinician away.',
          },
        },
      );
      return outcome(res, !!res.data?.breakGlass?.id);
    },
  },
};

let server: TestServer;
let programId: string;
let otherProgramId: string;
const viewers = new Map<StaffRole, { id: string; caller: Caller }>();

beforeAll(async () => {
  server = await startTestServer();
  const ds = server.database.dataSource;
  programId = (await createTestProgram(ds)).id;
  otherProgramId = (await createTestProgram(ds)).id;
  for (const role of Object.values(StaffRole)) {
    const staff = await createTestStaff(ds, [{ programId, role }]);
    viewers.set(role, { id: staff.id, caller: await server.as(staff) });
  }
});
afterAll(() => server?.close());

const cases = Object.values(StaffRole).flatMap((role) =>
  Object.entries(fixtures).flatMap(([fixtureName, fixture]) =>
    Object.entries(probes).flatMap(([action, byPath]) =>
      Object.entries(byPath).map(([path, probe]) => {
        const expected = isAllowed(
          role,
          fixture.relationships,
          action as ClientAction,
          episodePhase(fixture.status),
        );
        return {
          role,
          fixtureName,
          fixture,
          action,
          path,
          probe,
          expected: expected ? 'allowed' : 'refused',
        };
      }),
    ),
  ),
);

describe('authorization matrix', () => {
  it('covers every role, relationship and client path', () => {
    expect(cases.length).toBe(5 * Object.keys(fixtures).length * 8);
    expect(cases.filter((c) => c.expected === 'allowed').length).toBeGreaterThan(20);
  });

  it.each(
    cases.map(
      (c) =>
        [`${c.role} · ${c.fixtureName} · ${c.action} via ${c.path} → ${c.expected}`, c] as const,
    ),
  )('%s', async (_name, c) => {
    const ds = server.database.dataSource;
    const viewer = viewers.get(c.role)!;
    // A fresh client per case, so a break-glass grant made by one case cannot leak into another.
    const clientId = await c.fixture.make(ds, viewer.id, programId, otherProgramId);
    expect(await c.probe(viewer.caller, clientId, ds)).toBe(c.expected);
  });
});
