import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, localDate, mondayOf, type EpisodeStatus } from '@waypoint/domain';
import {
  createTestClient,
  createTestProgram,
  createTestStaff,
  wallClockBefore,
} from '../../testing/factories.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';
import { ClientScope } from '../access/client-scope.js';
import { AuditTrail } from '../audit/audit-trail.js';
import { recomputeReviewClocks } from '../treatment-plan/plan-clock.js';
import { directorDashboard, myWorklist } from './dashboard.service.js';
import { listPlanReviewsDue } from './plan-reviews-due.service.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

async function ok<T>(caller: Caller, query: string, variables?: Record<string, unknown>) {
  const res = await caller.gql<T>(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

interface Page<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every page of a list, following endCursor until hasNextPage is false. */
async function walk<T>(fetch: (after: string | null) => Promise<Page<T>>) {
  const nodes: T[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (let pages = 0; pages < 20; pages++) {
    const page = await fetch(after);
    totals.add(page.totalCount);
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { nodes, totals: [...totals] };
}

describe('the drill-downs and the reviews due are paginated and sorted on the server', () => {
  const CLIENTS = 230;
  let programId: string;
  let director: Caller;

  beforeAll(async () => {
    const ds = server.database.dataSource;
    programId = (await createTestProgram(ds)).id;
    const clinician = await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]);
    director = await server.as(await createTestStaff(ds, [{ programId, role: 'DIRECTOR' }]));
    // The longest stay has the name that sorts last, past the first 200 by name or by review.
    const episodes = await ds.query<{ id: string }[]>(
      `WITH c AS (
         INSERT INTO client (first_name, last_name, date_of_birth)
         SELECT 'Pat', 'Pager ' || lpad(g::text, 3, '0'), date '1990-01-01' FROM generate_series(1, $1) g
         RETURNING id, last_name)
       INSERT INTO episode (client_id, program_id, status, opened_at, admitted_at, primary_clinician_id)
       SELECT c.id, $2, 'ACTIVE', ${wallClockBefore("(n + 3) * interval '1 day'")},
         ${wallClockBefore("n * interval '1 day'")}, $3
       FROM (SELECT id, substr(last_name, 7)::int AS n FROM c) c
       RETURNING id`,
      [CLIENTS, programId, clinician.id],
    );
    await recomputeReviewClocks(
      ds,
      episodes.map((e) => e.id),
    );
  });

  type Row = {
    client: { id: string; lastName: string };
    daysInProgram: number;
    reviewDueDate: string;
  };
  const drill = (sort: string, first: number) => (after: string | null) =>
    ok<{ dashboardClients: Page<Row> }>(
      director,
      `query ($input: DashboardDrillDownInput!, $sort: DashboardClientSort, $first: Int, $after: String) {
        dashboardClients(input: $input, sort: $sort, first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { cursor node { client { id lastName } daysInProgram reviewDueDate } } } }`,
      { input: { metric: 'IN_TREATMENT', programIds: [programId] }, sort, first, after },
    ).then((d) => d.dashboardClients);

  it('length of stay: the longest stay comes first even when it is past the first 200 rows', async () => {
    const first = await drill('DAYS_IN_PROGRAM', 10)(null);
    expect(first.totalCount).toBe(CLIENTS);
    expect(first.edges[0]!.node).toMatchObject({
      client: { lastName: `Pager ${CLIENTS}` },
      daysInProgram: CLIENTS,
    });
    const { nodes, totals } = await walk(drill('DAYS_IN_PROGRAM', 100));
    expect(totals).toEqual([CLIENTS]);
    expect(new Set(nodes.map((n) => n.client.id)).size).toBe(CLIENTS);
    const days = nodes.map((n) => n.daysInProgram);
    expect(days).toEqual([...days].sort((a, b) => b - a));
  });

  it('most urgent first, page after page, with no client skipped or repeated', async () => {
    const { nodes, totals } = await walk(drill('REVIEW_DUE', 64));
    expect(totals).toEqual([CLIENTS]);
    expect(new Set(nodes.map((n) => n.client.id)).size).toBe(CLIENTS);
    const dates = nodes.map((n) => n.reviewDueDate);
    expect(dates).toEqual([...dates].sort());
  });

  it('a cursor from another list or another order is refused naming the field', async () => {
    const byDays = await drill('DAYS_IN_PROGRAM', 5)(null);
    const res = await director.gql(
      `query ($input: DashboardDrillDownInput!, $after: String) { dashboardClients(input: $input, after: $after) { totalCount } }`,
      {
        input: { metric: 'IN_TREATMENT', programIds: [programId] },
        after: byDays.pageInfo.endCursor,
      },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'after' }],
    });
    // A cursor of the right shape but edited values is refused the same way, never a 500.
    const forged = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');
    const reviews = await director.gql(
      `query ($p: ID, $after: String) { planReviewsDue(programId: $p, after: $after) { totalCount } }`,
      { p: programId, after: forged(['2026-02-30', 'not-an-id']) },
    );
    expect(reviews.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'after' }],
    });
    const drilled = await director.gql(
      `query ($input: DashboardDrillDownInput!, $after: String) { dashboardClients(input: $input, after: $after) { totalCount } }`,
      {
        input: { metric: 'IN_TREATMENT', programIds: [programId] },
        after: forged(['tomorrow', 'a', 'b', 'c']),
      },
    );
    expect(drilled.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'after' }],
    });
  });

  it('planReviewsDue: cursor round trip, totalCount, soonest first', async () => {
    type Due = { dueDate: string; episode: { id: string } };
    const { nodes, totals } = await walk((after) =>
      ok<{ planReviewsDue: Page<Due> }>(
        director,
        `query ($p: ID, $after: String) { planReviewsDue(programId: $p, first: 100, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor node { dueDate episode { id } } } } }`,
        { p: programId, after },
      ).then((d) => d.planReviewsDue),
    );
    expect(totals).toEqual([CLIENTS]);
    expect(new Set(nodes.map((n) => n.episode.id)).size).toBe(CLIENTS);
    const dates = nodes.map((n) => n.dueDate);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('programs in far time zones', () => {
  // Kiritimati is UTC+14, Pago Pago UTC−11: for 25 hours of every week they are in different weeks.
  const EAST = 'Pacific/Kiritimati';
  const WEST = 'Pacific/Pago_Pago';
  let east: string;
  let west: string;
  let directorId: string;
  let clinicianId: string;
  let director: Caller;
  const scope = (
    staffId: string,
    roles: { programId: string; role: 'DIRECTOR' | 'CLINICIAN' }[],
  ) => {
    const ds = server.database.dataSource;
    return new ClientScope(
      ds,
      {
        staffId,
        sessionId: 'test',
        sessionExpiresAt: new Date(Date.now() + 3_600_000),
        programRoles: roles,
      },
      new AuditTrail(ds, 'test', staffId),
    );
  };

  beforeAll(async () => {
    const ds = server.database.dataSource;
    east = (await createTestProgram(ds, { timeZone: EAST })).id;
    west = (await createTestProgram(ds, { timeZone: WEST })).id;
    const d = await createTestStaff(ds, [
      { programId: east, role: 'DIRECTOR' },
      { programId: west, role: 'DIRECTOR' },
    ]);
    directorId = d.id;
    director = await server.as(d);
    clinicianId = (
      await createTestStaff(ds, [
        { programId: east, role: 'CLINICIAN' },
        { programId: west, role: 'CLINICIAN' },
      ])
    ).id;
  });

  it('each admission falls in the week of its own program’s calendar', async () => {
    const ds = server.database.dataSource;
    // A Sunday 15:00 UTC three to four weeks back: Monday 05:00 in Kiritimati, Sunday 04:00 in Pago Pago.
    const at = new Date(Date.now() - 21 * 86_400_000);
    at.setUTCDate(at.getUTCDate() - at.getUTCDay());
    at.setUTCHours(15, 0, 0, 0);
    const eastWeek = mondayOf(localDate(at, EAST));
    const westWeek = mondayOf(localDate(at, WEST));
    expect(eastWeek).toBe(addCalendarDays(westWeek, 7));
    for (const programId of [east, west]) {
      const { episode } = await createTestClient(ds, {
        programId,
        primaryClinicianId: clinicianId,
      });
      await ds.query('UPDATE episode SET admitted_at = $2 WHERE id = $1', [episode.id, at]);
    }
    const flow = (
      await ok<{ directorDashboard: { weeklyFlow: { weekStart: string; admissions: number }[] } }>(
        director,
        `query ($f: DashboardFilter) { directorDashboard(filter: $f) { weeklyFlow { weekStart admissions } } }`,
        { f: { programIds: [east, west] } },
      )
    ).directorDashboard.weeklyFlow;
    const count = (week: string) => flow.find((w) => w.weekStart === week)?.admissions;
    expect(count(eastWeek)).toBe(1);
    expect(count(westWeek)).toBe(1);
    const admittedIn = async (week: string) =>
      (
        await ok<{
          dashboardClients: { edges: { node: { episode: { program: { id: string } } } }[] };
        }>(
          director,
          `query ($input: DashboardDrillDownInput!) { dashboardClients(input: $input) { edges { node { episode { program { id } } } } } }`,
          { input: { metric: 'ADMITTED_IN_WEEK', key: week, programIds: [east, west] } },
        )
      ).dashboardClients.edges.map((e) => e.node.episode.program.id);
    expect(await admittedIn(eastWeek)).toEqual([east]);
    expect(await admittedIn(westWeek)).toEqual([west]);
  });

  it('“today” is each program’s own date around midnight UTC', async () => {
    const ds = server.database.dataSource;
    // 23:30 UTC on 31 Dec 2026: already 1 Jan 2027 in Kiritimati, still 31 Dec in Pago Pago.
    const now = new Date('2026-12-31T23:30:00Z');
    const episodes: Record<string, string> = {};
    for (const programId of [east, west]) {
      const { episode } = await createTestClient(ds, {
        programId,
        primaryClinicianId: clinicianId,
      });
      await ds.query(
        `UPDATE episode SET review_due_on = '2027-01-01', review_due_reason = 'INTERVAL' WHERE id = $1`,
        [episode.id],
      );
      episodes[programId] = episode.id;
    }
    const asDirector = scope(directorId, [
      { programId: east, role: 'DIRECTOR' },
      { programId: west, role: 'DIRECTOR' },
    ]);
    const statusOf = async (programId: string) => {
      const page = await listPlanReviewsDue(asDirector, { programId, first: 100 }, now);
      return page.edges
        .filter((e) => e.node.episode.id === episodes[programId])
        .map((e) => [e.node.status, e.node.daysUntilDue]);
    };
    expect(await statusOf(east)).toEqual([['DUE', 0]]);
    expect(await statusOf(west)).toEqual([['DUE_SOON', 1]]);

    const worklist = await myWorklist(
      scope(clinicianId, [
        { programId: east, role: 'CLINICIAN' },
        { programId: west, role: 'CLINICIAN' },
      ]),
      now,
    );
    const item = (programId: string) => worklist.find((i) => i.episodeId === episodes[programId]);
    expect(item(east)).toMatchObject({ kind: 'REVIEW_DUE_TODAY', daysUntilDue: 0 });
    expect(item(west)).toMatchObject({ kind: 'REVIEW_DUE_SOON', daysUntilDue: 1 });

    const figures = await directorDashboard(asDirector, { programIds: [east] }, now);
    expect(figures.weeklyFlow.at(-1)!.weekStart).toBe(mondayOf('2027-01-01'));
  });
});

describe('an escalated intake screening on the Today list', () => {
  it('is on the primary clinician’s list until the client is admitted, and only when it escalated', async () => {
    const ds = server.database.dataSource;
    const programId = (await createTestProgram(ds)).id;
    const clinician = await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]);
    const screened = async (status: EpisodeStatus, escalated: boolean) => {
      const { episode } = await createTestClient(ds, {
        programId,
        status,
        primaryClinicianId: clinician.id,
      });
      await ds.query(
        `INSERT INTO intake_screening (episode_id, urgency, escalated) VALUES ($1, $2, $3)`,
        [episode.id, escalated ? 'URGENT' : 'ROUTINE', escalated],
      );
      return episode.id;
    };
    const waiting = await screened('WAITLISTED', true);
    const routine = await screened('SCREENING', false);
    const admitted = await screened('ORIENTATION', true);
    const { myWorklist: items } = await ok<{
      myWorklist: { kind: string; episode: { id: string } }[];
    }>(await server.as(clinician), `{ myWorklist { kind episode { id } } }`);
    const kindsOf = (episodeId: string) =>
      items.filter((i) => i.episode.id === episodeId).map((i) => i.kind);
    expect(kindsOf(waiting)).toEqual(['SCREENING_ESCALATED']);
    expect(kindsOf(routine)).toEqual([]);
    expect(kindsOf(admitted)).not.toContain('SCREENING_ESCALATED');
  });
});
