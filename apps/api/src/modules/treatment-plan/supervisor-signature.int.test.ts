import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, localDate } from '@waypoint/domain';
import type { Program } from '../program/program.entity.js';
import type { Staff } from '../staff/staff.entity.js';
import { createTestClient, createTestProgram, createTestStaff } from '../../testing/factories.js';
import {
  startTestServer,
  type Caller,
  type GraphQLResponse,
  type TestServer,
} from '../../test-support/test-server.js';
import { conflictIn, saveAnswer } from '../../test-support/save-result.js';

const PLAN_FIELDS = 'id version status activatedAt signatures { signer signedBy { id } }';
const M = {
  create: `mutation ($input: CreateTreatmentPlanInput!) { createTreatmentPlan(input: $input) { ... on TreatmentPlan { id version } } }`,
  addProblem: `mutation ($input: AddProblemInput!) { addProblem(input: $input) { id } }`,
  addGoal: `mutation ($input: AddGoalInput!) { addGoal(input: $input) { id } }`,
  addObjective: `mutation ($input: AddObjectiveInput!) { addObjective(input: $input) { id } }`,
  addIntervention: `mutation ($input: AddInterventionInput!) { addIntervention(input: $input) { id } }`,
  submit: `mutation ($input: PlanVersionInput!) { submitPlanForSignature(input: $input) { ... on TreatmentPlan { id version status } } }`,
  sign: `mutation ($input: SignPlanInput!) { signPlan(input: $input) { ${saveAnswer('TreatmentPlan', PLAN_FIELDS)} } }`,
};
const PLAN = `query ($id: ID!) { treatmentPlan(id: $id) { ${PLAN_FIELDS} } }`;
const EPISODE_PROGRAM = `query ($id: ID!) { episode(id: $id) { program { id requiresSupervisorSignature } } }`;

interface Plan {
  id: string;
  version: number;
  status: string;
  activatedAt: string | null;
  signatures: { signer: string; signedBy: { id: string } }[];
}

let server: TestServer;

async function ok<T>(caller: Caller, query: string, variables?: Record<string, unknown>) {
  const res = await caller.gql<T>(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

function errorOf(res: GraphQLResponse) {
  expect(res.errors, 'expected an error').toBeDefined();
  return res.errors![0]!.extensions!;
}

/** A program with a clinician and a director of it. */
async function setUp(requiresSupervisorSignature: boolean) {
  const ds = server.database.dataSource;
  const program: Program = await createTestProgram(ds, { requiresSupervisorSignature });
  const clinicianStaff: Staff = await createTestStaff(ds, [
    { programId: program.id, role: 'CLINICIAN' },
  ]);
  const directorStaff: Staff = await createTestStaff(ds, [
    { programId: program.id, role: 'DIRECTOR' },
  ]);
  return {
    program,
    clinicianStaff,
    directorStaff,
    clinician: await server.as(clinicianStaff),
    director: await server.as(directorStaff),
  };
}

/** A complete plan submitted for signature (version 2, PENDING_SIGNATURE). */
async function pendingPlan(setup: Awaited<ReturnType<typeof setUp>>) {
  const { program, clinicianStaff, clinician } = setup;
  const { episode } = await createTestClient(server.database.dataSource, {
    programId: program.id,
    primaryClinicianId: clinicianStaff.id,
    status: 'ACTIVE',
  });
  const plan = (
    await ok<{ createTreatmentPlan: { id: string; version: number } }>(clinician, M.create, {
      input: { episodeId: episode.id },
    })
  ).createTreatmentPlan;
  const problem = (
    await ok<{ addProblem: { id: string } }>(clinician, M.addProblem, {
      input: { planId: plan.id, domain: 'SUBSTANCE_USE', clientWords: 'I drink to sleep.' },
    })
  ).addProblem;
  const goal = (
    await ok<{ addGoal: { id: string } }>(clinician, M.addGoal, {
      input: { problemId: problem.id, description: 'Sleep without alcohol', horizon: 'IMMEDIATE' },
    })
  ).addGoal;
  const objective = (
    await ok<{ addObjective: { id: string } }>(clinician, M.addObjective, {
      input: {
        goalId: goal.id,
        description: 'Drinking nights per week',
        measure: 'Drinking nights per week ≤ 1',
        targetDate: addCalendarDays(localDate(new Date(), program.timeZone), 30),
      },
    })
  ).addObjective;
  await ok(clinician, M.addIntervention, {
    input: {
      objectiveId: objective.id,
      modality: 'CBT',
      frequency: '1 individual session a week',
      responsibleStaffId: clinicianStaff.id,
    },
  });
  const submitted = (
    await ok<{ submitPlanForSignature: { version: number; status: string } }>(clinician, M.submit, {
      input: { planId: plan.id, version: 1 },
    })
  ).submitPlanForSignature;
  expect(submitted.status).toBe('PENDING_SIGNATURE');
  return { episodeId: episode.id, planId: plan.id, version: submitted.version };
}

const sign = (
  caller: Caller,
  planId: string,
  version: number,
  signer: string,
  signedName?: string,
) =>
  caller.gql<{ signPlan: Plan }>(M.sign, {
    input: { planId, version, signer, ...(signedName ? { signedName } : {}) },
  });

async function signed(
  caller: Caller,
  planId: string,
  version: number,
  signer: string,
  signedName?: string,
): Promise<Plan> {
  const res = await sign(caller, planId, version, signer, signedName);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.signPlan;
}

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('a program requiring a supervisor’s signature', () => {
  it('keeps the plan pending after the client and the clinician; the supervisor activates it', async () => {
    const setup = await setUp(true);
    const { clinician, director, directorStaff } = setup;
    const { episodeId, planId, version } = await pendingPlan(setup);
    const shown = await ok<{ episode: { program: { requiresSupervisorSignature: boolean } } }>(
      clinician,
      EPISODE_PROGRAM,
      { id: episodeId },
    );
    expect(shown.episode.program.requiresSupervisorSignature).toBe(true);

    await signed(clinician, planId, version, 'CLIENT', 'T. Client');
    const afterClinician = await signed(clinician, planId, version, 'CLINICIAN');
    expect(afterClinician).toMatchObject({ status: 'PENDING_SIGNATURE', activatedAt: null });
    expect(
      (await ok<{ treatmentPlan: Plan }>(clinician, PLAN, { id: planId })).treatmentPlan.status,
    ).toBe('PENDING_SIGNATURE');

    // Only a director of the program signs as supervisor.
    expect(errorOf(await sign(clinician, planId, version, 'SUPERVISOR'))).toMatchObject({
      code: 'FORBIDDEN',
    });

    const active = await signed(director, planId, version, 'SUPERVISOR');
    expect(active.status).toBe('ACTIVE');
    expect(active.activatedAt).not.toBeNull();
    expect(active.signatures.map((s) => s.signer).sort()).toEqual([
      'CLIENT',
      'CLINICIAN',
      'SUPERVISOR',
    ]);
    expect(active.signatures.find((s) => s.signer === 'SUPERVISOR')!.signedBy.id).toBe(
      directorStaff.id,
    );
  });

  it('the supervisor may sign first; the plan still waits for the client and the clinician', async () => {
    const setup = await setUp(true);
    const { clinician, director } = setup;
    const { planId, version } = await pendingPlan(setup);
    expect((await signed(director, planId, version, 'SUPERVISOR')).status).toBe(
      'PENDING_SIGNATURE',
    );
    await signed(clinician, planId, version, 'CLINICIAN');
    expect((await signed(clinician, planId, version, 'CLIENT', 'T. Client')).status).toBe('ACTIVE');
  });
});

describe('a program not requiring one', () => {
  it('takes effect with the client and the clinician; a director may co-sign it while ACTIVE', async () => {
    const setup = await setUp(false);
    const { clinician, director, directorStaff } = setup;
    const ds = server.database.dataSource;
    const { episodeId, planId, version } = await pendingPlan(setup);
    const shown = await ok<{ episode: { program: { requiresSupervisorSignature: boolean } } }>(
      clinician,
      EPISODE_PROGRAM,
      { id: episodeId },
    );
    expect(shown.episode.program.requiresSupervisorSignature).toBe(false);

    await signed(clinician, planId, version, 'CLIENT', 'T. Client');
    const active = await signed(clinician, planId, version, 'CLINICIAN');
    expect(active.status).toBe('ACTIVE');

    // A clinician cannot sign as supervisor, and the refusal is audited.
    const asClinician = await sign(clinician, planId, active.version, 'SUPERVISOR');
    expect(errorOf(asClinician)).toMatchObject({ code: 'FORBIDDEN' });
    const [denied] = await ds.query<{ outcome: string; record_type: string }[]>(
      'SELECT outcome, record_type FROM audit_event WHERE request_id = $1',
      [asClinician.requestId],
    );
    expect(denied).toEqual({ outcome: 'DENIED', record_type: 'PlanSignature' });

    // Nothing but a supervisor's signature goes on an ACTIVE plan.
    for (const [signer, name] of [['CLIENT', 'Again'], ['CLINICIAN']] as const) {
      expect(errorOf(await sign(clinician, planId, active.version, signer, name))).toMatchObject({
        code: 'INVALID_TRANSITION',
        status: 'ACTIVE',
      });
    }

    // Version-guarded like every write.
    const stale = await sign(director, planId, version, 'SUPERVISOR');
    expect(conflictIn(stale, 'signPlan').current).toMatchObject({ version: active.version });

    const cosign = await sign(director, planId, active.version, 'SUPERVISOR');
    expect(cosign.errors, JSON.stringify(cosign.errors)).toBeUndefined();
    const cosigned = cosign.data!.signPlan;
    expect(cosigned).toMatchObject({
      status: 'ACTIVE',
      activatedAt: active.activatedAt,
      version: active.version + 1,
    });
    expect(cosigned.signatures.find((s) => s.signer === 'SUPERVISOR')!.signedBy.id).toBe(
      directorStaff.id,
    );
    const audited = await ds.query<{ action: string; record_type: string; outcome: string }[]>(
      `SELECT action, record_type, outcome FROM audit_event
       WHERE request_id = $1 AND action <> 'READ' ORDER BY record_type`,
      [cosign.requestId],
    );
    expect(audited).toEqual([
      { action: 'CREATE', record_type: 'PlanSignature', outcome: 'SUCCESS' },
      { action: 'UPDATE', record_type: 'TreatmentPlan', outcome: 'SUCCESS' },
    ]);

    // A second supervisor's signature is refused.
    const another = await server.as(
      await createTestStaff(ds, [{ programId: setup.program.id, role: 'DIRECTOR' }]),
    );
    expect(
      conflictIn(await sign(another, planId, cosigned.version, 'SUPERVISOR'), 'signPlan'),
    ).toMatchObject({ message: "This version already has the supervisor's signature" });
    const after = (await ok<{ treatmentPlan: Plan }>(clinician, PLAN, { id: planId }))
      .treatmentPlan;
    expect(after.signatures.filter((s) => s.signer === 'SUPERVISOR')).toHaveLength(1);
    expect(after).toMatchObject({ status: 'ACTIVE', version: cosigned.version });
  });
});
