import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import {
  addCalendarDays,
  localDate,
  mondayOf,
  todayIn,
  weeklyHours,
  type AttendedService,
} from '@waypoint/domain';
import { createTestClient, createTestProgram, createTestStaff } from '../../testing/factories.js';
import { countQueries } from '../../test-support/count-queries.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';
import { createTestGroup, enrol } from './attendance-fixtures.js';

const BELOW = /* GraphQL */ `
  query ($programIds: [ID!], $weekStart: LocalDate) {
    belowWeeklyHours(programIds: $programIds, weekStart: $weekStart) {
      weekStart
      inTreatment
      count
      clients {
        episodeId
        totalMinutes
        targetMinutes
        daysAttended
      }
    }
  }
`;
const CSV = /* GraphQL */ `
  query ($programId: ID!, $weekStart: LocalDate!) {
    billableDaysCsv(programId: $programId, weekStart: $weekStart)
  }
`;

interface Below {
  belowWeeklyHours: {
    weekStart: string;
    inTreatment: number;
    count: number;
    clients: {
      episodeId: string;
      totalMinutes: number;
      targetMinutes: number;
      daysAttended: number;
    }[];
  };
}

/** A small deterministic generator (mulberry32), so a failure can be replayed from its seed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;

describe('below weekly hours: the dashboard’s SQL agrees with the domain’s Rule 2', () => {
  let server: TestServer;
  let ds: DataSource;
  let director: Caller;
  let programId: string;
  const timeZone = 'America/Los_Angeles';
  const episodes: { id: string; clientId: string; admittedAt: Date; dischargedAt: Date | null }[] =
    [];
  const services = new Map<string, AttendedService[]>();
  let weekStart: string;

  beforeAll(async () => {
    server = await startTestServer();
    ds = server.database.dataSource;
    const program = await createTestProgram(ds, { timeZone, weeklyHoursTarget: 7.5 });
    programId = program.id;
    const staff = await createTestStaff(ds, [{ programId, role: 'DIRECTOR' }]);
    director = await server.as(staff);
    weekStart = addCalendarDays(mondayOf(todayIn(timeZone)), -7);
    const rand = random(20261101);
    const groupId = await createTestGroup(ds, programId, staff.id, []);
    const all: { id: string; clientId: string }[] = [];
    for (let i = 0; i < 24; i++) {
      const { episode } = await createTestClient(ds, { programId });
      // Admission from 30 days before the week to inside it; some discharged inside it.
      const admittedAt = new Date(
        Date.parse(`${weekStart}T12:00:00Z`) + Math.floor(rand() * 37 - 30) * DAY,
      );
      const dischargedAt =
        rand() < 0.25
          ? new Date(Date.parse(`${weekStart}T20:00:00Z`) + Math.floor(rand() * 7) * DAY)
          : null;
      await ds.query(`UPDATE episode SET admitted_at = $2, discharged_at = $3 WHERE id = $1`, [
        episode.id,
        admittedAt,
        dischargedAt && dischargedAt > admittedAt ? dischargedAt : null,
      ]);
      episodes.push({
        id: episode.id,
        clientId: episode.clientId,
        admittedAt,
        dischargedAt: dischargedAt && dischargedAt > admittedAt ? dischargedAt : null,
      });
      all.push({ id: episode.id, clientId: episode.clientId });
    }
    await enrol(ds, groupId, staff.id, all);
    // Group sessions on every day of the week and its edges (including late-night ones that
    // cross midnight), individual sessions on their own; attendance at random, never overlapping.
    for (let d = -1; d <= 7; d++) {
      const date = addCalendarDays(weekStart, d);
      const hour = d % 3 === 0 ? 23 : 9; // 23:00 local crosses midnight
      // Local time in Los Angeles (UTC−8 in winter, −7 in summer: 8 hours is near enough, the
      // dates of service are what the test compares).
      const startsAt = new Date(Date.parse(`${date}T00:00:00Z`) + (hour + 8) * 3_600_000);
      const [{ id: sessionId }] = await ds.query<[{ id: string }]>(
        `INSERT INTO clinical_session (created_by_staff_id, updated_by_staff_id, program_id, kind, group_id,
           occurrence_date, starts_at, ends_at, status, modality)
         VALUES ($1, $1, $2, 'GROUP', $3, $4, $5, $6, 'HELD', 'IN_PERSON') RETURNING id`,
        [staff.id, programId, groupId, date, startsAt, new Date(startsAt.getTime() + 180 * 60_000)],
      );
      for (const e of all) {
        const r = rand();
        if (r < 0.3) continue;
        const status = r < 0.4 ? 'ABSENT_UNEXCUSED' : r < 0.5 ? 'LATE' : 'PRESENT';
        const minutes =
          status === 'ABSENT_UNEXCUSED'
            ? 0
            : status === 'LATE'
              ? 90 + Math.floor(rand() * 90)
              : 180;
        await ds.query(
          `INSERT INTO attendance (session_id, episode_id, client_id, status, minutes, recorded_by_id)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [sessionId, e.id, e.clientId, status, minutes, staff.id],
        );
        if (minutes > 0) {
          const list = services.get(e.id) ?? [];
          list.push({
            kind: 'GROUP',
            startsAt,
            endsAt: new Date(startsAt.getTime() + 180 * 60_000),
            minutes,
          });
          services.set(e.id, list);
        }
      }
      // An individual session, HELD with no attendance row, for one client in three, at 14:00.
      for (const e of all) {
        if (rand() > 0.33) continue;
        const at = new Date(Date.parse(`${date}T22:00:00Z`));
        await ds.query(
          `INSERT INTO clinical_session (created_by_staff_id, updated_by_staff_id, program_id, kind, episode_id,
             starts_at, ends_at, status, modality)
           VALUES ($1, $1, $2, 'INDIVIDUAL', $3, $4, $5, 'HELD', 'IN_PERSON')`,
          [staff.id, programId, e.id, at, new Date(at.getTime() + 50 * 60_000)],
        );
        const list = services.get(e.id) ?? [];
        list.push({
          kind: 'INDIVIDUAL',
          startsAt: at,
          endsAt: new Date(at.getTime() + 50 * 60_000),
          minutes: 50,
        });
        services.set(e.id, list);
      }
    }
  });
  afterAll(() => server?.close());

  it('counts exactly the clients the domain function finds below target, with the same minutes', async () => {
    const res = await director.gql<Below>(BELOW, { programIds: [programId], weekStart });
    expect(res.errors).toBeUndefined();
    const got = res.data!.belowWeeklyHours;
    const expected = episodes
      .map((e) => ({
        episodeId: e.id,
        hours: weeklyHours(
          services.get(e.id) ?? [],
          { timeZone, weeklyHoursTarget: 7.5, minimumDaysPerWeek: 3 },
          {
            admittedOn: localDate(e.admittedAt, timeZone),
            dischargedOn: e.dischargedAt ? localDate(e.dischargedAt, timeZone) : null,
          },
          weekStart,
        ),
      }))
      .filter((e) => e.hours.daysInTreatment > 0);
    expect(got.weekStart).toBe(weekStart);
    expect(got.inTreatment).toBe(expected.length);
    const below = expected.filter((e) => e.hours.belowTarget);
    expect(got.count).toBe(below.length);
    expect(
      got.clients
        .map((c) => ({
          episodeId: c.episodeId,
          total: c.totalMinutes,
          target: c.targetMinutes,
          days: c.daysAttended,
        }))
        .sort((a, b) => a.episodeId.localeCompare(b.episodeId)),
    ).toEqual(
      below
        .map((e) => ({
          episodeId: e.episodeId,
          total: e.hours.totalMinutes,
          target: e.hours.targetMinutes,
          days: e.hours.daysAttended,
        }))
        .sort((a, b) => a.episodeId.localeCompare(b.episodeId)),
    );
    // Something on both sides, or the comparison proves little.
    expect(got.count).toBeGreaterThan(0);
    expect(got.count).toBeLessThan(expected.length);
  });

  const WEEK_FIELDS = `weekStart weekEnd groupMinutes individualFamilyMinutes totalMinutes
    targetMinutes daysAttended billableDays minimumDays daysInTreatment partial belowTarget
    belowMinimumDays`;
  const chartHours = (weeks: number) =>
    `query ($id: ID!) { client(id: $id) { currentEpisode { id weeklyHours(weeks: ${weeks}) { ${WEEK_FIELDS} } } } }`;

  it('the chart reads its weekly hours with the client, as the episode’s own loader counts them', async () => {
    for (const e of episodes.slice(0, 8)) {
      for (const weeks of [1, 2, 12, 52]) {
        const chart = await director.gql<{
          client: { currentEpisode: { id: string; weeklyHours: unknown[] } };
        }>(chartHours(weeks), { id: e.clientId });
        const alone = await director.gql<{ episode: { weeklyHours: unknown[] } }>(
          `query ($id: ID!) { episode(id: $id) { weeklyHours(weeks: ${weeks}) { ${WEEK_FIELDS} } } }`,
          { id: e.id },
        );
        expect(chart.errors).toBeUndefined();
        expect(chart.data!.client.currentEpisode.id).toBe(e.id);
        expect(chart.data!.client.currentEpisode.weeklyHours).toHaveLength(weeks);
        expect(chart.data!.client.currentEpisode.weeklyHours).toEqual(
          alone.data!.episode.weeklyHours,
        );
      }
    }
    // A bad number of weeks is still refused by the field, naming it.
    const bad = await director.gql(chartHours(53), { id: episodes[0]!.clientId });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('the chart’s weekly hours cost no statement of their own, whatever the number of weeks', async () => {
    const id = episodes[0]!.clientId;
    const count = (query: string, weeks?: number) =>
      countQueries(ds, async () =>
        expect((await director.gql(query, { id, weeks })).errors).toBeUndefined(),
      );
    const without = await count(`query ($id: ID!) { client(id: $id) { currentEpisode { id } } }`);
    for (const weeks of [1, 12, 52]) expect(await count(chartHours(weeks))).toBe(without);
    // As the web app asks: the number of weeks in a variable.
    const byVariable = `query ($id: ID!, $weeks: Int!) { client(id: $id) { currentEpisode {
      weeklyHours(weeks: $weeks) { totalMinutes } } } }`;
    for (const weeks of [1, 12, 52]) expect(await count(byVariable, weeks)).toBe(without);
  });

  it('exports the week’s billable days (3 hours or more on a date of service) as CSV', async () => {
    const res = await director.gql<{ billableDaysCsv: string }>(CSV, { programId, weekStart });
    expect(res.errors).toBeUndefined();
    const lines = res.data!.billableDaysCsv.trim().split('\n');
    expect(lines[0]).toBe('client_id,client_name,episode_id,date_of_service,hcpcs,units,minutes');
    const expected = [...services.values()]
      .map((list) => {
        const byDay = new Map<string, number>();
        for (const s of list) {
          const day = localDate(s.startsAt, timeZone);
          if (day >= weekStart && day <= addCalendarDays(weekStart, 6))
            byDay.set(day, (byDay.get(day) ?? 0) + s.minutes);
        }
        return [...byDay.values()].filter((m) => m >= 180).length;
      })
      .reduce((a, b) => a + b, 0);
    expect(lines.length - 1).toBe(expected);
    expect(lines.slice(1).every((l) => l.includes(',H0015,1,'))).toBe(true);
  });
});
