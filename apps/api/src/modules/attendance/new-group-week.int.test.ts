import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { zonedInstant } from '@waypoint/domain';
import type { DataSource } from 'typeorm';
import { createTestClient, createTestProgram, createTestStaff } from '../../testing/factories.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';

/**
 * Issue 11's "done when", as a new user would do it through the API: a Mon/Wed/Fri group of four,
 * clients enrolled until the waitlist starts, a place freed and taken by the first waiting, and
 * attendance for the two weeks around the end of daylight saving time in Los Angeles (Sunday
 * 1 November 2026), then each client's weekly hours and billable IOP days (H0015: a day with at
 * least 3 hours of attended service) against a count made by hand.
 *
 * The API's clock is set to each day as it happens (Node's clock only: sessions are generated and
 * enrolments dated from "today"); PostgreSQL's stays real, so the weeks read back are past ones.
 */
const LA = 'America/Los_Angeles';
const at = (date: string, time: string) => zonedInstant(date, time, LA);

let server: TestServer;
let ds: DataSource;
let programId: string;
let clinicianId: string;
let director: Caller;
let facilitator: Caller;
const episodes: Record<'A' | 'B' | 'C' | 'D' | 'E', string> = { A: '', B: '', C: '', D: '', E: '' };
type Name = keyof typeof episodes;
const clients: Record<Name, string> = { ...episodes };

beforeAll(async () => {
  server = await startTestServer();
  ds = server.database.dataSource;
  const program = await createTestProgram(ds, { timeZone: LA });
  programId = program.id;
  const d = await createTestStaff(ds, [{ programId, role: 'DIRECTOR' }]);
  const c = await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]);
  clinicianId = c.id;
  director = await server.as(d);
  facilitator = await server.as(c);
  // In treatment since early October: both weeks are whole weeks of their stays.
  for (const name of Object.keys(episodes) as Name[]) {
    const { episode } = await createTestClient(
      ds,
      { programId, primaryClinicianId: c.id, openedAt: at('2026-10-01', '10:00') },
      { firstName: name, lastName: 'Tester' },
    );
    episodes[name] = episode.id;
    clients[name] = episode.clientId;
  }
});
afterAll(async () => {
  vi.useRealTimers();
  await server?.close();
});

const clock = (date: string, time: string) => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at(date, time));
};

async function ok<T>(caller: Caller, query: string, variables: Record<string, unknown>) {
  const res = await caller.gql<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const enrol = (episodeId: string, groupId: string, joinWaitlist?: boolean) =>
  director.gql<{ enrollClient: { id: string; version: number; status: string } }>(
    `mutation ($input: EnrollClientInput!) { enrollClient(input: $input) { id version status } }`,
    { input: { groupId, episodeId, joinWaitlist } },
  );

type Line = [Name, string, number?, string?];
/** Takes a session's roster as the facilitator: each line's status, minutes and reason. */
async function take(sessionId: string, lines: Line[]) {
  const { sessionRoster } = await ok<{
    sessionRoster: { entries: { episodeId: string; version: number | null }[] };
  }>(
    facilitator,
    `query ($id: ID!) { sessionRoster(sessionId: $id) { entries { episodeId version } } }`,
    {
      id: sessionId,
    },
  );
  expect(sessionRoster.entries.map((e) => e.episodeId).sort()).toEqual(
    lines.map(([name]) => episodes[name]).sort(),
  );
  const { recordAttendance } = await ok<{ recordAttendance: { __typename: string } }>(
    facilitator,
    `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { __typename } }`,
    {
      input: {
        sessionId,
        entries: lines.map(([name, status, minutes, absenceReason]) => ({
          episodeId: episodes[name],
          status,
          minutes: minutes ?? null,
          absenceReason: absenceReason ?? null,
          version: sessionRoster.entries.find((e) => e.episodeId === episodes[name])!.version,
        })),
      },
    },
  );
  expect(recordAttendance.__typename).toBe('SessionRoster');
}

/** An individual session on a client's chart, booked and then recorded as attended. */
async function individual(name: Name, date: string, from: string, to: string, minutes: number) {
  const { bookSession } = await ok<{ bookSession: { id: string } }>(
    facilitator,
    `mutation ($input: BookSessionInput!) { bookSession(input: $input) { id } }`,
    {
      input: {
        episodeId: episodes[name],
        kind: 'INDIVIDUAL',
        modality: 'IN_PERSON',
        startsAt: at(date, from).toISOString(),
        endsAt: at(date, to).toISOString(),
      },
    },
  );
  await take(bookSession.id, [[name, 'PRESENT', minutes]]);
}

it('a Mon/Wed/Fri group: waitlist, promotion, a week across the end of DST, hours and billable days as counted by hand', async () => {
  // Wednesday 21 October, before the group's first meeting.
  clock('2026-10-21', '08:00');
  const { createGroup: group } = await ok<{ createGroup: { id: string; scheduleText: string } }>(
    director,
    `mutation ($input: CreateGroupInput!) { createGroup(input: $input) { id scheduleText } }`,
    {
      input: {
        programId,
        name: 'Relapse prevention',
        format: 'PSYCHOEDUCATIONAL',
        topic: 'RELAPSE_PREVENTION',
        capacity: 4,
        enrollmentMode: 'OPEN',
        startsOn: '2026-10-21',
        weekdays: [1, 3, 5],
        startTime: '09:00',
        endTime: '12:00',
        location: 'Room 2',
        facilitatorIds: [clinicianId],
      },
    },
  );
  expect(group.scheduleText).toContain('09:00');
  for (const name of ['A', 'B', 'C', 'D'] as const) {
    expect((await enrol(episodes[name], group.id)).data?.enrollClient.status).toBe('ACTIVE');
  }
  const full = await enrol(episodes.E, group.id);
  expect(full.errors?.[0]?.extensions).toMatchObject({ reason: 'GROUP_FULL' });
  expect((await enrol(episodes.E, group.id, true)).data?.enrollClient.status).toBe('WAITLISTED');

  // The sessions keep 09:00 local on both sides of the change: 16:00 UTC in PDT, 17:00 in PST.
  const sessions = await ds.query<{ on: string; starts_at: Date }[]>(
    `SELECT to_char(occurrence_date, 'YYYY-MM-DD') AS on, starts_at FROM clinical_session
     WHERE group_id = $1 AND occurrence_date BETWEEN '2026-10-26' AND '2026-11-06' ORDER BY 1`,
    [group.id],
  );
  expect(sessions.map((s) => [s.on, s.starts_at.toISOString()])).toEqual([
    ['2026-10-26', '2026-10-26T16:00:00.000Z'],
    ['2026-10-28', '2026-10-28T16:00:00.000Z'],
    ['2026-10-30', '2026-10-30T16:00:00.000Z'],
    ['2026-11-02', '2026-11-02T17:00:00.000Z'],
    ['2026-11-04', '2026-11-04T17:00:00.000Z'],
    ['2026-11-06', '2026-11-06T17:00:00.000Z'],
  ]);
  const [mon1, wed1, fri1, mon2, wed2, fri2] = (
    await ds.query<{ id: string }[]>(
      `SELECT id FROM clinical_session WHERE group_id = $1
         AND occurrence_date BETWEEN '2026-10-26' AND '2026-11-06' ORDER BY occurrence_date`,
      [group.id],
    )
  ).map((s) => s.id) as [string, string, string, string, string, string];

  clock('2026-10-26', '12:05');
  await take(mon1, [
    ['A', 'PRESENT'],
    ['B', 'LATE', 150],
    ['C', 'ABSENT_EXCUSED', 0, 'Unwell'],
    ['D', 'PRESENT'],
  ]);

  // Tuesday: B leaves the group; E, first on the waitlist, takes the place from today.
  clock('2026-10-27', '10:00');
  const [b] = await ds.query<{ id: string; version: number }[]>(
    `SELECT id, version FROM group_enrollment WHERE group_id = $1 AND episode_id = $2`,
    [group.id, episodes.B],
  );
  await ok(
    director,
    `mutation ($input: EndEnrollmentInput!) { endEnrollment(input: $input) { __typename } }`,
    { input: { episodeId: episodes.B, id: b!.id, version: b!.version, status: 'WITHDRAWN' } },
  );
  const { group: after } = await ok<{ group: { fill: string; waitlistCount: number } }>(
    director,
    `query ($id: ID!) { group(id: $id) { fill waitlistCount } }`,
    { id: group.id },
  );
  expect(after).toEqual({ fill: '4/4', waitlistCount: 0 });

  clock('2026-10-28', '12:05');
  await take(wed1, [
    ['A', 'PRESENT'],
    ['C', 'PRESENT'],
    ['D', 'LATE', 120],
    ['E', 'PRESENT'],
  ]);
  await individual('D', '2026-10-28', '13:00', '14:00', 60);

  clock('2026-10-30', '12:05');
  await take(fri1, [
    ['A', 'LEFT_EARLY', 170],
    ['C', 'PRESENT'],
    ['D', 'PRESENT'],
    ['E', 'ABSENT_UNEXCUSED', 0],
  ]);

  // Daylight saving time ends on Sunday 1 November.
  clock('2026-11-02', '12:05');
  await take(mon2, [
    ['A', 'PRESENT'],
    ['C', 'PRESENT'],
    ['D', 'PRESENT'],
    ['E', 'PRESENT'],
  ]);
  // 16:00–17:30 PST is 00:00–01:30 UTC on Tuesday: still Monday's service in the program's zone.
  clock('2026-11-02', '15:00');
  await individual('C', '2026-11-02', '16:00', '17:30', 90);

  clock('2026-11-04', '12:05');
  await take(wed2, [
    ['A', 'PRESENT'],
    ['C', 'LATE', 170],
    ['D', 'ABSENT_EXCUSED', 0, 'Work shift'],
    ['E', 'PRESENT'],
  ]);

  clock('2026-11-06', '12:05');
  await take(fri2, [
    ['A', 'PRESENT'],
    ['C', 'PRESENT'],
    ['D', 'PRESENT'],
    ['E', 'LEFT_EARLY', 90],
  ]);
  vi.useRealTimers();

  // Counted by hand from the rosters above: [group, individual, days attended, billable days].
  const byHand: Record<string, Record<Name, [number, number, number, number]>> = {
    '2026-10-26': {
      A: [530, 0, 3, 2], // 180 + 180 + 170: Friday is under 3 hours
      B: [150, 0, 1, 0],
      C: [360, 0, 2, 2],
      D: [480, 60, 3, 3], // Wednesday: 120 late + 60 individual = 3 hours
      E: [180, 0, 1, 1],
    },
    '2026-11-02': {
      A: [540, 0, 3, 3],
      B: [0, 0, 0, 0],
      C: [530, 90, 3, 2], // Monday 180 + 90; Wednesday 170 is under 3 hours
      D: [360, 0, 2, 2],
      E: [450, 0, 3, 2],
    },
  };
  for (const name of Object.keys(episodes) as Name[]) {
    const { episode } = await ok<{
      episode: {
        weeklyHours: {
          weekStart: string;
          groupMinutes: number;
          individualFamilyMinutes: number;
          totalMinutes: number;
          targetMinutes: number;
          daysAttended: number;
          billableDays: number;
        }[];
        first: { billableDays: number; attendedDays: number };
        second: { billableDays: number; attendedDays: number };
      };
    }>(
      director,
      `query ($id: ID!) { episode(id: $id) {
        weeklyHours(weeks: 12) { weekStart groupMinutes individualFamilyMinutes totalMinutes
          targetMinutes daysAttended billableDays }
        first: billableDays(week: "2026-10-28") { attendedDays billableDays }
        second: billableDays(week: "2026-11-05") { attendedDays billableDays } } }`,
      { id: episodes[name] },
    );
    // The client's chart reads the same weeks with the client, in its one statement.
    const { client } = await ok<{ client: { currentEpisode: typeof episode } }>(
      director,
      `query ($id: ID!) { client(id: $id) { currentEpisode {
        weeklyHours(weeks: 12) { weekStart groupMinutes individualFamilyMinutes totalMinutes
          targetMinutes daysAttended billableDays } } } }`,
      { id: clients[name] },
    );
    expect(client.currentEpisode.weeklyHours).toEqual(episode.weeklyHours);
    for (const [week, billing] of [
      ['2026-10-26', episode.first],
      ['2026-11-02', episode.second],
    ] as const) {
      const [group, individual, days, billable] = byHand[week]![name];
      const hours = episode.weeklyHours.find((w) => w.weekStart === week);
      expect({ name, week, ...hours }).toEqual({
        name,
        week,
        weekStart: week,
        groupMinutes: group,
        individualFamilyMinutes: individual,
        totalMinutes: group + individual,
        targetMinutes: 540,
        daysAttended: days,
        billableDays: billable,
      });
      expect({ name, week, ...billing }).toEqual({
        name,
        week,
        attendedDays: days,
        billableDays: billable,
      });
    }
  }

  // The director's "below weekly hours" and the billing export agree with the same count.
  for (const [week, below, billable] of [
    ['2026-10-26', ['B', 'E', 'C', 'A'], 8],
    ['2026-11-02', ['B', 'D', 'E'], 9],
  ] as const) {
    const { belowWeeklyHours } = await ok<{
      belowWeeklyHours: { inTreatment: number; clients: { episodeId: string }[] };
    }>(
      director,
      `query ($ids: [ID!], $week: LocalDate) { belowWeeklyHours(programIds: $ids, weekStart: $week) {
        inTreatment clients { episodeId } } }`,
      { ids: [programId], week },
    );
    expect(belowWeeklyHours.inTreatment).toBe(5);
    expect(belowWeeklyHours.clients.map((c) => c.episodeId)).toEqual(below.map((n) => episodes[n]));
    const { billableDaysCsv } = await ok<{ billableDaysCsv: string }>(
      director,
      `query ($p: ID!, $week: LocalDate!) { billableDaysCsv(programId: $p, weekStart: $week) }`,
      { p: programId, week },
    );
    expect(billableDaysCsv.trim().split('\n').slice(1)).toHaveLength(billable);
  }
});
