import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, todayIn } from '@waypoint/domain';
import type { DataSource } from 'typeorm';
import { createTestClient, createTestProgram, createTestStaff } from '../../testing/factories.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';

const LA = 'America/Los_Angeles';

const CREATE = /* GraphQL */ `
  mutation ($input: CreateGroupInput!) {
    createGroup(input: $input) {
      id
    }
  }
`;
const ADD = /* GraphQL */ `
  mutation ($input: AddGroupScheduleExceptionInput!) {
    addGroupScheduleException(input: $input) {
      id
      onDate
      kind
      reason
    }
  }
`;
const REMOVE = /* GraphQL */ `
  mutation ($input: RemoveGroupScheduleExceptionInput!) {
    removeGroupScheduleException(input: $input)
  }
`;
const EXCEPTIONS = /* GraphQL */ `
  query ($id: ID!) {
    group(id: $id) {
      exceptions {
        id
        onDate
        kind
        reason
      }
    }
  }
`;

type Errors = { extensions?: Record<string, unknown>; message: string }[] | undefined;
const codeOf = (errors: Errors) => errors?.[0]?.extensions?.code;

describe('a group’s holidays and cancellations', () => {
  let server: TestServer;
  let ds: DataSource;
  let programId: string;
  let director: Caller;
  let facilitator: Caller;
  let otherClinician: Caller;
  let facilitatorId: string;
  let today: string;

  /** A group meeting every day, so that any date ahead has a session to cancel. */
  const createGroup = async (name: string) => {
    const res = await director.gql<{ createGroup: { id: string } }>(CREATE, {
      input: {
        programId,
        name,
        format: 'PROCESS',
        topic: 'LIFE_SKILLS',
        enrollmentMode: 'OPEN',
        startsOn: today,
        weekdays: [1, 2, 3, 4, 5, 6, 7],
        startTime: '09:00',
        endTime: '12:00',
        location: 'Room 1',
        facilitatorIds: [facilitatorId],
      },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.createGroup.id;
  };
  const sessionOn = async (groupId: string, date: string) =>
    (
      await ds.query<{ status: string }[]>(
        `SELECT status FROM clinical_session WHERE group_id = $1 AND occurrence_date = $2`,
        [groupId, date],
      )
    )[0]?.status ?? null;
  const exceptionsOf = async (caller: Caller, groupId: string) =>
    (
      await caller.gql<{ group: { exceptions: { id: string; onDate: string; reason: string }[] } }>(
        EXCEPTIONS,
        { id: groupId },
      )
    ).data!.group.exceptions;
  const audited = async (groupId: string) =>
    (
      await ds.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM audit_event
         WHERE record_type = 'Group' AND record_id = $1 AND action = 'UPDATE' AND outcome = 'SUCCESS'`,
        [groupId],
      )
    )[0]!.n;

  beforeAll(async () => {
    server = await startTestServer();
    ds = server.database.dataSource;
    const program = await createTestProgram(ds, { timeZone: LA });
    programId = program.id;
    today = todayIn(LA);
    const d = await createTestStaff(ds, [{ programId, role: 'DIRECTOR' }]);
    const f = await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]);
    const o = await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]);
    facilitatorId = f.id;
    director = await server.as(d);
    facilitator = await server.as(f);
    otherClinician = await server.as(o);
  });
  afterAll(() => server?.close());

  it('a holiday removes that day’s session and is listed; taking it back brings the session back', async () => {
    const groupId = await createGroup('Holiday group');
    const holiday = addCalendarDays(today, 3);
    expect(await sessionOn(groupId, holiday)).toBe('SCHEDULED');
    const before = await audited(groupId);

    const added = await facilitator.gql<{ addGroupScheduleException: { id: string } }>(ADD, {
      input: { groupId, onDate: holiday, kind: 'HOLIDAY', reason: 'Clinic closed' },
    });
    expect(added.errors).toBeUndefined();
    expect(await sessionOn(groupId, holiday)).toBeNull();
    expect(await sessionOn(groupId, addCalendarDays(holiday, 1))).toBe('SCHEDULED');
    expect(await exceptionsOf(director, groupId)).toEqual([
      {
        id: added.data!.addGroupScheduleException.id,
        onDate: holiday,
        kind: 'HOLIDAY',
        reason: 'Clinic closed',
      },
    ]);

    // The same date twice is refused, naming the field, and changes nothing.
    const twice = await director.gql(ADD, {
      input: { groupId, onDate: holiday, kind: 'CANCELLED' },
    });
    expect(codeOf(twice.errors)).toBe('BAD_USER_INPUT');
    expect(twice.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'onDate' }),
    ]);
    expect(await exceptionsOf(director, groupId)).toHaveLength(1);

    const removed = await facilitator.gql<{ removeGroupScheduleException: string }>(REMOVE, {
      input: { groupId, id: added.data!.addGroupScheduleException.id },
    });
    expect(removed.data?.removeGroupScheduleException).toBe(
      added.data!.addGroupScheduleException.id,
    );
    expect(await sessionOn(groupId, holiday)).toBe('SCHEDULED');
    expect(await exceptionsOf(director, groupId)).toEqual([]);
    expect(await audited(groupId)).toBe(before + 2);
  });

  it('a session already taken attendance for is cancelled, not deleted', async () => {
    const groupId = await createGroup('Attended group');
    const day = addCalendarDays(today, 2);
    const [session] = await ds.query<{ id: string }[]>(
      `SELECT id FROM clinical_session WHERE group_id = $1 AND occurrence_date = $2`,
      [groupId, day],
    );
    // Attendance taken ahead (a roster saved early): the row the cancellation must keep.
    const { episode } = await createTestClient(ds, { programId });
    await ds.query(
      `INSERT INTO attendance (session_id, episode_id, client_id, status, minutes, recorded_by_id)
       SELECT $1, e.id, e.client_id, 'PRESENT', 180, $3 FROM episode e WHERE e.id = $2`,
      [session!.id, episode.id, facilitatorId],
    );
    const added = await director.gql(ADD, {
      input: { groupId, onDate: day, kind: 'CANCELLED', reason: 'Facilitator ill' },
    });
    expect(added.errors).toBeUndefined();
    expect(await sessionOn(groupId, day)).toBe('CANCELLED');
  });

  it('only a director or the group’s facilitator changes its exceptions, and only the group’s own', async () => {
    const groupId = await createGroup('Guarded group');
    const otherGroupId = await createGroup('Other group');
    const day = addCalendarDays(today, 4);
    const refused = await otherClinician.gql(ADD, {
      input: { groupId, onDate: day, kind: 'HOLIDAY' },
    });
    expect(codeOf(refused.errors)).toBe('FORBIDDEN');
    const added = await director.gql<{ addGroupScheduleException: { id: string } }>(ADD, {
      input: { groupId, onDate: day, kind: 'HOLIDAY' },
    });
    const id = added.data!.addGroupScheduleException.id;
    const notTheirs = await otherClinician.gql(REMOVE, { input: { groupId, id } });
    expect(codeOf(notTheirs.errors)).toBe('FORBIDDEN');
    // Named through another group: not found there, and nothing removed.
    const wrongGroup = await director.gql(REMOVE, { input: { groupId: otherGroupId, id } });
    expect(codeOf(wrongGroup.errors)).toBe('NOT_FOUND');
    expect(await exceptionsOf(director, groupId)).toHaveLength(1);
    expect(await sessionOn(groupId, day)).toBeNull();
  });
});
