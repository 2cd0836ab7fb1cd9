import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  StaffRole,
  addCalendarDays,
  localDate,
  mayOnProgram,
  mayOnSomeProgram,
  type ProgramAction,
} from '@waypoint/domain';
import type { DataSource } from 'typeorm';
import {
  createTestClient,
  createTestEpisodeRecords,
  createTestProgram,
  createTestStaff,
} from '../../testing/factories.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';
import { recomputeReviewClock } from '../treatment-plan/plan-clock.js';
import { Program } from './program.entity.js';

const SETTINGS = /* GraphQL */ `
  __typename
  ... on Program { id version name planReviewIntervalDays initialPlanDueDays timeZone maxGroupSize minAge maxAge }
  ... on ProgramConflict { message savedAt savedBy { id } current { id version planReviewIntervalDays } }
`;
const UPDATE = `mutation ($input: UpdateProgramSettingsInput!) { updateProgramSettings(input: $input) { ${SETTINGS} } }`;
const HISTORY = /* GraphQL */ `
  query ($programId: ID!, $first: Int, $after: String) {
    programSettingsHistory(programId: $programId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          programVersion
          name
          reason
          changedFields
          changedAt
          changedBy {
            id
          }
          settings
          changes {
            field
            label
            before
            after
          }
        }
      }
    }
  }
`;

interface HistoryNode {
  programVersion: number;
  reason: string | null;
  changedFields: string[];
  changedBy: { id: string } | null;
  settings: Record<string, unknown>;
  changes: { field: string; label: string; before: string | null; after: string }[];
}

let server: TestServer;
let ds: DataSource;
let P: Program;
let Q: Program;
let director: { id: string; caller: Caller };
let clinician: Caller;
let admin: { id: string; caller: Caller };

const versionOf = async (id: string) =>
  (await ds.getRepository(Program).findOneByOrFail({ id })).version;
const history = async (caller: Caller, programId: string, first = 10) =>
  caller.gql<{ programSettingsHistory: { totalCount: number; edges: { node: HistoryNode }[] } }>(
    HISTORY,
    { programId, first },
  );
const auditOf = (requestId: string) =>
  ds.query<
    {
      action: string;
      record_type: string;
      record_id: string;
      outcome: string;
      note: string | null;
    }[]
  >(`SELECT action, record_type, record_id, outcome, note FROM audit_event WHERE request_id = $1`, [
    requestId,
  ]);
const dueOn = async (episodeId: string) =>
  (
    await ds.query<{ review_due_on: string | null; review_due_reason: string | null }[]>(
      `SELECT review_due_on, review_due_reason FROM episode WHERE id = $1`,
      [episodeId],
    )
  )[0]!;

beforeAll(async () => {
  server = await startTestServer();
  ds = server.database.dataSource;
  P = await createTestProgram(ds);
  Q = await createTestProgram(ds);
  const staffInP = async (role: StaffRole) => {
    const staff = await createTestStaff(ds, [{ programId: P.id, role }]);
    return { id: staff.id, caller: await server.as(staff) };
  };
  director = await staffInP('DIRECTOR');
  clinician = (await staffInP('CLINICIAN')).caller;
  // An administrator's role is held in some program; it counts for every program.
  const adminStaff = await createTestStaff(ds, [{ programId: Q.id, role: 'ADMIN' }]);
  admin = { id: adminStaff.id, caller: await server.as(adminStaff) };
}, 60_000);
afterAll(() => server?.close());

describe('program settings', () => {
  it('a director changes their own program’s settings; the history says who, when, why and what', async () => {
    const version = await versionOf(P.id);
    const res = await director.caller.gql<{ updateProgramSettings: { version: number } }>(UPDATE, {
      input: {
        programId: P.id,
        version,
        reason: 'Payer asks for reviews every two weeks',
        planReviewIntervalDays: 14,
        maxGroupSize: 10,
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateProgramSettings).toMatchObject({
      __typename: 'Program',
      version: version + 1,
      planReviewIntervalDays: 14,
      maxGroupSize: 10,
      initialPlanDueDays: 7,
    });
    expect(await auditOf(res.requestId)).toEqual([
      expect.objectContaining({
        action: 'UPDATE',
        record_type: 'Program',
        record_id: P.id,
        outcome: 'SUCCESS',
        note: 'planReviewIntervalDays, maxGroupSize',
      }),
    ]);

    const h = await history(director.caller, P.id);
    expect(h.errors).toBeUndefined();
    const [latest] = h.data!.programSettingsHistory.edges.map((e) => e.node);
    expect(latest).toMatchObject({
      programVersion: version + 1,
      reason: 'Payer asks for reviews every two weeks',
      changedFields: ['planReviewIntervalDays', 'maxGroupSize'],
      changedBy: { id: director.id },
      changes: [
        {
          field: 'planReviewIntervalDays',
          label: 'Plan review interval (days)',
          before: '30',
          after: '14',
        },
        { field: 'maxGroupSize', label: 'Maximum group size', before: '12', after: '10' },
      ],
    });
    // The whole settings after the change, not only what moved.
    expect(latest!.settings).toMatchObject({ planReviewIntervalDays: 14, weeklyHoursTarget: 9 });
  });

  it('a director may not change another program’s settings: FORBIDDEN, audited, nothing changed', async () => {
    const version = await versionOf(Q.id);
    const res = await director.caller.gql(UPDATE, {
      input: { programId: Q.id, version, planReviewIntervalDays: 10 },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await versionOf(Q.id)).toBe(version);
    expect(await auditOf(res.requestId)).toEqual([
      expect.objectContaining({ record_type: 'Program', record_id: Q.id, outcome: 'DENIED' }),
    ]);
    expect((await history(director.caller, Q.id)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a clinician is refused before their input is looked at', async () => {
    const res = await clinician.gql(UPDATE, {
      input: { programId: P.id, version: 1, planReviewIntervalDays: 0 },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await clinician.gql(`{ managedPrograms { id } }`);
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a stale version is refused with CONFLICT: the current settings and who saved them, nothing saved', async () => {
    const version = await versionOf(P.id);
    const first = await director.caller.gql(UPDATE, {
      input: { programId: P.id, version, maxGroupSize: 11 },
    });
    expect(first.errors).toBeUndefined();
    const stale = await admin.caller.gql<{
      updateProgramSettings: {
        __typename: string;
        savedBy: { id: string };
        current: { version: number };
      };
    }>(UPDATE, { input: { programId: P.id, version, maxGroupSize: 9 } });
    expect(stale.errors).toBeUndefined();
    expect(stale.data!.updateProgramSettings).toMatchObject({
      __typename: 'ProgramConflict',
      savedBy: { id: director.id },
      current: { version: version + 1 },
    });
    const program = await ds.getRepository(Program).findOneByOrFail({ id: P.id });
    expect([program.version, program.maxGroupSize]).toEqual([version + 1, 11]);
    // An unchanged save of a stale version is refused too.
    const unchanged = await director.caller.gql<{ updateProgramSettings: { __typename: string } }>(
      UPDATE,
      { input: { programId: P.id, version, maxGroupSize: 11 } },
    );
    expect(unchanged.data!.updateProgramSettings.__typename).toBe('ProgramConflict');
  });

  it('bad values are refused naming each field, and change nothing', async () => {
    const version = await versionOf(P.id);
    const res = await director.caller.gql(UPDATE, {
      input: {
        programId: P.id,
        version,
        planReviewIntervalDays: 91,
        weeklyHoursTarget: 50,
        minAge: 30,
        maxAge: 18,
        timeZone: 'Mars/Olympus_Mons',
      },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (res.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field);
    expect(fields.sort()).toEqual(
      ['maxAge', 'planReviewIntervalDays', 'timeZone', 'weeklyHoursTarget'].sort(),
    );
    const nullInterval = await director.caller.gql(UPDATE, {
      input: { programId: P.id, version, planReviewIntervalDays: null },
    });
    expect(nullInterval.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'planReviewIntervalDays', message: 'Enter 1 to 90 days' },
    ]);
    expect(await versionOf(P.id)).toBe(version);
  });

  it('an administrator creates a program (no staff yet), renames it and sets any program’s settings', async () => {
    const code = `new-${Math.random().toString(36).slice(2, 8)}`;
    const res = await admin.caller.gql<{
      createProgram: { id: string; code: string; weeklyHoursTarget: number; version: number };
    }>(
      `mutation ($input: CreateProgramInput!) { createProgram(input: $input) {
         id code name population timeZone weeklyHoursTarget minAge maxAge version } }`,
      {
        input: {
          code,
          name: 'Teen evening IOP',
          population: 'ADOLESCENT',
          timeZone: 'America/Denver',
        },
      },
    );
    expect(res.errors).toBeUndefined();
    const created = res.data!.createProgram;
    expect(created).toMatchObject({
      code: code.toUpperCase(),
      weeklyHoursTarget: 6,
      minAge: 12,
      maxAge: 17,
      version: 1,
    });
    expect(
      await ds.query(`SELECT 1 FROM staff_program_role WHERE program_id = $1`, [created.id]),
    ).toEqual([]);
    expect(await auditOf(res.requestId)).toEqual([
      expect.objectContaining({ action: 'CREATE', record_id: created.id, outcome: 'SUCCESS' }),
    ]);

    const again = await admin.caller.gql(
      `mutation ($input: CreateProgramInput!) { createProgram(input: $input) { id } }`,
      {
        input: { code: code.toUpperCase(), name: 'Another', population: 'ADULT', timeZone: 'UTC' },
      },
    );
    expect(again.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'code', message: 'Another program already has this code' },
    ]);

    const renamed = await admin.caller.gql<{ renameProgram: { name: string; version: number } }>(
      `mutation ($input: RenameProgramInput!) { renameProgram(input: $input) {
         ... on Program { name version } ... on ProgramConflict { message } } }`,
      { input: { programId: created.id, version: 1, name: 'Teen evening IOP (North)' } },
    );
    expect(renamed.data!.renameProgram).toEqual({ name: 'Teen evening IOP (North)', version: 2 });
    const otherProgram = await admin.caller.gql(UPDATE, {
      input: { programId: P.id, version: await versionOf(P.id), requiresSupervisorSignature: true },
    });
    expect(otherProgram.errors).toBeUndefined();

    const h = await history(admin.caller, created.id);
    expect(h.data!.programSettingsHistory.totalCount).toBe(2);
    expect(h.data!.programSettingsHistory.edges.map((e) => e.node.changes)).toEqual([
      [
        {
          field: 'name',
          label: 'Name',
          before: 'Teen evening IOP',
          after: 'Teen evening IOP (North)',
        },
      ],
      [],
    ]);

    const managed = async (caller: Caller) =>
      (
        await caller.gql<{ managedPrograms: { id: string }[] }>(`{ managedPrograms { id } }`)
      ).data!.managedPrograms.map((p) => p.id);
    expect(await managed(admin.caller)).toEqual(expect.arrayContaining([P.id, Q.id, created.id]));
    expect(await managed(director.caller)).toEqual([P.id]);
  });

  it('a director cannot create or rename programs', async () => {
    const create = await director.caller.gql(
      `mutation ($input: CreateProgramInput!) { createProgram(input: $input) { id } }`,
      { input: { code: 'NOPE', name: 'Nope', population: 'ADULT', timeZone: 'UTC' } },
    );
    expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const rename = await director.caller.gql(
      `mutation ($input: RenameProgramInput!) { renameProgram(input: $input) { __typename } }`,
      { input: { programId: P.id, version: 1, name: 'Mine now' } },
    );
    expect(rename.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the settings history is append-only for the API: it may add versions, never change them', async () => {
    await expect(
      ds.query(`UPDATE program_settings_version SET reason = 'rewritten' WHERE program_id = $1`, [
        P.id,
      ]),
    ).rejects.toThrow(/permission denied/);
    await expect(
      ds.query(`DELETE FROM program_settings_version WHERE program_id = $1`, [P.id]),
    ).rejects.toThrow(/permission denied/);
  });

  it('administering programs gives an administrator no client records', async () => {
    const { client } = await createTestClient(ds, { programId: P.id });
    const res = await admin.caller.gql(`query ($id: ID!) { client(id: $id) { id } }`, {
      id: client.id,
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a change that moves due dates', () => {
  /** An episode in treatment whose plan was activated at `activatedAt`. */
  async function episodeWithPlan(programId: string, activatedAt: string) {
    const { episode } = await createTestClient(ds, { programId, primaryClinicianId: director.id });
    const records = await createTestEpisodeRecords(ds, episode.id, director.id, {
      status: 'ACTIVE',
    });
    await ds.query(`UPDATE treatment_plan SET activated_at = $2 WHERE id = $1`, [
      records.plan!.id,
      activatedAt,
    ]);
    await recomputeReviewClock(ds, episode.id);
    return episode.id;
  }

  it('recomputes the review due date of the program’s episodes in treatment, and only those', async () => {
    const program = await createTestProgram(ds, { timeZone: 'America/Los_Angeles' });
    const other = await createTestProgram(ds, { timeZone: 'America/Los_Angeles' });
    const directorHere = await createTestStaff(ds, [{ programId: program.id, role: 'DIRECTOR' }]);
    const caller = await server.as(directorHere);
    // 12:00 UTC: 04:00 that day in Los Angeles, 02:00 the next day on Kiritimati.
    const activatedAt = '2026-11-20T12:00:00Z';
    const inTreatment = await episodeWithPlan(program.id, activatedAt);
    const elsewhere = await episodeWithPlan(other.id, activatedAt);
    const { episode: waitingForPlan } = await createTestClient(ds, { programId: program.id });
    const { episode: ended } = await createTestClient(ds, {
      programId: program.id,
      status: 'CLOSED',
    });
    const admittedOn = localDate(waitingForPlan.admittedAt!, 'America/Los_Angeles');
    expect(await dueOn(inTreatment)).toEqual({
      review_due_on: '2026-12-20',
      review_due_reason: 'INTERVAL',
    });
    expect((await dueOn(waitingForPlan.id)).review_due_on).toBe(addCalendarDays(admittedOn, 7));

    const res = await caller.gql(UPDATE, {
      input: {
        programId: program.id,
        version: 1,
        planReviewIntervalDays: 21,
        initialPlanDueDays: 5,
      },
    });
    expect(res.errors).toBeUndefined();
    expect((await dueOn(inTreatment)).review_due_on).toBe('2026-12-11');
    expect((await dueOn(waitingForPlan.id)).review_due_on).toBe(addCalendarDays(admittedOn, 5));
    expect((await dueOn(elsewhere)).review_due_on).toBe('2026-12-20');
    expect((await dueOn(ended.id)).review_due_on).toBeNull();

    // The time zone decides which local date the plan was activated on.
    const moved = await caller.gql(UPDATE, {
      input: { programId: program.id, version: 2, timeZone: 'Pacific/Kiritimati' },
    });
    expect(moved.errors).toBeUndefined();
    expect((await dueOn(inTreatment)).review_due_on).toBe('2026-12-12');
    expect((await dueOn(elsewhere)).review_due_on).toBe('2026-12-20');
  });

  it('a change that fails leaves every due date as it was', async () => {
    const program = await createTestProgram(ds);
    const directorHere = await createTestStaff(ds, [{ programId: program.id, role: 'DIRECTOR' }]);
    const episode = await episodeWithPlan(program.id, '2026-11-20T12:00:00Z');
    const before = await dueOn(episode);
    const res = await (
      await server.as(directorHere)
    ).gql(UPDATE, {
      input: {
        programId: program.id,
        version: 1,
        planReviewIntervalDays: 7,
        minAge: 40,
        maxAge: 30,
      },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await dueOn(episode)).toEqual(before);
  });
});

/**
 * The program operations × every role (held in P), from the domain's grants: allowed means the
 * operation got past authorization (an answer, or a refusal on content such as a stale version);
 * refused means FORBIDDEN.
 */
describe('authorization of program operations, by role', () => {
  const probes: Record<
    string,
    {
      action: ProgramAction;
      program: 'P' | 'Q' | null;
      run: (c: Caller) => Promise<string | undefined>;
    }
  > = {
    managedPrograms: {
      action: 'EDIT_PROGRAM_SETTINGS',
      program: null,
      run: async (c) =>
        (await c.gql(`{ managedPrograms { id } }`)).errors?.[0]?.extensions?.code as string,
    },
    'programSettingsHistory [own program]': {
      action: 'EDIT_PROGRAM_SETTINGS',
      program: 'P',
      run: async (c) => (await history(c, P.id, 1)).errors?.[0]?.extensions?.code as string,
    },
    'programSettingsHistory [other program]': {
      action: 'EDIT_PROGRAM_SETTINGS',
      program: 'Q',
      run: async (c) => (await history(c, Q.id, 1)).errors?.[0]?.extensions?.code as string,
    },
    'updateProgramSettings (stale) [own program]': {
      action: 'EDIT_PROGRAM_SETTINGS',
      program: 'P',
      run: async (c) =>
        (await c.gql(UPDATE, { input: { programId: P.id, version: 9999, maxGroupSize: 8 } }))
          .errors?.[0]?.extensions?.code as string,
    },
    'updateProgramSettings (stale) [other program]': {
      action: 'EDIT_PROGRAM_SETTINGS',
      program: 'Q',
      run: async (c) =>
        (await c.gql(UPDATE, { input: { programId: Q.id, version: 9999, maxGroupSize: 8 } }))
          .errors?.[0]?.extensions?.code as string,
    },
    'renameProgram (stale)': {
      action: 'MANAGE_PROGRAMS',
      program: 'P',
      run: async (c) =>
        (
          await c.gql(
            `mutation ($input: RenameProgramInput!) { renameProgram(input: $input) { __typename } }`,
            { input: { programId: P.id, version: 9999, name: 'Probe' } },
          )
        ).errors?.[0]?.extensions?.code as string,
    },
    'createProgram (bad code)': {
      action: 'MANAGE_PROGRAMS',
      program: null,
      run: async (c) =>
        (
          await c.gql(
            `mutation ($input: CreateProgramInput!) { createProgram(input: $input) { id } }`,
            {
              input: { code: '!', name: 'Probe', population: 'ADULT', timeZone: 'UTC' },
            },
          )
        ).errors?.[0]?.extensions?.code as string,
    },
  };

  const cases = Object.values(StaffRole).flatMap((role) =>
    Object.entries(probes).map(([name, probe]) => {
      const roles = [{ programId: 'P', role }];
      const allowed = probe.program
        ? mayOnProgram(roles, probe.action, probe.program)
        : mayOnSomeProgram(roles, probe.action);
      return { role, name, probe, want: allowed ? 'allowed' : 'refused' };
    }),
  );

  it('sees every operation both allowed and refused', () => {
    for (const name of Object.keys(probes)) {
      expect([name, new Set(cases.filter((c) => c.name === name).map((c) => c.want)).size]).toEqual(
        [name, 2],
      );
    }
  });

  it.each(cases.map((c) => [`${c.role} · ${c.name} → ${c.want}`, c] as const))(
    '%s',
    async (_n, c) => {
      const staff = await createTestStaff(ds, [{ programId: P.id, role: c.role }]);
      const code = await c.probe.run(await server.as(staff));
      expect([undefined, 'BAD_USER_INPUT', 'CONFLICT'].includes(code) || code === 'FORBIDDEN').toBe(
        true,
      );
      expect(code === 'FORBIDDEN' ? 'refused' : 'allowed').toBe(c.want);
    },
  );
});
