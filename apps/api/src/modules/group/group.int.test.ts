import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, localDate, mondayOf, todayIn, zonedInstant } from '@waypoint/domain';
import type { DataSource } from 'typeorm';
import { createTestClient, createTestProgram, createTestStaff } from '../../testing/factories.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';

const LA = 'America/Los_Angeles';

const CREATE = /* GraphQL */ `
  mutation ($input: CreateGroupInput!) {
    createGroup(input: $input) {
      id
      version
      capacity
      scheduleText
      fill
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation ($input: UpdateGroupInput!) {
    updateGroup(input: $input) {
      __typename
      ... on Group {
        version
        scheduleText
      }
      ... on GroupConflict {
        current {
          version
          name
        }
      }
    }
  }
`;
const GENERATE = /* GraphQL */ `
  mutation ($input: GenerateGroupSessionsInput!) {
    generateGroupSessions(input: $input) {
      created
      moved
      removed
    }
  }
`;
const ENROL = /* GraphQL */ `
  mutation ($input: EnrollClientInput!) {
    enrollClient(input: $input) {
      id
      version
      status
    }
  }
`;
const END = /* GraphQL */ `
  mutation ($input: EndEnrollmentInput!) {
    endEnrollment(input: $input) {
      __typename
      ... on GroupEnrollment {
        status
      }
      ... on GroupEnrollmentConflict {
        current {
          status
          version
        }
      }
    }
  }
`;
const GROUP = /* GraphQL */ `
  query ($id: ID!) {
    group(id: $id) {
      fill
      activeCount
      waitlistCount
      facilitators {
        id
      }
      members {
        id
        status
        clientName
      }
    }
  }
`;
const BOOK = /* GraphQL */ `
  mutation ($input: BookSessionInput!) {
    bookSession(input: $input) {
      id
      version
      kind
    }
  }
`;
const UPDATE_SESSION = /* GraphQL */ `
  mutation ($input: UpdateSessionInput!) {
    updateSession(input: $input) {
      __typename
      ... on ClinicalSession {
        version
      }
      ... on ClinicalSessionConflict {
        current {
          version
        }
      }
    }
  }
`;
const RECORD = /* GraphQL */ `
  mutation ($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      __typename
    }
  }
`;
const SCHEDULE = /* GraphQL */ `
  query ($id: ID!) {
    client(id: $id) {
      weeklySchedule {
        memberships {
          status
          group {
            name
          }
        }
        upcoming {
          kind
        }
      }
    }
  }
`;

type Errors = { extensions?: Record<string, unknown>; message: string }[] | undefined;
const fieldsOf = (errors: Errors) =>
  ((errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field).sort();

describe('groups, enrollment and sessions', () => {
  let server: TestServer;
  let ds: DataSource;
  let programId: string;
  let directorId: string;
  let clinicianId: string;
  let director: Caller;
  let clinician: Caller;
  let otherClinician: Caller;
  let today: string;

  const details = (more: object = {}) => ({
    name: 'Relapse Prevention',
    format: 'PSYCHOEDUCATIONAL',
    topic: 'RELAPSE_PREVENTION',
    enrollmentMode: 'OPEN',
    startsOn: addCalendarDays(today, -14),
    weekdays: [1, 3, 5],
    startTime: '09:00',
    endTime: '12:00',
    location: 'Room 2',
    facilitatorIds: [clinicianId],
    ...more,
  });
  const create = async (caller: Caller, more: object = {}) => {
    const res = await caller.gql<{
      createGroup: { id: string; version: number; capacity: number };
    }>(CREATE, { input: { programId, ...details(more) } });
    expect(res.errors).toBeUndefined();
    return res.data!.createGroup;
  };
  const newClient = async () =>
    (await createTestClient(ds, { programId, primaryClinicianId: clinicianId })).episode;
  const enrol = (episodeId: string, groupId: string, more: object = {}) =>
    director.gql<{ enrollClient: { id: string; version: number; status: string } }>(ENROL, {
      input: { groupId, episodeId, ...more },
    });
  const sessionsOf = (groupId: string) =>
    ds.query<
      { id: string; occurrence_date: string; starts_at: Date; status: string; version: number }[]
    >(
      `SELECT id, occurrence_date, starts_at, status, version FROM clinical_session
       WHERE group_id = $1 ORDER BY occurrence_date`,
      [groupId],
    );

  beforeAll(async () => {
    server = await startTestServer();
    ds = server.database.dataSource;
    const program = await createTestProgram(ds, { maxGroupSize: 12 });
    const other = await createTestProgram(ds);
    programId = program.id;
    today = todayIn(LA);
    const d = await createTestStaff(ds, [{ programId, role: 'DIRECTOR' }]);
    const c = await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]);
    const o = await createTestStaff(ds, [{ programId: other.id, role: 'CLINICIAN' }]);
    directorId = d.id;
    clinicianId = c.id;
    director = await server.as(d);
    clinician = await server.as(c);
    otherClinician = await server.as(o);
  });
  afterAll(() => server?.close());

  it('a new group takes the program’s maximum group size and gets its next 28 days of sessions', async () => {
    const group = await create(director);
    expect(group.capacity).toBe(12);
    const sessions = await sessionsOf(group.id);
    expect(sessions.length).toBeGreaterThanOrEqual(11);
    expect(sessions.every((s) => s.occurrence_date >= today)).toBe(true);
    const [staff] = await ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM clinical_session_staff x JOIN clinical_session s ON s.id = x.session_id
       WHERE s.group_id = $1 AND x.staff_id = $2`,
      [group.id, clinicianId],
    );
    expect(staff!.n).toBe(sessions.length);
  });

  it('the generator is idempotent: a rerun adds nothing', async () => {
    await create(director, { name: 'Process group' });
    const through = addCalendarDays(today, 42);
    const first = await director.gql<{ generateGroupSessions: { created: number } }>(GENERATE, {
      input: { programId, through },
    });
    expect(first.errors).toBeUndefined();
    const again = await director.gql(GENERATE, { input: { programId, through } });
    expect(again.data?.generateGroupSessions).toEqual({ created: 0, moved: 0, removed: 0 });
  });

  it('a schedule change moves future scheduled sessions only; held and past sessions stay', async () => {
    const group = await create(director, { name: 'Moves', weekdays: [1, 2, 3, 4, 5, 6, 7] });
    const past = addCalendarDays(today, -2);
    const held = addCalendarDays(today, -1);
    await ds.query(
      `INSERT INTO clinical_session (program_id, kind, group_id, occurrence_date, starts_at, ends_at,
         status, modality, created_by_staff_id, updated_by_staff_id)
       VALUES ($1, 'GROUP', $2, $3, $4, $5, 'HELD', 'IN_PERSON', $8, $8),
              ($1, 'GROUP', $2, $6, $7, $7::timestamptz + interval '3 hours', 'SCHEDULED', 'IN_PERSON', $8, $8)`,
      [
        programId,
        group.id,
        held,
        zonedInstant(held, '09:00', LA),
        zonedInstant(held, '12:00', LA),
        past,
        zonedInstant(past, '09:00', LA),
        directorId,
      ],
    );
    const before = await sessionsOf(group.id);
    const res = await director.gql<{ updateGroup: { version: number; scheduleText: string } }>(
      UPDATE,
      {
        input: {
          id: group.id,
          version: group.version,
          ...details({ name: 'Moves', weekdays: [2, 4], startTime: '10:00', endTime: '13:00' }),
        },
      },
    );
    expect(res.data?.updateGroup).toMatchObject({ scheduleText: 'Tue, Thu 10:00–13:00' });
    const after = await sessionsOf(group.id);
    const untouched = (d: string) => after.find((s) => s.occurrence_date === d);
    expect(untouched(held)).toMatchObject({ status: 'HELD', version: 1 });
    expect(untouched(past)).toMatchObject({ status: 'SCHEDULED', version: 1 });
    const future = after.filter((s) => s.occurrence_date > today);
    expect(future.length).toBeGreaterThan(0);
    for (const s of future) {
      const weekday = new Date(`${s.occurrence_date}T12:00:00Z`).getUTCDay();
      expect([2, 4]).toContain(weekday);
      expect(s.starts_at.toISOString()).toBe(
        zonedInstant(s.occurrence_date, '10:00', LA).toISOString(),
      );
    }
    expect(after.length).toBeLessThan(before.length);
  });

  it('a schedule change keeps future sessions with attendance, and sessions moved by hand', async () => {
    // Evenings: the other groups' facilitator is free then.
    const evening = { name: 'Kept', startTime: '17:00', endTime: '20:00' };
    const group = await create(director, { ...evening, weekdays: [1, 2, 3, 4, 5, 6, 7] });
    const episode = await newClient();
    expect((await enrol(episode.id, group.id)).errors).toBeUndefined();
    const weekday = (s: { occurrence_date: string }) =>
      new Date(`${s.occurrence_date}T12:00:00Z`).getUTCDay();
    const before = await sessionsOf(group.id);
    // A future Monday (gone from a Tue/Thu schedule) and a future Tuesday (kept, at 10:00).
    const monday = before.find((s) => s.occurrence_date > today && weekday(s) === 1)!;
    const tuesday = before.find((s) => s.occurrence_date > today && weekday(s) === 2)!;
    const recorded = await director.gql(RECORD, {
      input: {
        sessionId: monday.id,
        entries: [{ episodeId: episode.id, status: 'ABSENT_EXCUSED', absenceReason: 'Court date' }],
      },
    });
    expect(recorded.errors).toBeUndefined();
    const setByHand = async (s: (typeof before)[number], hours: number, status?: string) => {
      const { version } = (await sessionsOf(group.id)).find((x) => x.id === s.id)!;
      const startsAt = new Date(s.starts_at.getTime() + hours * 3_600_000);
      const res = await director.gql(UPDATE_SESSION, {
        input: {
          id: s.id,
          version,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
          modality: 'IN_PERSON',
          location: 'Room 2',
          ...(status ? { status } : {}),
        },
      });
      expect(res.errors).toBeUndefined();
    };
    // Attendance taken ahead of time, then the session set back to scheduled; the Tuesday moved.
    await setByHand(monday, 0, 'SCHEDULED');
    await setByHand(tuesday, -1);
    const res = await director.gql(UPDATE, {
      input: {
        id: group.id,
        version: group.version,
        ...details({ ...evening, weekdays: [2, 4], startTime: '10:00', endTime: '13:00' }),
      },
    });
    expect(res.errors).toBeUndefined();
    const after = await sessionsOf(group.id);
    expect(after.find((s) => s.id === monday.id)).toMatchObject({
      status: 'SCHEDULED',
      starts_at: monday.starts_at,
    });
    const [attendance] = await ds.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM attendance WHERE session_id = $1',
      [monday.id],
    );
    expect(attendance!.n).toBe(1);
    expect(after.find((s) => s.id === tuesday.id)?.starts_at).toEqual(
      new Date(tuesday.starts_at.getTime() - 3_600_000),
    );
    // The other Mondays went with the schedule; the other Tuesdays moved to 10:00.
    const future = after.filter((s) => s.occurrence_date > today);
    expect(future.filter((s) => weekday(s) === 1).map((s) => s.id)).toEqual([monday.id]);
    const otherTuesday = future.find((s) => weekday(s) === 2 && s.id !== tuesday.id)!;
    expect(otherTuesday.starts_at.toISOString()).toBe(
      zonedInstant(otherTuesday.occurrence_date, '10:00', LA).toISOString(),
    );
  });

  it('a stale version is refused with CONFLICT and the current group', async () => {
    const group = await create(director, { name: 'Stale' });
    await director.gql(UPDATE, {
      input: { id: group.id, version: group.version, ...details({ name: 'Stale 2' }) },
    });
    const res = await director.gql(UPDATE, {
      input: { id: group.id, version: group.version, ...details({ name: 'Stale 3' }) },
    });
    expect(res.data?.updateGroup).toEqual({
      __typename: 'GroupConflict',
      current: { version: group.version + 1, name: 'Stale 2' },
    });
  });

  it('names the fields it refuses and saves nothing', async () => {
    const [{ n: before }] = await ds.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM therapy_group WHERE program_id = $1`,
      [programId],
    );
    const res = await director.gql(CREATE, {
      input: {
        programId,
        ...details({ name: ' ', weekdays: [], startTime: '12:00', endTime: '09:00' }),
      },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res.errors)).toEqual(['endTime', 'name', 'weekdays']);
    const [{ n: after }] = await ds.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM therapy_group WHERE program_id = $1`,
      [programId],
    );
    expect(after).toBe(before);
  });

  it('a clinician edits groups they facilitate only; another program’s clinician cannot enrol', async () => {
    const mine = await create(clinician, { name: 'Mine', facilitatorIds: [clinicianId] });
    const theirs = await create(director, { name: 'Theirs', facilitatorIds: [directorId] });
    const ok = await clinician.gql(UPDATE, {
      input: { id: mine.id, version: mine.version, ...details({ name: 'Mine 2' }) },
    });
    expect(ok.data?.updateGroup).toMatchObject({ __typename: 'Group' });
    const refused = await clinician.gql(UPDATE, {
      input: {
        id: theirs.id,
        version: theirs.version,
        ...details({ facilitatorIds: [directorId] }),
      },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const episode = await newClient();
    const outsider = await otherClinician.gql(ENROL, {
      input: { groupId: mine.id, episodeId: episode.id },
    });
    expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a full group offers the waitlist, and a freed place goes to the first waitlisted', async () => {
    const group = await create(director, { name: 'Full', capacity: 2 });
    const [a, b, c, d] = [
      await newClient(),
      await newClient(),
      await newClient(),
      await newClient(),
    ];
    expect((await enrol(a.id, group.id)).data?.enrollClient.status).toBe('ACTIVE');
    expect((await enrol(b.id, group.id)).data?.enrollClient.status).toBe('ACTIVE');
    const full = await enrol(c.id, group.id);
    expect(full.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'GROUP_FULL',
    });
    expect(fieldsOf(full.errors)).toEqual(['joinWaitlist']);
    expect((await enrol(c.id, group.id, { joinWaitlist: true })).data?.enrollClient.status).toBe(
      'WAITLISTED',
    );
    expect((await enrol(d.id, group.id, { joinWaitlist: true })).data?.enrollClient.status).toBe(
      'WAITLISTED',
    );
    const view = await director.gql<{ group: { fill: string; waitlistCount: number } }>(GROUP, {
      id: group.id,
    });
    expect(view.data?.group).toMatchObject({ fill: '2/2', waitlistCount: 2 });

    const aEnrollment = (
      await ds.query<{ id: string; version: number }[]>(
        `SELECT id, version FROM group_enrollment WHERE episode_id = $1`,
        [a.id],
      )
    )[0]!;
    const ended = await director.gql(END, {
      input: {
        episodeId: a.id,
        id: aEnrollment.id,
        version: aEnrollment.version,
        status: 'COMPLETED',
      },
    });
    expect(ended.data?.endEnrollment).toEqual({
      __typename: 'GroupEnrollment',
      status: 'COMPLETED',
    });
    const statuses = await ds.query<{ episode_id: string; status: string }[]>(
      `SELECT episode_id, status FROM group_enrollment WHERE group_id = $1`,
      [group.id],
    );
    const statusOf = (id: string) => statuses.find((s) => s.episode_id === id)?.status;
    expect([statusOf(b.id), statusOf(c.id), statusOf(d.id)]).toEqual([
      'ACTIVE',
      'ACTIVE',
      'WAITLISTED',
    ]);

    const stale = await director.gql(END, {
      input: {
        episodeId: a.id,
        id: aEnrollment.id,
        version: aEnrollment.version,
        status: 'WITHDRAWN',
      },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');

    const schedule = await director.gql<{
      client: { weeklySchedule: { memberships: { status: string; group: { name: string } }[] } };
    }>(SCHEDULE, {
      id: (
        await ds.query<{ client_id: string }[]>(`SELECT client_id FROM episode WHERE id = $1`, [
          c.id,
        ])
      )[0]!.client_id,
    });
    expect(schedule.data?.client.weeklySchedule.memberships).toEqual([
      { status: 'ACTIVE', group: { name: 'Full' } },
    ]);
  });

  it('a closed group takes new members only at its start', async () => {
    const started = await create(director, { name: 'Closed', enrollmentMode: 'CLOSED' });
    const res = await enrol((await newClient()).id, started.id);
    expect(res.errors?.[0]?.extensions).toMatchObject({ reason: 'CLOSED_GROUP_STARTED' });
    const upcoming = await create(director, {
      name: 'Closed later',
      enrollmentMode: 'CLOSED',
      startsOn: addCalendarDays(today, 7),
    });
    expect((await enrol((await newClient()).id, upcoming.id)).data?.enrollClient.status).toBe(
      'ACTIVE',
    );
  });

  describe('double booking', () => {
    const at = (days: number, time: string) => zonedInstant(addCalendarDays(today, days), time, LA);
    const book = (episodeId: string, start: Date, end: Date, staffIds = [clinicianId]) =>
      director.gql<{ bookSession: { id: string; version: number } }>(BOOK, {
        input: {
          episodeId,
          kind: 'INDIVIDUAL',
          startsAt: start.toISOString(),
          endsAt: end.toISOString(),
          modality: 'IN_PERSON',
          staffIds,
        },
      });

    it('refuses a clinician booked twice, naming the clashing session; back to back is fine', async () => {
      const [x, y] = [await newClient(), await newClient()];
      const first = await book(x.id, at(40, '14:00'), at(40, '15:00'));
      expect(first.errors).toBeUndefined();
      const clash = await book(y.id, at(40, '14:30'), at(40, '15:30'));
      expect(clash.errors?.[0]?.extensions).toMatchObject({ reason: 'DOUBLE_BOOKED' });
      expect(clash.errors?.[0]?.message).toMatch(/individual session on .* 14:00–15:00/);
      expect((await book(y.id, at(40, '15:00'), at(40, '16:00'))).errors).toBeUndefined();
    });

    it('refuses a client booked during a group they attend, naming the group', async () => {
      const group = await create(director, {
        name: 'Morning group',
        weekdays: [1, 2, 3, 4, 5, 6, 7],
        facilitatorIds: [directorId],
      });
      const x = await newClient();
      await enrol(x.id, group.id);
      const free = await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]);
      const res = await book(x.id, at(3, '10:00'), at(3, '11:00'), [free.id]);
      expect(res.errors?.[0]?.message).toMatch(/The client already has the group “Morning group”/);
    });

    it('of two concurrent bookings of one clinician exactly one wins', async () => {
      const episodes = await Promise.all([newClient(), newClient(), newClient(), newClient()]);
      const results = await Promise.all(
        episodes.map((e) => book(e.id, at(45, '13:00'), at(45, '14:00'))),
      );
      expect(results.filter((r) => !r.errors).length).toBe(1);
      expect(
        results.filter((r) => r.errors?.[0]?.extensions?.reason === 'DOUBLE_BOOKED').length,
      ).toBe(3);
    });

    it('a moved session is checked again, and a stale version answers the current session', async () => {
      const x = await newClient();
      const booked = (await book(x.id, at(50, '09:00'), at(50, '10:00'))).data!.bookSession;
      const move = (version: number) =>
        director.gql(UPDATE_SESSION, {
          input: {
            id: booked.id,
            version,
            startsAt: at(50, '10:00').toISOString(),
            endsAt: at(50, '11:00').toISOString(),
            modality: 'TELEHEALTH',
          },
        });
      expect((await move(booked.version)).data?.updateSession).toEqual({
        __typename: 'ClinicalSession',
        version: booked.version + 1,
      });
      expect((await move(booked.version)).data?.updateSession).toEqual({
        __typename: 'ClinicalSessionConflict',
        current: { version: booked.version + 1 },
      });
    });
  });

  it('a group’s weeks: sessions held and the share of attendance taken that was attended', async () => {
    const group = await create(director, { name: 'Weekly rates' });
    const [{ timeZone }] = await ds.query<[{ timeZone: string }]>(
      'SELECT time_zone AS "timeZone" FROM program WHERE id = $1',
      [programId],
    );
    const a = await newClient();
    const b = await newClient();
    // Three past sessions on different days; the cancelled one counts for nothing.
    const day = 86_400_000;
    const held = [
      {
        at: new Date(Date.now() - 7 * day),
        status: 'HELD',
        marks: ['PRESENT', 'ABSENT_UNEXCUSED'],
      },
      { at: new Date(Date.now() - 8 * day), status: 'HELD', marks: ['LATE', 'LEFT_EARLY'] },
      { at: new Date(Date.now() - 9 * day), status: 'CANCELLED', marks: [] },
    ];
    for (const h of held) {
      const [session] = await ds.query<[{ id: string }]>(
        `INSERT INTO clinical_session (program_id, kind, group_id, occurrence_date, starts_at, ends_at,
           status, modality, created_by_staff_id, updated_by_staff_id)
         VALUES ($1, 'GROUP', $2, $3, $4, $4::timestamptz + interval '3 hours', $5, 'IN_PERSON', $6, $6)
         RETURNING id`,
        [programId, group.id, localDate(h.at, timeZone), h.at, h.status, directorId],
      );
      for (const [i, mark] of h.marks.entries()) {
        const episode = i === 0 ? a : b;
        await ds.query(
          `INSERT INTO attendance (session_id, episode_id, client_id, status, minutes, recorded_by_id)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [
            session.id,
            episode.id,
            episode.clientId,
            mark,
            mark.startsWith('ABSENT') ? 0 : 150,
            directorId,
          ],
        );
      }
    }
    const res = await director.gql<{
      group: {
        attendanceByWeek: {
          weekStart: string;
          sessions: number;
          recorded: number;
          attended: number;
          rate: number | null;
        }[];
      };
    }>(
      `query ($id: ID!) { group(id: $id) {
         attendanceByWeek(weeks: 3) { weekStart sessions recorded attended rate } } }`,
      { id: group.id },
    );
    expect(res.errors).toBeUndefined();
    const weeks = res.data!.group.attendanceByWeek;
    expect(weeks).toHaveLength(3);
    expect(weeks[0]!.weekStart).toBe(mondayOf(todayIn(timeZone)));
    // What each week should hold, counted here from the sessions as placed.
    for (const w of weeks) {
      const inWeek = held.filter(
        (h) => h.status === 'HELD' && mondayOf(localDate(h.at, timeZone)) === w.weekStart,
      );
      const marks = inWeek.flatMap((h) => h.marks);
      const attended = marks.filter((m) => !m.startsWith('ABSENT')).length;
      expect(w).toEqual({
        weekStart: w.weekStart,
        sessions: inWeek.length,
        recorded: marks.length,
        attended,
        rate: marks.length ? attended / marks.length : null,
      });
    }
    expect(weeks.reduce((n, w) => n + w.recorded, 0)).toBe(4);
    // Two lengths asked in one request (batched together) count each week once.
    const both = await director.gql<{
      group: { short: { sessions: number; recorded: number }[]; long: typeof weeks };
    }>(
      `query ($id: ID!) { group(id: $id) {
         short: attendanceByWeek(weeks: 2) { sessions recorded }
         long: attendanceByWeek(weeks: 3) { weekStart sessions recorded attended rate } } }`,
      { id: group.id },
    );
    expect(both.data!.group.long).toEqual(weeks);
    expect(both.data!.group.short).toEqual(
      weeks.slice(0, 2).map((w) => ({ sessions: w.sessions, recorded: w.recorded })),
    );
    const refused = await director.gql(
      `query ($id: ID!) { group(id: $id) { attendanceByWeek(weeks: 99) { weekStart } } }`,
      { id: group.id },
    );
    expect(JSON.stringify(refused.errors)).toContain('weeks');
  });
});
