import { todayIn } from '@waypoint/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import {
  createTestClient,
  createTestEpisodeRecords,
  createTestProgram,
  createTestStaff,
} from '../../testing/factories.js';
import { countQueries } from '../../test-support/count-queries.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';
import { createGroupSession, createTestGroup, enrol } from './attendance-fixtures.js';

const ROSTER = /* GraphQL */ `
  query ($id: ID!) {
    sessionRoster(sessionId: $id) {
      session {
        id
        status
        version
        createdAt
        updatedAt
      }
      sessionMinutes
      entries {
        episodeId
        clientName
        status
        minutes
        recorded
        version
      }
    }
  }
`;
const RECORD = /* GraphQL */ `
  mutation ($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      __typename
      ... on SessionRoster {
        session {
          status
          version
          updatedAt
        }
        entries {
          episodeId
          status
          minutes
          recorded
          version
        }
      }
      ... on RosterConflict {
        message
        staleEpisodeIds
        staleClientNames
        roster {
          entries {
            episodeId
            status
            version
          }
        }
      }
    }
  }
`;
const HOURS = /* GraphQL */ `
  query ($id: ID!) {
    episode(id: $id) {
      weeklyHours(weeks: 12) {
        weekStart
        groupMinutes
        totalMinutes
      }
      attendanceSummary {
        attendedLast14Days
        missedLast14Days
      }
    }
  }
`;

interface Entry {
  episodeId: string;
  clientName: string;
  status: string;
  minutes: number;
  recorded: boolean;
  version: number | null;
}
interface Roster {
  sessionRoster: {
    session: { id: string; status: string; version: number; createdAt: string; updatedAt: string };
    sessionMinutes: number;
    entries: Entry[];
  };
}
interface Recorded {
  recordAttendance:
    | {
        __typename: 'SessionRoster';
        session: { status: string; version: number; updatedAt: string };
        entries: Entry[];
      }
    | {
        __typename: 'RosterConflict';
        message: string;
        staleEpisodeIds: string[];
        staleClientNames: string[];
        roster: { entries: Entry[] };
      };
}

const DAY = 86_400_000;

describe('attendance: rosters, one-transaction saves, Rule 3, weekly hours', () => {
  let server: TestServer;
  let ds: DataSource;
  let programId: string;
  let groupId: string;
  let staffId: string;
  let facilitatorId: string;
  let facilitator: Caller;
  let clinician: Caller;
  let outsider: Caller;
  const episodes: { id: string; clientId: string }[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    ds = server.database.dataSource;
    const program = await createTestProgram(ds);
    programId = program.id;
    const facilitatorStaff = await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]);
    const primary = await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]);
    const other = await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]);
    staffId = primary.id;
    facilitatorId = facilitatorStaff.id;
    for (let i = 0; i < 12; i++) {
      const { episode } = await createTestClient(ds, { programId, primaryClinicianId: primary.id });
      episodes.push({ id: episode.id, clientId: episode.clientId });
    }
    groupId = await createTestGroup(ds, programId, primary.id, [facilitatorStaff.id]);
    await enrol(ds, groupId, primary.id, episodes);
    facilitator = await server.as(facilitatorStaff);
    clinician = await server.as(primary);
    outsider = await server.as(other);
  });
  afterAll(() => server?.close());

  // One session per group and date: each test takes its own day.
  const session = (daysAgo: number) =>
    createGroupSession(ds, programId, groupId, staffId, new Date(Date.now() - daysAgo * DAY));

  const allPresent = (roster: Roster['sessionRoster']) =>
    roster.entries.map((e) => ({ episodeId: e.episodeId, status: 'PRESENT', version: e.version }));

  it('the facilitator reads the roster: every member, PRESENT for the whole session by default', async () => {
    const id = await session(1);
    const res = await facilitator.gql<Roster>(ROSTER, { id });
    expect(res.errors).toBeUndefined();
    const roster = res.data!.sessionRoster;
    // The session is the whole record, as its own queries answer it.
    const [row] = await ds.query<{ version: number; created_at: Date }[]>(
      `SELECT version, created_at FROM clinical_session WHERE id = $1`,
      [id],
    );
    expect(roster.session).toMatchObject({ id, status: 'SCHEDULED', version: row!.version });
    expect(new Date(roster.session.createdAt)).toEqual(row!.created_at);
    expect(roster.entries).toHaveLength(12);
    expect(
      roster.entries.every((e) => e.status === 'PRESENT' && e.minutes === 180 && !e.recorded),
    ).toBe(true);
  });

  it('saves a 12-person roster in one transaction, marks the session HELD and audits each client', async () => {
    const id = await session(2);
    const roster = (await facilitator.gql<Roster>(ROSTER, { id })).data!.sessionRoster;
    const entries = allPresent(roster);
    entries[0] = { ...entries[0]!, status: 'LATE', minutes: 150 } as (typeof entries)[number];
    entries[1] = { ...entries[1]!, status: 'ABSENT_UNEXCUSED' };
    const res = await facilitator.gql<Recorded>(RECORD, { input: { sessionId: id, entries } });
    expect(res.errors).toBeUndefined();
    const saved = res.data!.recordAttendance;
    expect(saved.__typename).toBe('SessionRoster');
    if (saved.__typename !== 'SessionRoster') return;
    expect(saved.session.status).toBe('HELD');
    // Its version as marked HELD, so the answer can be edited from without a conflict.
    expect(saved.session.version).toBe(roster.session.version + 1);
    expect(saved.entries.every((e) => e.recorded && e.version === 1)).toBe(true);
    expect(saved.entries.find((e) => e.episodeId === entries[0]!.episodeId)?.minutes).toBe(150);
    expect(saved.entries.find((e) => e.episodeId === entries[1]!.episodeId)?.minutes).toBe(0);
    const audit = await ds.query<{ n: number }[]>(
      `SELECT count(DISTINCT a.client_id)::int AS n FROM audit_event a JOIN attendance t ON t.id::text = a.record_id
       WHERE t.session_id = $1 AND a.record_type = 'Attendance' AND a.action = 'CREATE'`,
      [id],
    );
    expect(audit[0]!.n).toBe(12);
  });

  it('statements per roster read and per save do not grow with the roster', async () => {
    const run = async (size: number) => {
      const id = await session(size === 3 ? 3 : 4);
      let roster: Roster['sessionRoster'] | undefined;
      const read = await countQueries(ds, async () => {
        roster = (await facilitator.gql<Roster>(ROSTER, { id })).data!.sessionRoster;
      });
      const entries = allPresent(roster!).slice(0, size);
      const save = await countQueries(ds, async () => {
        const res = await facilitator.gql<Recorded>(RECORD, { input: { sessionId: id, entries } });
        expect(res.errors).toBeUndefined();
      });
      return { read, save };
    };
    const small = await run(3);
    const large = await run(12);
    expect(large).toEqual(small);
  });

  it('a stale entry refuses the whole save with a conflict naming the client; nothing is saved', async () => {
    const id = await session(5);
    const roster = (await facilitator.gql<Roster>(ROSTER, { id })).data!.sessionRoster;
    const first = await facilitator.gql<Recorded>(RECORD, {
      input: { sessionId: id, entries: allPresent(roster).slice(0, 1) },
    });
    expect(first.data?.recordAttendance.__typename).toBe('SessionRoster');
    // The second facilitator still holds the roster read before that save.
    const entries = allPresent(roster).map((e) => ({ ...e, status: 'ABSENT_UNEXCUSED' }));
    const res = await clinician.gql<Recorded>(RECORD, { input: { sessionId: id, entries } });
    const result = res.data!.recordAttendance;
    expect(result.__typename).toBe('RosterConflict');
    if (result.__typename !== 'RosterConflict') return;
    expect(result.staleEpisodeIds).toEqual([roster.entries[0]!.episodeId]);
    expect(result.staleClientNames).toEqual([roster.entries[0]!.clientName]);
    const rows = await ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM attendance WHERE session_id = $1`,
      [id],
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('Rule 3: minutes beyond the session and an excused absence without a reason are refused by field', async () => {
    const id = await session(6);
    const roster = (await facilitator.gql<Roster>(ROSTER, { id })).data!.sessionRoster;
    const [a, b] = roster.entries;
    const res = await facilitator.gql(RECORD, {
      input: {
        sessionId: id,
        entries: [
          { episodeId: a!.episodeId, status: 'PRESENT', minutes: 181, version: null },
          { episodeId: b!.episodeId, status: 'ABSENT_EXCUSED', version: null },
        ],
      },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).toContain('entries.0.minutes');
    expect(JSON.stringify(res.errors)).toContain('entries.1.absenceReason');
  });

  it('Rule 3: a client is not present in two overlapping sessions; the refusal names the other session', async () => {
    const other = await createTestGroup(ds, programId, staffId, [], 'Mood management');
    await enrol(ds, other, staffId, episodes.slice(0, 1));
    const start = new Date(Date.now() - 8 * DAY);
    const first = await createGroupSession(ds, programId, groupId, staffId, start);
    const overlapping = await createGroupSession(
      ds,
      programId,
      other,
      staffId,
      new Date(start.getTime() + 60 * 60_000),
    );
    const ep = episodes[0]!.id;
    const ok = await facilitator.gql<Recorded>(RECORD, {
      input: { sessionId: first, entries: [{ episodeId: ep, status: 'PRESENT', version: null }] },
    });
    expect(ok.errors).toBeUndefined();
    const res = await clinician.gql(RECORD, {
      input: {
        sessionId: overlapping,
        entries: [{ episodeId: ep, status: 'PRESENT', version: null }],
      },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).toContain('Relapse prevention');
    // Absent from the overlapping one is fine.
    const absent = await clinician.gql(RECORD, {
      input: {
        sessionId: overlapping,
        entries: [
          {
            episodeId: ep,
            status: 'ABSENT_EXCUSED',
            absenceReason: 'At the other group',
            version: null,
          },
        ],
      },
    });
    expect(absent.errors).toBeUndefined();
    // Recorded absent, then marked present: checked again, as anyone who starts attending is.
    const present = await clinician.gql(RECORD, {
      input: { sessionId: overlapping, entries: [{ episodeId: ep, status: 'LATE', version: 1 }] },
    });
    expect(present.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(present.errors)).toContain('Relapse prevention');
  });

  it('Rule 3 holds when two overlapping sessions are saved at the same moment: one wins, the other names it', async () => {
    const other = await createTestGroup(ds, programId, staffId, [], 'Communication');
    await enrol(ds, other, staffId, episodes.slice(1, 2));
    const start = new Date(Date.now() - 9 * DAY);
    const sessions = [
      await createGroupSession(ds, programId, groupId, staffId, start),
      await createGroupSession(
        ds,
        programId,
        other,
        staffId,
        new Date(start.getTime() + 30 * 60_000),
      ),
    ];
    const ep = episodes[1]!.id;
    for (let round = 0; round < 5; round++) {
      const answers = await Promise.all(
        sessions.map((sessionId) =>
          clinician.gql(RECORD, {
            input: { sessionId, entries: [{ episodeId: ep, status: 'PRESENT', version: null }] },
          }),
        ),
      );
      const refused = answers.filter((a) => a.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT');
      expect(answers.filter((a) => !a.errors)).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect(JSON.stringify(refused[0]!.errors)).toMatch(
        /Already attending (Relapse prevention|Communication)/,
      );
      const [{ n }] = await ds.query<[{ n: number }]>(
        `SELECT count(*)::int AS n FROM attendance WHERE episode_id = $1 AND session_id = ANY($2::uuid[])`,
        [ep, sessions],
      );
      expect(n).toBe(1);
      await ds.query(
        `DELETE FROM attendance WHERE episode_id = $1 AND session_id = ANY($2::uuid[])`,
        [ep, sessions],
      );
    }
  });

  it('a clinician who neither runs the session nor has its clients is refused, and the refusal audited', async () => {
    const id = await session(7);
    const res = await outsider.gql(ROSTER, { id });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const denied = await ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE record_type = 'SessionRoster' AND record_id = $1 AND outcome = 'DENIED'`,
      [id],
    );
    expect(denied[0]!.n).toBe(1);
    const save = await outsider.gql(RECORD, {
      input: {
        sessionId: id,
        entries: [{ episodeId: episodes[0]!.id, status: 'PRESENT', version: null }],
      },
    });
    expect(save.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('attended minutes show in the client’s weekly hours; the facilitator cannot open the chart', async () => {
    const ep = episodes[5]!;
    const res = await clinician.gql<{
      episode: {
        weeklyHours: { totalMinutes: number }[];
        attendanceSummary: { attendedLast14Days: number };
      };
    }>(HOURS, { id: ep.id });
    expect(res.errors).toBeUndefined();
    const total = res.data!.episode.weeklyHours.reduce((a, w) => a + w.totalMinutes, 0);
    // Sessions 2 and 4 days ago were saved PRESENT for this client.
    expect(total).toBeGreaterThanOrEqual(360);
    expect(res.data!.episode.weeklyHours).toHaveLength(12);
    expect(res.data!.episode.attendanceSummary.attendedLast14Days).toBeGreaterThanOrEqual(2);
    const chart = await facilitator.gql(HOURS, { id: ep.id });
    expect(chart.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('three unexcused absences in 14 days bring the plan review forward (MISSED_SESSIONS)', async () => {
    const ep = episodes[11]!;
    await createTestEpisodeRecords(ds, ep.id, staffId, { status: 'ACTIVE' });
    for (const daysAgo of [14, 13, 11]) {
      const id = await session(daysAgo);
      const res = await facilitator.gql<Recorded>(RECORD, {
        input: {
          sessionId: id,
          entries: [{ episodeId: ep.id, status: 'ABSENT_UNEXCUSED', version: null }],
        },
      });
      expect(res.errors).toBeUndefined();
    }
    const [row] = await ds.query<{ reason: string }[]>(
      `SELECT review_due_reason AS reason FROM episode WHERE id = $1`,
      [ep.id],
    );
    expect(row!.reason).toBe('MISSED_SESSIONS');
  });

  it('my week: the sessions I run, cancelled ones too; Today names who waits for a place', async () => {
    // Names on the waitlist: of clients whose chart the viewer may read (here, their own client).
    const waiting = await createTestClient(ds, { programId, primaryClinicianId: facilitatorId });
    await enrol(ds, groupId, staffId, [waiting.episode], 'WAITLISTED');
    const id = await createGroupSession(ds, programId, groupId, staffId, new Date());
    const WEEK = `query ($week: LocalDate!) { mySessionsInWeek(week: $week) { id status group { name } } }`;
    const week = todayIn('America/Los_Angeles');
    const mine = await facilitator.gql<{ mySessionsInWeek: { id: string }[] }>(WEEK, { week });
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.mySessionsInWeek.map((s) => s.id)).toContain(id);
    const others = await outsider.gql<{ mySessionsInWeek: { id: string }[] }>(WEEK, { week });
    expect(others.data!.mySessionsInWeek).toEqual([]);

    const TODAY = `{ mySessionsToday { sessionId group { waitlist { clientName } } } }`;
    const today = await facilitator.gql<{
      mySessionsToday: { sessionId: string; group: { waitlist: { clientName: string }[] } }[];
    }>(TODAY);
    expect(today.errors).toBeUndefined();
    const line = today.data!.mySessionsToday.find((s) => s.sessionId === id)!;
    expect(line.group.waitlist).toHaveLength(1);
    expect(line.group.waitlist[0]!.clientName).toContain(waiting.client.lastName);
  });
});
