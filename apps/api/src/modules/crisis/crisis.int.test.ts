import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, localDate } from '@waypoint/domain';
import { createTestClient, createTestProgram, createTestStaff } from '../../testing/factories.js';
import { errorOf, ok, planHarness, type PlanHarness } from '../../test-support/plan-harness.js';
import type { Caller } from '../../test-support/test-server.js';

const LOG = /* GraphQL */ `
  mutation ($input: LogCrisisContactInput!) {
    logCrisisContact(input: $input) {
      id
      riskLevel
      actions
      followUpDueOn
      client {
        id
      }
    }
  }
`;
const MATCHES = /* GraphQL */ `
  query ($programId: ID!, $search: String!) {
    crisisCallerMatches(programId: $programId, search: $search) {
      clientId
      episodeId
      displayName
      dateOfBirth
      episodeStatus
      primaryClinician
    }
  }
`;
const FOLLOW_UPS = /* GraphQL */ `
  query {
    myCrisisFollowUps {
      id
      riskLevel
      episodeId
      client {
        id
      }
      program {
        timeZone
      }
    }
  }
`;
const COMPLETE = /* GraphQL */ `
  mutation ($input: CompleteCrisisFollowUpInput!) {
    completeCrisisFollowUp(input: $input) {
      id
      followedUpAt
    }
  }
`;
const ADD_SHIFT = /* GraphQL */ `
  mutation ($input: AddOnCallShiftInput!) {
    addOnCallShift(input: $input) {
      id
      version
      startsAt
      endsAt
    }
  }
`;
const UPDATE_SHIFT = /* GraphQL */ `
  mutation ($input: UpdateOnCallShiftInput!) {
    updateOnCallShift(input: $input) {
      __typename
      ... on OnCallShift {
        id
        version
      }
      ... on OnCallShiftConflict {
        current {
          id
          version
        }
      }
    }
  }
`;
const NOW = /* GraphQL */ `
  query {
    onCallNow {
      program {
        id
      }
      onCall {
        staff {
          id
        }
      }
      next {
        id
      }
    }
  }
`;
const ROSTER = /* GraphQL */ `
  query ($programId: ID!, $month: String!) {
    onCallRoster(programId: $programId, month: $month) {
      shifts {
        id
      }
      gaps {
        from
        to
      }
      overlaps {
        staffIds
      }
      handovers {
        fromStaffId
        toStaffId
      }
    }
  }
`;

const clockOf = async (h: PlanHarness, episodeId: string) =>
  (
    await h.ds.query<{ reason: string; dueOn: string }[]>(
      `SELECT review_due_reason AS reason, review_due_on::text AS "dueOn" FROM episode WHERE id = $1`,
      [episodeId],
    )
  )[0]!;

const auditOf = async (h: PlanHarness, recordId: string) =>
  h.ds.query<{ action: string; outcome: string; clientId: string | null }[]>(
    `SELECT action, outcome, client_id AS "clientId" FROM audit_event WHERE record_id = $1 ORDER BY id`,
    [recordId],
  );

describe('crisis contacts', () => {
  let h: PlanHarness;
  let onCall: Caller;
  let onCallId: string;
  let intake: Caller;

  beforeAll(async () => {
    h = await planHarness();
    // A colleague answering the line: a clinician of the program, not on this client's care team.
    const colleague = await createTestStaff(h.ds, [{ programId: h.program.id, role: 'CLINICIAN' }]);
    onCallId = colleague.id;
    onCall = await h.server.as(colleague);
    intake = await h.server.as(
      await createTestStaff(h.ds, [{ programId: h.program.id, role: 'INTAKE' }]),
    );
  });
  afterAll(async () => {
    await h.server.close();
  });

  const contact = (more: Record<string, unknown> = {}) => ({
    programId: h.program.id,
    occurredAt: new Date(Date.now() - 10 * 60_000).toISOString(),
    caller: 'CLIENT',
    riskLevel: 'MODERATE',
    actions: ['SAFETY_PLAN_REVIEWED', 'NEXT_DAY_FOLLOW_UP'],
    notes: '',
    ...more,
  });

  it('a contact about a client goes on the primary clinician’s Today until followed up, every step audited', async () => {
    const episode = await h.newEpisode();
    const logged = (
      await ok<{ logCrisisContact: { id: string; followUpDueOn: string; client: { id: string } } }>(
        h.clinician,
        LOG,
        { input: contact({ episodeId: episode.id }) },
      )
    ).logCrisisContact;
    expect(logged.client.id).toBe(episode.clientId);
    expect([h.today(), addCalendarDays(h.today(), 1)]).toContain(logged.followUpDueOn);

    const today = await ok<{ myCrisisFollowUps: { id: string; program: { timeZone: string } }[] }>(
      h.clinician,
      FOLLOW_UPS,
    );
    expect(today.myCrisisFollowUps.map((c) => c.id)).toContain(logged.id);
    // A call at night is shown at the program's hour, whatever the reader's clock says.
    expect(today.myCrisisFollowUps.find((c) => c.id === logged.id)!.program.timeZone).toBe(
      h.program.timeZone,
    );

    await ok(h.clinician, COMPLETE, { input: { episodeId: episode.id, id: logged.id } });
    const after = await ok<{ myCrisisFollowUps: { id: string }[] }>(h.clinician, FOLLOW_UPS);
    expect(after.myCrisisFollowUps.map((c) => c.id)).not.toContain(logged.id);

    const audit = await auditOf(h, logged.id);
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'READ', 'UPDATE']);
    expect(audit.every((a) => a.clientId === episode.clientId && a.outcome === 'SUCCESS')).toBe(
      true,
    );
  });

  it('a HIGH risk contact brings the plan review forward to the day of the call; a MODERATE one does not', async () => {
    const { episodeId, plan } = await h.signableDraft();
    await h.activate(plan.id);
    await ok(h.clinician, LOG, { input: contact({ episodeId }) });
    expect((await clockOf(h, episodeId)).reason).toBe('INTERVAL');
    const occurredAt = new Date();
    await ok(h.clinician, LOG, {
      input: contact({
        episodeId,
        riskLevel: 'HIGH',
        actions: ['CALLED_988'],
        occurredAt: occurredAt.toISOString(),
      }),
    });
    expect(await clockOf(h, episodeId)).toMatchObject({
      reason: 'HIGH_RISK_CRISIS_CONTACT',
      dueOn: localDate(occurredAt, h.program.timeZone),
    });
  });

  it('a contact without a client is logged and audited, and is on nobody’s Today', async () => {
    const logged = (
      await ok<{ logCrisisContact: { id: string; followUpDueOn: string | null; client: null } }>(
        onCall,
        LOG,
        { input: contact({ caller: 'OTHER', riskLevel: 'LOW', actions: [] }) },
      )
    ).logCrisisContact;
    expect(logged).toMatchObject({ followUpDueOn: null, client: null });
    expect((await auditOf(h, logged.id)).map((a) => a.action)).toEqual(['CREATE']);
  });

  it('a colleague on call finds any client of the program by name and logs on them; it reaches the primary clinician, not the colleague', async () => {
    const { client, episode } = await createTestClient(
      h.ds,
      { programId: h.program.id, primaryClinicianId: h.clinicianStaff.id },
      { firstName: 'Marisol', lastName: `Quintero ${Date.now()}` },
    );
    const found = await ok<{ crisisCallerMatches: Record<string, unknown>[] }>(onCall, MATCHES, {
      programId: h.program.id,
      search: client.lastName.slice(0, 8).toLowerCase(),
    });
    expect(found.crisisCallerMatches).toContainEqual({
      clientId: client.id,
      episodeId: episode.id,
      displayName: `Marisol ${client.lastName}`,
      dateOfBirth: client.dateOfBirth,
      episodeStatus: 'Active',
      primaryClinician: `${h.clinicianStaff.firstName} ${h.clinicianStaff.lastName}`,
    });
    const logged = (
      await ok<{ logCrisisContact: { id: string; client: { id: string } | null } }>(onCall, LOG, {
        input: contact({ episodeId: episode.id, riskLevel: 'HIGH', actions: ['CALLED_988'] }),
      })
    ).logCrisisContact;
    // The colleague named the caller; the chart stays closed to them.
    expect(logged.client).toBeNull();
    const today = await ok<{ myCrisisFollowUps: { id: string; program: { timeZone: string } }[] }>(
      h.clinician,
      FOLLOW_UPS,
    );
    expect(today.myCrisisFollowUps.map((c) => c.id)).toContain(logged.id);
    // A call at night is shown at the program's hour, whatever the reader's clock says.
    expect(today.myCrisisFollowUps.find((c) => c.id === logged.id)!.program.timeZone).toBe(
      h.program.timeZone,
    );
    // Showing the match is recorded as a read of the client, by the colleague.
    const [shown] = await h.ds.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM audit_event
       WHERE client_id = $1 AND record_type = 'Client' AND action = 'READ' AND actor_staff_id = $2`,
      [client.id, onCallId],
    );
    expect(shown!.count).toBe(1);
  });

  it('a client whose episode has ended, or of another program, cannot be named (FORBIDDEN, nothing written); a search needs two letters', async () => {
    const lastName = `Ended ${Date.now()}`;
    const ended = await createTestClient(
      h.ds,
      { programId: h.program.id, status: 'CLOSED', primaryClinicianId: h.clinicianStaff.id },
      { lastName },
    );
    const found = await ok<{ crisisCallerMatches: unknown[] }>(onCall, MATCHES, {
      programId: h.program.id,
      search: lastName,
    });
    expect(found.crisisCallerMatches).toEqual([]);
    const res = await onCall.gql(LOG, {
      input: contact({ episodeId: ended.episode.id, riskLevel: 'HIGH', actions: [] }),
    });
    expect(errorOf(res).code).toBe('FORBIDDEN');

    const elsewhere = await createTestProgram(h.ds);
    const stranger = await h.server.as(
      await createTestStaff(h.ds, [{ programId: elsewhere.id, role: 'CLINICIAN' }]),
    );
    const active = await h.newEpisode();
    const asked = await stranger.gql(MATCHES, { programId: h.program.id, search: 'Client' });
    expect(errorOf(asked).code).toBe('FORBIDDEN');
    const named = await stranger.gql(LOG, {
      input: contact({ programId: elsewhere.id, episodeId: active.id }),
    });
    expect(errorOf(named).code).toBe('FORBIDDEN');
    const [row] = await h.ds.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM crisis_contact WHERE episode_id = ANY($1)`,
      [[ended.episode.id, active.id]],
    );
    expect(row!.count).toBe(0);

    const short = await onCall.gql(MATCHES, { programId: h.program.id, search: 'Q' });
    expect(errorOf(short)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'search', message: 'must be at least 2 letters' }],
    });
  });

  it('a high-risk contact must say what was done; a contact in the future is refused', async () => {
    const episode = await h.newEpisode();
    const res = await h.clinician.gql(LOG, {
      input: contact({
        episodeId: episode.id,
        riskLevel: 'HIGH',
        actions: [],
        occurredAt: new Date(Date.now() + 3_600_000).toISOString(),
      }),
    });
    expect(errorOf(res)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'occurredAt', message: 'cannot be in the future' },
        { field: 'actions', message: 'say what was done for a high-risk contact' },
      ],
    });
  });

  it('intake staff do not log crisis contacts (refusal audited)', async () => {
    const res = await intake.gql(LOG, { input: contact() });
    expect(errorOf(res).code).toBe('FORBIDDEN');
  });
});

describe('on-call roster', () => {
  let h: PlanHarness;

  beforeAll(async () => {
    h = await planHarness();
  });
  afterAll(async () => {
    await h.server.close();
  });

  const shift = (staffId: string, more: Record<string, unknown> = {}) => ({
    programId: h.program.id,
    staffId,
    startDate: '2026-03-07',
    startTime: '17:00',
    endDate: '2026-03-08',
    endTime: '09:00',
    ...more,
  });

  it('a director rosters shifts; the month shows the handover, the overlap and the gaps', async () => {
    const night = (
      await ok<{ addOnCallShift: { startsAt: string; endsAt: string } }>(h.director, ADD_SHIFT, {
        input: shift(h.clinicianStaff.id),
      })
    ).addOnCallShift;
    // Clocks spring forward that night in the program's zone (America/Los_Angeles).
    const hours = (Date.parse(night.endsAt) - Date.parse(night.startsAt)) / 3_600_000;
    expect(hours).toBe(15);
    await ok(h.director, ADD_SHIFT, {
      input: shift(h.directorStaff.id, {
        startDate: '2026-03-08',
        startTime: '09:00',
        endDate: '2026-03-08',
        endTime: '18:00',
      }),
    });
    await ok(h.director, ADD_SHIFT, {
      input: shift(h.clinicianStaff.id, {
        startDate: '2026-03-08',
        startTime: '17:00',
        endDate: '2026-03-09',
        endTime: '09:00',
      }),
    });
    const roster = (
      await ok<{
        onCallRoster: {
          shifts: unknown[];
          gaps: unknown[];
          overlaps: { staffIds: string[] }[];
          handovers: { fromStaffId: string; toStaffId: string }[];
        };
      }>(h.clinician, ROSTER, { programId: h.program.id, month: '2026-03' })
    ).onCallRoster;
    expect(roster.shifts).toHaveLength(3);
    expect(roster.handovers).toEqual([
      { fromStaffId: h.clinicianStaff.id, toStaffId: h.directorStaff.id },
    ]);
    expect(roster.overlaps).toEqual([
      { staffIds: [h.clinicianStaff.id, h.directorStaff.id].sort() },
    ]);
    // Before the first shift and after the last, in March.
    expect(roster.gaps).toHaveLength(2);
  });

  it('a clinician cannot change the roster; an end before the start names the field', async () => {
    expect(
      errorOf(await h.clinician.gql(ADD_SHIFT, { input: shift(h.clinicianStaff.id) })).code,
    ).toBe('FORBIDDEN');
    expect(
      errorOf(
        await h.director.gql(ADD_SHIFT, {
          input: shift(h.clinicianStaff.id, { endDate: '2026-03-07', endTime: '08:00' }),
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'endTime' }] });
  });

  it('a stale shift save is refused with the shift as it stands', async () => {
    const added = (
      await ok<{ addOnCallShift: { id: string; version: number } }>(h.director, ADD_SHIFT, {
        input: shift(h.clinicianStaff.id, { startDate: '2026-04-01', endDate: '2026-04-02' }),
      })
    ).addOnCallShift;
    const input = shift(h.directorStaff.id, {
      id: added.id,
      version: added.version,
      startDate: '2026-04-01',
      endDate: '2026-04-02',
    });
    const first = await ok<{ updateOnCallShift: { __typename: string } }>(
      h.director,
      UPDATE_SHIFT,
      { input },
    );
    expect(first.updateOnCallShift.__typename).toBe('OnCallShift');
    const stale = await ok<{
      updateOnCallShift: { __typename: string; current: { version: number } };
    }>(h.director, UPDATE_SHIFT, { input });
    expect(stale.updateOnCallShift).toMatchObject({
      __typename: 'OnCallShiftConflict',
      current: { version: added.version + 1 },
    });
  });

  it('every member of staff sees who is on call now, and who is next', async () => {
    const start = new Date(Date.now() - 3_600_000);
    const end = new Date(Date.now() + 3_600_000);
    const tz = h.program.timeZone;
    const hm = (d: Date) =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: tz,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(d);
    await ok(h.director, ADD_SHIFT, {
      input: shift(h.clinicianStaff.id, {
        startDate: localDate(start, tz),
        startTime: hm(start),
        endDate: localDate(end, tz),
        endTime: hm(end),
      }),
    });
    const intake = await h.server.as(
      await createTestStaff(h.ds, [{ programId: h.program.id, role: 'INTAKE' }]),
    );
    const now = await ok<{
      onCallNow: { program: { id: string }; onCall: { staff: { id: string } }[] }[];
    }>(intake, NOW);
    expect(now.onCallNow).toHaveLength(1);
    expect(now.onCallNow[0]!.onCall.map((s) => s.staff.id)).toEqual([h.clinicianStaff.id]);
  });
});
