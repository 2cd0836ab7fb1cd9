import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, localDate, type EpisodeStatus } from '@waypoint/domain';
import { createTestClient, createTestProgram, createTestStaff } from '../../testing/factories.js';
import { countQueries } from '../../test-support/count-queries.js';
import { recomputeReviewClocks } from '../treatment-plan/plan-clock.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';

/**
 * A known clinic, built relative to today at local noon so every day count is exact:
 *   name   status       clinician admitted plan activated  level of care  → review
 *   Alder  ACTIVE       A         100     40 days ago      —              OVERDUE by 10 (interval)
 *   Birch  ACTIVE       A         20      15               —              in 15 days (not due)
 *   Cedar  ON_HOLD      B         30      27               —              in 3 days (due soon)
 *   Dahl   ORIENTATION  B         10      no plan          —              OVERDUE by 3 (initial plan)
 *   Elm    ACTIVE       A         50      20               2 days ago     OVERDUE by 2 (level of care)
 *   Fir    INQUIRY      —         —       —
 *   Gale   DISCHARGED   A         90 (discharged 10 days ago)
 * plus a client in another program the director does not direct.
 */
const TZ = 'America/Los_Angeles';
let server: TestServer;
let director: Caller;
let clinicianA: Caller;
let programId: string;
let aId: string;
let bId: string;
const ids: Record<string, string> = {};
const today = () => localDate(new Date(), TZ);

const DASHBOARD = `query ($filter: DashboardFilter) { directorDashboard(filter: $filter) {
  census { program { id } status count }
  weeklyFlow { weekStart admissions discharges }
  caseloads { clinician { id } activeClients reviewsOverdue reviewsDueSoon }
  reviews { overdue dueSoon }
  lengthOfStay { inTreatment averageDays medianDays pastTwelveWeeks }
} }`;

interface Dashboard {
  census: { program: { id: string }; status: string; count: number }[];
  weeklyFlow: { weekStart: string; admissions: number; discharges: number }[];
  caseloads: {
    clinician: { id: string };
    activeClients: number;
    reviewsOverdue: number;
    reviewsDueSoon: number;
  }[];
  reviews: { overdue: number; dueSoon: number };
  lengthOfStay: {
    inTreatment: number;
    averageDays: number;
    medianDays: number;
    pastTwelveWeeks: number;
  };
}

function monday(date: string): string {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addCalendarDays(date, -weekday);
}

beforeAll(async () => {
  server = await startTestServer();
  const ds = server.database.dataSource;
  programId = (await createTestProgram(ds, { timeZone: TZ })).id;
  const other = await createTestProgram(ds, { timeZone: TZ });
  const a = await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]);
  const b = await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]);
  aId = a.id;
  bId = b.id;
  director = await server.as(await createTestStaff(ds, [{ programId, role: 'DIRECTOR' }]));
  clinicianA = await server.as(a);
  const noon = (daysAgo: number) =>
    `((((now() AT TIME ZONE '${TZ}')::date - ${daysAgo}) + time '12:00') AT TIME ZONE '${TZ}')`;
  const rows: [
    string,
    EpisodeStatus,
    string | null,
    number | null,
    number | null,
    number | null,
    number | null,
  ][] = [
    ['Alder', 'ACTIVE', aId, 100, 40, null, null],
    ['Birch', 'ACTIVE', aId, 20, 15, null, null],
    ['Cedar', 'ON_HOLD', bId, 30, 27, null, null],
    ['Dahl', 'ORIENTATION', bId, 10, null, null, null],
    ['Elm', 'ACTIVE', aId, 50, 20, 2, null],
    ['Fir', 'INQUIRY', null, null, null, null, null],
    ['Gale', 'DISCHARGED', aId, 90, 80, null, 10],
  ];
  for (const [name, status, clinician, admitted, activated, locChange, discharged] of rows) {
    const { client, episode } = await createTestClient(
      ds,
      { programId, status, primaryClinicianId: clinician },
      { lastName: name },
    );
    ids[name] = client.id;
    await ds.query(
      `UPDATE episode SET admitted_at = ${admitted === null ? 'NULL' : noon(admitted)},
         discharged_at = ${discharged === null ? 'NULL' : noon(discharged)},
         opened_at = ${admitted === null ? 'now()' : noon(admitted + 5)} WHERE id = $1`,
      [episode.id],
    );
    if (activated !== null) {
      await ds.query(
        `INSERT INTO treatment_plan (episode_id, version_number, status, activated_at, created_by_staff_id)
         VALUES ($1, 1, $2, ${noon(activated)}, $3)`,
        [episode.id, discharged === null ? 'ACTIVE' : 'CLOSED', clinician],
      );
    }
    if (locChange !== null) {
      await ds.query(
        `INSERT INTO level_of_care_change (episode_id, clinical_level, changed_by_staff_id, changed_at) VALUES ($1, '2.5', $2, ${noon(locChange)})`,
        [episode.id, clinician],
      );
    }
  }
  await createTestClient(
    ds,
    { programId: other.id, primaryClinicianId: aId },
    { lastName: 'Outsider' },
  );
  // The rows above were written behind the API's back: store their clocks as the write points do.
  const episodes = await ds.query<{ id: string }[]>(
    'SELECT id FROM episode WHERE program_id = $1',
    [programId],
  );
  await recomputeReviewClocks(
    ds,
    episodes.map((e) => e.id),
  );
});
afterAll(() => server?.close());

describe('director dashboard on a known clinic', () => {
  let figures: Dashboard;
  beforeAll(async () => {
    const res = await director.gql<{ directorDashboard: Dashboard }>(DASHBOARD, {
      filter: { programIds: [programId] },
    });
    expect(res.errors).toBeUndefined();
    figures = res.data!.directorDashboard;
  });

  it('census counts each client once, by the status of their current episode', () => {
    expect(Object.fromEntries(figures.census.map((c) => [c.status, c.count]))).toEqual({
      ACTIVE: 3,
      DISCHARGED: 1,
      INQUIRY: 1,
      ON_HOLD: 1,
      ORIENTATION: 1,
    });
    expect(new Set(figures.census.map((c) => c.program.id))).toEqual(new Set([programId]));
  });

  it('reviews: three overdue (interval, initial plan, level of care) and one due soon', () => {
    expect(figures.reviews).toEqual({ overdue: 3, dueSoon: 1 });
  });

  it('caseload per clinician', () => {
    const byId = Object.fromEntries(figures.caseloads.map((c) => [c.clinician.id, c]));
    expect(byId[aId]).toMatchObject({ activeClients: 3, reviewsOverdue: 2, reviewsDueSoon: 0 });
    expect(byId[bId]).toMatchObject({ activeClients: 2, reviewsOverdue: 1, reviewsDueSoon: 1 });
  });

  it('length of stay over clients in treatment: 100, 20, 30, 10, 50 days', () => {
    expect(figures.lengthOfStay).toEqual({
      inTreatment: 5,
      averageDays: 42,
      medianDays: 30,
      pastTwelveWeeks: 1,
    });
  });

  it('admissions and discharges per week, last 12 weeks', () => {
    expect(figures.weeklyFlow).toHaveLength(12);
    expect(figures.weeklyFlow.at(-1)!.weekStart).toBe(monday(today()));
    const expected = new Map<string, { admissions: number; discharges: number }>();
    const bump = (daysAgo: number, kind: 'admissions' | 'discharges') => {
      const week = monday(addCalendarDays(today(), -daysAgo));
      const entry = expected.get(week) ?? { admissions: 0, discharges: 0 };
      entry[kind]++;
      expected.set(week, entry);
    };
    [100, 20, 30, 10, 50, 90].forEach((d) => bump(d, 'admissions'));
    bump(10, 'discharges');
    for (const w of figures.weeklyFlow) {
      expect(w, w.weekStart).toMatchObject(
        expected.get(w.weekStart) ?? { admissions: 0, discharges: 0 },
      );
    }
  });

  it('costs two statements whatever the clinic size: figures (with program days, programs and clinicians), audit', async () => {
    await director.gql(`{ me { __typename } }`); // the session is known from its first request on
    const n = await countQueries(server.database.dataSource, () =>
      director.gql(DASHBOARD, { filter: { programIds: [programId] } }),
    );
    expect(n).toBe(2);
  });
});

describe('drill-downs list the clients behind each number', () => {
  type Row = {
    client: { id: string };
    reviewStatus: string | null;
    reviewReason: string | null;
  };
  const drill = async (metric: string, key?: string) => {
    const res = await director.gql<{
      dashboardClients: { totalCount: number; edges: { node: Row }[] };
    }>(
      `query ($input: DashboardDrillDownInput!) { dashboardClients(input: $input, first: 100) { totalCount edges { node { client { id lastName } reviewStatus reviewReason daysInProgram } } } }`,
      { input: { metric, key, programIds: [programId] } },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const list = res.data!.dashboardClients;
    return { totalCount: list.totalCount, rows: list.edges.map((e) => e.node) };
  };
  const names = (list: { rows: { client: { id: string } }[] }) =>
    list.rows.map((r) => Object.keys(ids).find((k) => ids[k] === r.client.id));

  it('overdue reviews, most overdue first, with why', async () => {
    const list = await drill('REVIEWS_OVERDUE');
    expect(list.totalCount).toBe(3);
    expect(names(list)).toEqual(['Alder', 'Dahl', 'Elm']);
    expect(list.rows.map((r) => r.reviewReason)).toEqual([
      'INTERVAL',
      'INITIAL_PLAN',
      'LEVEL_OF_CARE_CHANGE',
    ]);
  });

  it('due soon, a clinician’s active clients, past 12 weeks, a census cell, a week of admissions', async () => {
    expect(names(await drill('REVIEWS_DUE_SOON'))).toEqual(['Cedar']);
    expect(new Set(names(await drill('CLINICIAN_ACTIVE', aId)))).toEqual(
      new Set(['Alder', 'Birch', 'Elm']),
    );
    expect(names(await drill('PAST_TWELVE_WEEKS'))).toEqual(['Alder']);
    expect((await drill('CENSUS_STATUS', 'ACTIVE')).totalCount).toBe(3);
    expect(new Set(names(await drill('IN_TREATMENT')))).toEqual(
      new Set(['Alder', 'Birch', 'Cedar', 'Dahl', 'Elm']),
    );
    expect(names(await drill('ADMITTED_IN_WEEK', monday(addCalendarDays(today(), -20))))).toContain(
      'Birch',
    );
  });

  it('a metric that needs a key names the field when it is missing', async () => {
    const res = await director.gql(
      `query ($input: DashboardDrillDownInput!) { dashboardClients(input: $input) { totalCount } }`,
      {
        input: { metric: 'CLINICIAN_ACTIVE' },
      },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'key' }],
    });
  });
});

describe('a clinician’s today', () => {
  it('lists their own caseload’s work, most urgent first', async () => {
    const res = await clinicianA.gql<{
      myWorklist: { kind: string; daysUntilDue: number | null; client: { id: string } }[];
    }>(`{ myWorklist { kind dueDate daysUntilDue client { id } } }`);
    expect(res.errors).toBeUndefined();
    expect(
      res
        .data!.myWorklist // measures due (none given in these stays) are measure/measure.int.test.ts's
        .filter((i) => i.kind !== 'MEASURE_DUE')
        .map((i) => [Object.keys(ids).find((k) => ids[k] === i.client.id), i.kind, i.daysUntilDue]),
    ).toEqual([
      ['Alder', 'REVIEW_OVERDUE', -10],
      ['Elm', 'REVIEW_OVERDUE', -2],
    ]);
  });

  it('sees figures for their own caseload only', async () => {
    const res = await clinicianA.gql<{ directorDashboard: Dashboard }>(DASHBOARD, {
      filter: { programIds: [programId] },
    });
    expect(res.data!.directorDashboard.reviews).toEqual({ overdue: 2, dueSoon: 0 });
  });
});
