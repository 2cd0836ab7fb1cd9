import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Program } from '../program/program.entity.js';
import type { Staff } from '../staff/staff.entity.js';
import {
  createTestClient,
  createTestEpisode,
  createTestProgram,
  createTestStaff,
} from '../../testing/factories.js';
import { countQueries } from '../../test-support/count-queries.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';

const CASELOAD = /* GraphQL */ `
  query Caseload($first: Int!, $after: String, $filter: ClientFilter) {
    clients(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          lastName
          displayName
          currentEpisode {
            status
            phase
            program {
              id
              code
            }
            primaryClinician {
              id
              displayName
            }
          }
        }
      }
    }
  }
`;

interface CaseloadData {
  clients: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        id: string;
        lastName: string;
        displayName: string;
        currentEpisode: {
          status: string;
          phase: string;
          program: { id: string; code: string };
          primaryClinician: { id: string; displayName: string } | null;
        } | null;
      };
    }[];
  };
}

describe('clients connection', () => {
  let server: TestServer;
  let program: Program;
  let otherProgram: Program;
  let dana: Staff;
  let eli: Staff;
  let director: Caller;

  beforeAll(async () => {
    server = await startTestServer();
    const ds = server.database.dataSource;
    program = await createTestProgram(ds);
    otherProgram = await createTestProgram(ds);
    dana = await createTestStaff(ds, [{ programId: program.id, role: 'CLINICIAN' }], {
      firstName: 'Dana',
      credentials: 'LCSW',
    });
    eli = await createTestStaff(ds, [{ programId: program.id, role: 'CLINICIAN' }]);
    director = await server.as(
      await createTestStaff(
        ds,
        [program, otherProgram].map((p) => ({ programId: p.id, role: 'DIRECTOR' as const })),
      ),
    );
    const names = ['Zamora', 'alvarez', 'Baptiste', 'Okafor', 'Lindqvist'];
    for (const [i, lastName] of names.entries()) {
      await createTestClient(
        ds,
        { programId: program.id, primaryClinicianId: i % 2 ? eli.id : dana.id },
        { lastName, firstName: `Case${i}` },
      );
    }
    await createTestClient(
      ds,
      { programId: program.id, status: 'INQUIRY' },
      { lastName: 'Prospect' },
    );
    await createTestClient(ds, { programId: otherProgram.id, primaryClinicianId: dana.id });
  });

  afterAll(() => server?.close());

  it('lists a program’s clients sorted by last name regardless of case', async () => {
    const res = await director.gql<CaseloadData>(CASELOAD, {
      first: 50,
      filter: { programId: program.id },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.clients.edges.map((e) => e.node.lastName)).toEqual([
      'alvarez',
      'Baptiste',
      'Lindqvist',
      'Okafor',
      'Prospect',
      'Zamora',
    ]);
    expect(res.data!.clients.totalCount).toBe(6);
  });

  it('filters by primary clinician and phase, and resolves the current episode', async () => {
    const res = await director.gql<CaseloadData>(CASELOAD, {
      first: 50,
      filter: { programId: program.id, primaryClinicianId: dana.id, phases: ['IN_TREATMENT'] },
    });
    const nodes = res.data!.clients.edges.map((e) => e.node);
    expect(nodes.map((n) => n.lastName)).toEqual(['Lindqvist', 'Zamora', 'Baptiste'].sort());
    for (const n of nodes) {
      expect(n.currentEpisode).toMatchObject({
        status: 'ACTIVE',
        phase: 'IN_TREATMENT',
        program: { id: program.id },
        primaryClinician: { id: dana.id, displayName: `Dana ${dana.lastName}, LCSW` },
      });
    }
  });

  it('pages with cursors without skipping or repeating a client', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res: { data?: CaseloadData | null } = await director.gql<CaseloadData>(CASELOAD, {
        first: 2,
        after,
        filter: { programId: program.id },
      });
      const page: CaseloadData['clients'] = res.data!.clients;
      seen.push(...page.edges.map((e) => e.node.lastName));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(['alvarez', 'Baptiste', 'Lindqvist', 'Okafor', 'Prospect', 'Zamora']);
  });

  it('related records load in batches: the statement count does not grow with the page', async () => {
    const ds = server.database.dataSource;
    const page = (first: number) =>
      countQueries(ds, () => director.gql(CASELOAD, { first, filter: { programId: program.id } }));
    await director.gql(`{ me { __typename } }`); // the session is known from its first request on
    const small = await page(1);
    const large = await page(6);
    // page, count and each client's current episode with its program and clinician in one
    // statement; audit insert
    expect(large).toBe(2);
    expect(small).toBe(large);
  });

  it('searches legal and preferred names', async () => {
    const res = await director.gql<CaseloadData>(CASELOAD, {
      first: 10,
      filter: { programId: program.id, search: 'okaf' },
    });
    expect(res.data!.clients.edges.map((e) => e.node.lastName)).toEqual(['Okafor']);
  });

  it('a page size above the cap is refused naming the argument', async () => {
    const res = await director.gql(CASELOAD, { first: 1000 });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'first' })],
    });
  });

  it('a forged cursor is refused as bad input, not an internal error', async () => {
    const res = await director.gql(CASELOAD, { first: 10, after: 'bm90LWEtY3Vyc29y' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('a malformed program id in the filter is refused naming the field', async () => {
    const res = await director.gql(CASELOAD, { first: 10, filter: { programId: 'nope' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'filter.programId' })],
    });
  });

  it('filters by an escalated intake screening of the current episode (last: adds clients)', async () => {
    const ds = server.database.dataSource;
    const screened = async (lastName: string, escalated: boolean, returned = false) => {
      const { client, episode } = await createTestClient(
        ds,
        { programId: otherProgram.id, status: returned ? 'REFERRED_OUT' : 'SCREENING' },
        { lastName },
      );
      await ds.query(
        `INSERT INTO intake_screening (episode_id, urgency, escalated) VALUES ($1, $2, $3)`,
        [episode.id, escalated ? 'URGENT' : 'ROUTINE', escalated],
      );
      // Back with a new inquiry, the current episode: the earlier escalation no longer counts.
      if (returned) {
        await createTestEpisode(ds, client.id, {
          programId: otherProgram.id,
          status: 'INQUIRY',
          actorStaffId: dana.id,
          openedDaysAgo: 1,
        });
      }
    };
    await screened('Escalated', true);
    await screened('Routine', false);
    await screened('Returned', true, true);
    const names = async (screeningEscalated: boolean) => {
      const res = await director.gql<CaseloadData>(CASELOAD, {
        first: 50,
        filter: { programId: otherProgram.id, phases: ['PRE_ADMISSION'], screeningEscalated },
      });
      expect(res.errors).toBeUndefined();
      return res.data!.clients.edges.map((e) => e.node.lastName);
    };
    expect(await names(true)).toEqual(['Escalated']);
    expect(await names(false)).toEqual(['Returned', 'Routine']);
  });
});

describe('client by id', () => {
  let server: TestServer;
  let director: Caller;
  let programId: string;
  beforeAll(async () => {
    server = await startTestServer();
    const ds = server.database.dataSource;
    programId = (await createTestProgram(ds)).id;
    director = await server.as(await createTestStaff(ds, [{ programId, role: 'DIRECTOR' }]));
  });
  afterAll(() => server?.close());

  it('returns the client with every episode, newest first', async () => {
    const ds = server.database.dataSource;
    const { client } = await createTestClient(
      ds,
      { programId, status: 'CLOSED', openedAt: new Date('2025-01-10T17:00:00Z') },
      { preferredName: 'Robin' },
    );
    await ds.query(
      `INSERT INTO episode (client_id, program_id, status, opened_at) VALUES ($1, $2, 'SCREENING', now())`,
      [client.id, programId],
    );
    const res = await director.gql<{
      client: {
        displayName: string;
        currentEpisode: { status: string };
        episodes: { status: string }[];
      };
    }>(
      `query ($id: ID!) { client(id: $id) { displayName currentEpisode { status } episodes { status } } }`,
      { id: client.id },
    );
    expect(res.data!.client.displayName).toBe(`Robin ${client.lastName}`);
    expect(res.data!.client.currentEpisode.status).toBe('SCREENING');
    expect(res.data!.client.episodes.map((e) => e.status)).toEqual(['SCREENING', 'CLOSED']);
  });

  it('a malformed id is refused naming the argument', async () => {
    const res = await director.gql(`query { client(id: "1 OR 1=1") { id } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'id', message: 'is not a valid id' }],
    });
  });

  it('an unknown id is NOT_FOUND', async () => {
    const res = await director.gql(
      `query { client(id: "00000000-0000-4000-8000-000000000000") { id } }`,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(res.data).toBeNull();
  });
});
