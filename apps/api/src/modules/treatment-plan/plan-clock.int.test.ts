import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, localDate, todayIn } from '@waypoint/domain';
import type { Program } from '../program/program.entity.js';
import type { Staff } from '../staff/staff.entity.js';
import { createTestClient, createTestProgram, createTestStaff } from '../../testing/factories.js';
import { clientInAssessment } from '../../test-support/intake.js';
import { DISCHARGE_MUTATION, dischargeInput } from '../../test-support/discharge-input.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';
import { episodeReviewDue, loadClockFacts, recomputeReviewClock } from './plan-clock.js';

/**
 * The review clock is stored on the episode by the write points. After each write that changes
 * an input, the stored columns must equal what the domain function gives on the records as they
 * now stand: a write point that forgot to recompute leaves them stale and fails here.
 */
let server: TestServer;
let program: Program;
let clinicianStaff: Staff;
let clinician: Caller;
let director: Caller;

async function ok<T>(caller: Caller, query: string, variables?: Record<string, unknown>) {
  const res = await caller.gql<T>(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

/** One mutation; `fields` of its result, read as `on` (saves answer a record or a conflict). */
const call = async <T>(
  caller: Caller,
  name: string,
  type: string,
  fields: string,
  input: object,
  on = RESULT_TYPES[name],
) =>
  (
    await ok<Record<string, T>>(
      caller,
      `mutation ($input: ${type}!) { ${name}(input: $input) { ${on ? `... on ${on} { ${fields} }` : fields} } }`,
      { input },
    )
  )[name]!;

/** The record type each save answers with when it succeeds (the rest return it directly). */
const RESULT_TYPES: Record<string, string | undefined> = {
  transitionEpisode: 'Episode',
  createTreatmentPlan: 'TreatmentPlan',
  submitPlanForSignature: 'TreatmentPlan',
  signPlan: 'TreatmentPlan',
  closeTreatmentPlan: 'TreatmentPlan',
  reviewPlan: 'ReviewPlanPayload',
};

interface Stored {
  review_due_on: string | null;
  review_due_reason: string | null;
  review_scheduled_on: string | null;
  review_triggered_at: Date | null;
}

/** The stored clock equals the domain's, and is returned for spot checks. */
async function expectStoredClockCurrent(episodeId: string): Promise<Stored> {
  const ds = server.database.dataSource;
  const [stored] = await ds.query<Stored[]>(
    `SELECT review_due_on, review_due_reason, review_scheduled_on, review_triggered_at
     FROM episode WHERE id = $1`,
    [episodeId],
  );
  const facts = (await loadClockFacts(ds, [episodeId])).get(episodeId)!;
  const due = episodeReviewDue(facts);
  expect(stored).toEqual({
    review_due_on: due?.dueDate ?? null,
    review_due_reason: due?.reason ?? null,
    review_scheduled_on: due?.scheduledDate ?? null,
    review_triggered_at: due?.triggeredAt ? new Date(due.triggeredAt) : null,
  });
  return stored!;
}

async function episodeVersion(episodeId: string): Promise<number> {
  const [row] = await server.database.dataSource.query<{ version: number }[]>(
    'SELECT version FROM episode WHERE id = $1',
    [episodeId],
  );
  return row!.version;
}

async function move(episodeId: string, to: string, extra: object = {}) {
  return call<{ status: string }>(
    director,
    'transitionEpisode',
    'TransitionEpisodeInput',
    'status',
    {
      episodeId,
      version: await episodeVersion(episodeId),
      to,
      ...extra,
    },
  );
}

/** Writes a complete plan through the API and signs it into effect. */
async function activePlan(episodeId: string): Promise<{ id: string; version: number }> {
  const today = todayIn(program.timeZone);
  const plan = await call<{ id: string }>(
    clinician,
    'createTreatmentPlan',
    'CreateTreatmentPlanInput',
    'id',
    { episodeId },
  );
  const problem = await call<{ id: string }>(clinician, 'addProblem', 'AddProblemInput', 'id', {
    planId: plan.id,
    domain: 'SUBSTANCE_USE',
    clientWords: 'I drink every night to sleep.',
  });
  const goal = await call<{ id: string }>(clinician, 'addGoal', 'AddGoalInput', 'id', {
    problemId: problem.id,
    description: 'Stop drinking to sleep',
    horizon: 'IMMEDIATE',
  });
  const objective = await call<{ id: string }>(
    clinician,
    'addObjective',
    'AddObjectiveInput',
    'id',
    {
      goalId: goal.id,
      description: 'Drinking nights per week',
      measure: 'Drinking nights per week ≤ 1',
      targetDate: addCalendarDays(today, 30),
    },
  );
  await call(clinician, 'addIntervention', 'AddInterventionInput', 'id', {
    objectiveId: objective.id,
    modality: 'CBT',
    frequency: '1 individual session a week',
    responsibleStaffId: clinicianStaff.id,
  });
  const [{ version }] = await server.database.dataSource.query<[{ version: number }]>(
    'SELECT version FROM treatment_plan WHERE id = $1',
    [plan.id],
  );
  const submitted = await call<{ version: number }>(
    clinician,
    'submitPlanForSignature',
    'PlanVersionInput',
    'version',
    { planId: plan.id, version },
  );
  const sign = (signer: string, extra: object = {}) =>
    call<{ id: string; version: number; status: string }>(
      clinician,
      'signPlan',
      'SignPlanInput',
      'id version status',
      { planId: plan.id, version: submitted.version, signer, ...extra },
    );
  await sign('CLIENT', { signedName: 'Test Client' });
  const signed = await sign('CLINICIAN');
  expect(signed.status).toBe('ACTIVE');
  return signed;
}

beforeAll(async () => {
  server = await startTestServer();
  const ds = server.database.dataSource;
  program = await createTestProgram(ds, { timeZone: 'America/New_York' });
  clinicianStaff = await createTestStaff(ds, [{ programId: program.id, role: 'CLINICIAN' }]);
  clinician = await server.as(clinicianStaff);
  director = await server.as(
    await createTestStaff(ds, [
      { programId: program.id, role: 'DIRECTOR' },
      { programId: program.id, role: 'CLINICIAN' },
    ]),
  );
});
afterAll(() => server?.close());

describe('the stored review clock equals the domain function after every write that moves it', () => {
  it('admission, activation, continued review, level of care, closing in discharge planning, return, discharge', async () => {
    const ds = server.database.dataSource;
    const tz = program.timeZone;
    // In assessment with the BPS and ASAM on file that admission needs.
    const { episode } = await clientInAssessment(ds, {
      programId: program.id,
      clinicianId: clinicianStaff.id,
    });
    expect((await expectStoredClockCurrent(episode.id)).review_due_on).toBeNull();

    // Admission starts the initial-plan window.
    await move(episode.id, 'ORIENTATION', {
      primaryClinicianId: clinicianStaff.id,
      admissionDecision: { decision: 'ADMIT', rationale: 'Needs more than weekly care.' },
    });
    const admitted = await expectStoredClockCurrent(episode.id);
    expect(admitted).toMatchObject({
      review_due_reason: 'INITIAL_PLAN',
      review_due_on: addCalendarDays(todayIn(tz), program.initialPlanDueDays),
    });

    // Activation: the routine interval from today.
    const plan = await activePlan(episode.id);
    expect(await expectStoredClockCurrent(episode.id)).toMatchObject({
      review_due_reason: 'INTERVAL',
      review_due_on: addCalendarDays(todayIn(tz), program.planReviewIntervalDays),
    });

    // A level-of-care change after activation brings the review forward (the episode module's
    // level-of-care writes call the same hook).
    await ds.query(
      `INSERT INTO level_of_care_change (episode_id, clinical_level, authorized_level, reason, changed_by_staff_id, changed_at)
       VALUES ($1, '2.5', '2.5', 'Step-up', $2, now())`,
      [episode.id, clinicianStaff.id],
    );
    await recomputeReviewClock(ds, episode.id);
    expect((await expectStoredClockCurrent(episode.id)).review_due_reason).toBe(
      'LEVEL_OF_CARE_CHANGE',
    );

    // A continued review restarts the clock from the review.
    await call(clinician, 'reviewPlan', 'ReviewPlanInput', 'review { id }', {
      planId: plan.id,
      version: plan.version,
      outcome: 'CONTINUED',
      note: 'On track.',
    });
    expect(await expectStoredClockCurrent(episode.id)).toMatchObject({
      review_due_reason: 'INTERVAL',
      review_due_on: addCalendarDays(todayIn(tz), program.planReviewIntervalDays),
    });

    // Leaving treatment stops the clock, the plan closed in discharge planning keeps it stopped,
    // and a return to treatment makes a new plan due.
    await move(episode.id, 'DISCHARGE_PLANNING');
    await expectStoredClockCurrent(episode.id);
    const [{ version }] = await ds.query<[{ version: number }]>(
      'SELECT version FROM treatment_plan WHERE id = $1',
      [plan.id],
    );
    await call(clinician, 'closeTreatmentPlan', 'CloseTreatmentPlanInput', 'id', {
      planId: plan.id,
      version,
      reason: 'Completed the program',
    });
    expect((await expectStoredClockCurrent(episode.id)).review_due_on).toBeNull();
    await move(episode.id, 'ACTIVE', { reason: 'Discharge called off' });
    expect(await expectStoredClockCurrent(episode.id)).toMatchObject({
      review_due_reason: 'NEW_PLAN',
      review_due_on: addCalendarDays(todayIn(tz), program.initialPlanDueDays),
    });
    const shown = await ok<{
      episode: { initialPlanDue: { reason: string; dueDate: string } | null };
    }>(director, `query ($id: ID!) { episode(id: $id) { initialPlanDue { reason dueDate } } }`, {
      id: episode.id,
    });
    expect(shown.episode.initialPlanDue?.reason).toBe('NEW_PLAN');

    await move(episode.id, 'DISCHARGE_PLANNING');
    await ok(director, DISCHARGE_MUTATION, {
      input: dischargeInput(
        episode.id,
        await episodeVersion(episode.id),
        'COMPLETED',
        'Program completed',
      ),
    });
    expect((await expectStoredClockCurrent(episode.id)).review_due_on).toBeNull();
  });

  it('the plan’s reviewClock reads the stored clock, in the program’s time zone', async () => {
    const ds = server.database.dataSource;
    const { episode } = await createTestClient(ds, {
      programId: program.id,
      primaryClinicianId: clinicianStaff.id,
    });
    const plan = await activePlan(episode.id);
    const read = await ok<{
      treatmentPlan: { reviewClock: { dueDate: string; reason: string; status: string } };
    }>(
      clinician,
      `query ($id: ID!) { treatmentPlan(id: $id) { reviewClock { dueDate reason status } } }`,
      {
        id: plan.id,
      },
    );
    const stored = await expectStoredClockCurrent(episode.id);
    expect(read.treatmentPlan.reviewClock).toEqual({
      dueDate: stored.review_due_on,
      reason: 'INTERVAL',
      status: 'NOT_DUE',
    });
    expect(stored.review_due_on).toBe(
      addCalendarDays(localDate(new Date(), program.timeZone), program.planReviewIntervalDays),
    );
  });
});
