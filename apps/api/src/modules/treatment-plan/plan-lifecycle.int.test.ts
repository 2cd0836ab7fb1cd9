import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_NEEDS_TREATMENT_MESSAGE, addCalendarDays, localDate } from '@waypoint/domain';
import {
  errorOf,
  mutation,
  ok,
  planHarness,
  type PlanHarness,
} from '../../test-support/plan-harness.js';

let h: PlanHarness;
beforeAll(async () => {
  h = await planHarness();
});
afterAll(() => h?.server.close());

interface VersionRow {
  id: string;
  status: string;
  endedAt: Date | null;
  endReason: string | null;
}

async function versions(episodeId: string): Promise<VersionRow[]> {
  return h.ds.query(
    `SELECT id, status, ended_at AS "endedAt", end_reason AS "endReason" FROM treatment_plan
     WHERE episode_id = $1 ORDER BY version_number`,
    [episodeId],
  );
}

async function goalStatuses(planId: string) {
  return h.ds.query<{ lifecycle: string; achievement: string }[]>(
    `SELECT g.lifecycle_status AS lifecycle, g.achievement_status AS achievement
     FROM plan_goal g JOIN plan_problem p ON p.id = g.problem_id WHERE p.plan_id = $1`,
    [planId],
  );
}

const setGoalStatus = mutation('setGoalStatus', 'SetGoalStatusInput', 'id version');
const sign = mutation('signPlan', 'SignPlanInput', 'id status');
const close = mutation('closeTreatmentPlan', 'CloseTreatmentPlanInput', 'id status');

const CHART = `query ($id: ID!) { client(id: $id) { currentEpisode {
  currentTreatmentPlan { id status reviewClock { dueDate } }
  initialPlanDue { dueDate reason status } } } }`;
type Chart = {
  client: {
    currentEpisode: {
      currentTreatmentPlan: { id: string; status: string; reviewClock: unknown } | null;
      initialPlanDue: { dueDate: string; reason: string; status: string } | null;
    };
  };
};

describe('an episode that ends closes its plan (item 14)', () => {
  it('discharge closes the active plan with final goal statuses and abandons its revision, in the same transaction', async () => {
    const { episodeId, plan, goal } = await h.signableDraft();
    await h.activate(plan.id);
    await ok(h.clinician, setGoalStatus, {
      input: { goalId: goal.id, version: goal.version, achievementStatus: 'IMPROVING' },
    });
    const revision = await h.revise(plan.id);

    expect((await h.transition(episodeId, 'DISCHARGE_PLANNING')).errors).toBeUndefined();
    // Planning discharge does not end the plan.
    expect((await versions(episodeId)).map((v) => v.status)).toEqual(['ACTIVE', 'DRAFT']);
    expect((await h.transition(episodeId, 'DISCHARGED')).errors).toBeUndefined();

    const [closed, abandoned] = await versions(episodeId);
    expect(closed).toMatchObject({
      id: plan.id,
      status: 'CLOSED',
      endReason: 'Episode ended: Discharged',
    });
    expect(abandoned).toMatchObject({ id: revision.id, status: 'CLOSED' });
    // Rule 6: an open achievement status becomes NOT_ACHIEVED, the goal is no longer pursued.
    expect(await goalStatuses(plan.id)).toEqual([
      { lifecycle: 'COMPLETED', achievement: 'NOT_ACHIEVED' },
    ]);
    // now() is the transaction's start: the same instant on the episode and both versions.
    const [episode] = await h.ds.query<{ updatedAt: Date }[]>(
      'SELECT updated_at AS "updatedAt" FROM episode WHERE id = $1',
      [episodeId],
    );
    expect(closed!.endedAt).toEqual(episode!.updatedAt);
    expect(abandoned!.endedAt).toEqual(episode!.updatedAt);

    const clientId = await clientOf(episodeId);
    const chart = (await ok<Chart>(h.clinician, CHART, { id: clientId })).client.currentEpisode;
    expect(chart).toEqual({ currentTreatmentPlan: null, initialPlanDue: null });
  });

  it('an achieved goal keeps its status when a transfer ends the episode straight from ACTIVE', async () => {
    const { episodeId, plan, goal } = await h.signableDraft();
    await h.activate(plan.id);
    await ok(h.clinician, setGoalStatus, {
      input: { goalId: goal.id, version: goal.version, achievementStatus: 'ACHIEVED' },
    });
    expect(
      (await h.transition(episodeId, 'TRANSFERRED', 'Moved to residential')).errors,
    ).toBeUndefined();
    expect(await versions(episodeId)).toMatchObject([
      { status: 'CLOSED', endReason: 'Episode ended: Transferred' },
    ]);
    expect(await goalStatuses(plan.id)).toEqual([
      { lifecycle: 'COMPLETED', achievement: 'ACHIEVED' },
    ]);
  });

  it('a revision pending signature can no longer be signed once the episode has ended', async () => {
    const { episodeId, plan } = await h.signableDraft();
    await h.activate(plan.id);
    const revision = await h.revise(plan.id);
    await ok(h.clinician, mutation('updateGoal', 'UpdateGoalInput'), {
      input: {
        id: await revisionGoalId(revision.id),
        version: 1,
        description: 'Sleep sober, most nights',
      },
    });
    await h.submit(revision.id);
    await h.transition(episodeId, 'DISCHARGE_PLANNING');
    await h.transition(episodeId, 'DISCHARGED');
    const res = await h.clinician.gql(sign, {
      input: {
        planId: revision.id,
        version: await h.planVersion(revision.id),
        signer: 'CLIENT',
        signedName: 'T C',
      },
    });
    expect(errorOf(res)).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(await versions(episodeId)).toMatchObject([{ status: 'CLOSED' }, { status: 'CLOSED' }]);
  });

  it('signing and submitting need the client in treatment, whatever the version’s status', async () => {
    // An episode that ended before plans closed with it (data from before this rule).
    const first = await h.signableDraft();
    await h.submit(first.plan.id);
    await h.ds.query(`UPDATE episode SET status = 'DISCHARGED' WHERE id = $1`, [first.episodeId]);
    const signed = await h.clinician.gql(sign, {
      input: {
        planId: first.plan.id,
        version: await h.planVersion(first.plan.id),
        signer: 'CLINICIAN',
      },
    });
    expect(errorOf(signed)).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(signed.errors![0]!.message).toBe(PLAN_NEEDS_TREATMENT_MESSAGE);

    const second = await h.signableDraft();
    await h.ds.query(`UPDATE episode SET status = 'FOLLOW_UP' WHERE id = $1`, [second.episodeId]);
    const submitted = await h.clinician.gql(
      mutation('submitPlanForSignature', 'PlanVersionInput'),
      {
        input: { planId: second.plan.id, version: await h.planVersion(second.plan.id) },
      },
    );
    expect(errorOf(submitted)).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(await versions(second.episodeId)).toMatchObject([{ status: 'DRAFT' }]);
  });

  it('closing the active version by hand abandons its revision in the same transaction', async () => {
    const { episodeId, plan } = await h.signableDraft();
    await h.activate(plan.id);
    const revision = await h.revise(plan.id);
    await h.transition(episodeId, 'DISCHARGE_PLANNING');
    await ok(h.clinician, close, {
      input: { planId: plan.id, version: await h.planVersion(plan.id), reason: 'Completed' },
    });
    const [closed, abandoned] = await versions(episodeId);
    expect(closed).toMatchObject({ status: 'CLOSED', endReason: 'Completed' });
    expect(abandoned).toMatchObject({ id: revision.id, status: 'CLOSED' });
    expect(abandoned!.endedAt).toEqual(closed!.endedAt);
    expect(abandoned!.endReason).toMatch(/revised was closed/);
  });

  it('a client whose plan closed in discharge planning and who returns to ACTIVE is due a new plan', async () => {
    const { episodeId, plan } = await h.signableDraft();
    await h.activate(plan.id);
    await h.transition(episodeId, 'DISCHARGE_PLANNING');
    await ok(h.clinician, close, {
      input: { planId: plan.id, version: await h.planVersion(plan.id), reason: 'Completing' },
    });
    const clientId = await clientOf(episodeId);
    const planning = (await ok<Chart>(h.clinician, CHART, { id: clientId })).client.currentEpisode;
    // Closed for the discharge under way: nothing is due yet.
    expect(planning.initialPlanDue).toBeNull();

    expect(
      (await h.transition(episodeId, 'ACTIVE', 'Relapse; treatment continues')).errors,
    ).toBeUndefined();
    const back = (await ok<Chart>(h.clinician, CHART, { id: clientId })).client.currentEpisode;
    const [{ at }] = await h.ds.query<[{ at: Date }]>(
      `SELECT occurred_at AS at FROM episode_transition WHERE episode_id = $1 AND to_status = 'ACTIVE'
       ORDER BY occurred_at DESC LIMIT 1`,
      [episodeId],
    );
    expect(back.currentTreatmentPlan).toBeNull();
    expect(back.initialPlanDue).toMatchObject({
      reason: 'INITIAL_PLAN',
      dueDate: addCalendarDays(localDate(at, h.program.timeZone), h.program.initialPlanDueDays),
    });
    expect(back.initialPlanDue!.status).not.toBe('OVERDUE');

    // A new plan can be written and, once signed, the review clock takes over.
    const next = await h.signableDraft(episodeId);
    await h.activate(next.plan.id);
    const treated = (await ok<Chart>(h.clinician, CHART, { id: clientId })).client.currentEpisode;
    expect(treated.initialPlanDue).toBeNull();
    expect(treated.currentTreatmentPlan?.reviewClock).not.toBeNull();
  });
});

async function revisionGoalId(planId: string): Promise<string> {
  const [row] = await h.ds.query<{ id: string }[]>(
    `SELECT g.id FROM plan_goal g JOIN plan_problem p ON p.id = g.problem_id WHERE p.plan_id = $1`,
    [planId],
  );
  return row!.id;
}

async function clientOf(episodeId: string): Promise<string> {
  const [row] = await h.ds.query<{ clientId: string }[]>(
    'SELECT client_id AS "clientId" FROM episode WHERE id = $1',
    [episodeId],
  );
  return row!.clientId;
}
