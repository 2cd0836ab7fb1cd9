import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REVISION_PENDING_MESSAGE } from '@waypoint/domain';
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

const ENTRY = 'id status rating note amendReason author { id }';
const record = mutation('recordGoalProgress', 'RecordGoalProgressInput', ENTRY);
const correct = mutation('correctGoalProgress', 'CorrectGoalProgressInput', ENTRY);
const voidEntry = mutation(
  'voidGoalProgress',
  'VoidGoalProgressInput',
  'id status voided { at reason by { id } }',
);
const setGoalStatus = mutation(
  'setGoalStatus',
  'SetGoalStatusInput',
  'id version lifecycleStatus achievementStatus',
);

interface Entry {
  id: string;
  status: string;
  rating: number | null;
  note: string | null;
  amendReason: string | null;
  corrects: { id: string } | null;
  correctedBy: { id: string; author: { id: string }; amendReason: string } | null;
  voided: { at: string; reason: string; by: { id: string } } | null;
}

const HISTORY = `query ($id: ID!) { treatmentPlan(id: $id) { problems { goals { progress {
  id status rating note amendReason corrects { id }
  correctedBy { id amendReason author { id } } voided { at reason by { id } } } } } } }`;

async function history(planId: string): Promise<Entry[]> {
  const data = await ok<{
    treatmentPlan: { problems: { goals: { progress: Entry[] }[] }[] };
  }>(h.clinician, HISTORY, { id: planId });
  return data.treatmentPlan.problems[0]!.goals[0]!.progress;
}

describe('goal progress is corrected or voided, never changed (item 18)', () => {
  it('a correction replaces an entry and a void strikes one; the originals stay with who, when and why', async () => {
    const { plan, goal } = await h.signableDraft();
    await h.activate(plan.id);
    const first = (
      await ok<{ recordGoalProgress: Entry }>(h.clinician, record, {
        input: { goalId: goal.id, recordedOn: h.today(), rating: 3, note: 'Slept badly' },
      })
    ).recordGoalProgress;

    const blank = await h.clinician.gql(correct, {
      input: { progressId: first.id, recordedOn: h.today(), rating: 7, reason: '  ' },
    });
    expect(errorOf(blank)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'reason' }] });

    const correction = (
      await ok<{ correctGoalProgress: Entry }>(h.director, correct, {
        input: { progressId: first.id, recordedOn: h.today(), rating: 7, reason: 'Typed 3 for 7' },
      })
    ).correctGoalProgress;
    expect(correction).toMatchObject({
      status: 'CURRENT',
      rating: 7,
      amendReason: 'Typed 3 for 7',
      author: { id: h.directorStaff.id },
    });

    const twice = await h.clinician.gql(correct, {
      input: { progressId: first.id, recordedOn: h.today(), rating: 8, reason: 'Again' },
    });
    // The answer names the record type only: the correction is read through the goal's history.
    expect(errorOf(twice)).toEqual({ code: 'CONFLICT', recordType: 'GoalProgress' });

    const voided = (
      await ok<{ voidGoalProgress: Entry }>(h.clinician, voidEntry, {
        input: { progressId: correction.id, reason: 'Recorded on the wrong client' },
      })
    ).voidGoalProgress;
    expect(voided).toMatchObject({
      id: correction.id,
      status: 'VOIDED',
      voided: { reason: 'Recorded on the wrong client', by: { id: h.clinicianStaff.id } },
    });

    const entries = await history(plan.id);
    expect(entries).toHaveLength(2);
    const original = entries.find((e) => e.id === first.id)!;
    expect(original).toMatchObject({
      status: 'CORRECTED',
      rating: 3,
      note: 'Slept badly',
      correctedBy: {
        id: correction.id,
        amendReason: 'Typed 3 for 7',
        author: { id: h.directorStaff.id },
      },
    });
    expect(entries.find((e) => e.id === correction.id)).toMatchObject({
      status: 'VOIDED',
      corrects: { id: first.id },
    });

    // Append-only below the API too.
    await expect(
      h.ds.query('UPDATE goal_progress SET rating = 9 WHERE id = $1', [first.id]),
    ).rejects.toThrow(/append-only/);
    await expect(h.ds.query('DELETE FROM goal_progress WHERE id = $1', [first.id])).rejects.toThrow(
      /append-only/,
    );
  });

  it('entries are not amended once the client has left treatment', async () => {
    const { plan, goal, episodeId } = await h.signableDraft();
    await h.activate(plan.id);
    const entry = (
      await ok<{ recordGoalProgress: Entry }>(h.clinician, record, {
        input: { goalId: goal.id, recordedOn: h.today(), rating: 5 },
      })
    ).recordGoalProgress;
    await h.transition(episodeId, 'TRANSFERRED', 'Residential');
    const res = await h.clinician.gql(voidEntry, { input: { progressId: entry.id, reason: 'x' } });
    // Once the episode has ended its care team may only read it (access follows the episode).
    expect(errorOf(res)).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('revisions (item 18)', () => {
  it('a status changed on the active version is carried into its draft revision, and refused while the revision is pending signature', async () => {
    const { plan, goal } = await h.signableDraft();
    await h.activate(plan.id);
    const revision = await h.revise(plan.id);
    const changed = (
      await ok<{ setGoalStatus: { version: number } }>(h.clinician, setGoalStatus, {
        input: { goalId: goal.id, version: goal.version, achievementStatus: 'IMPROVING' },
      })
    ).setGoalStatus;
    const [draftGoal] = await h.ds.query<{ id: string; achievement: string; version: number }[]>(
      `SELECT g.id, g.achievement_status AS achievement, g.version FROM plan_goal g
       JOIN plan_problem p ON p.id = g.problem_id WHERE p.plan_id = $1`,
      [revision.id],
    );
    expect(draftGoal!.achievement).toBe('IMPROVING');

    await ok(h.clinician, mutation('updateGoal', 'UpdateGoalInput'), {
      input: { id: draftGoal!.id, version: draftGoal!.version, description: 'Sleep sober nightly' },
    });
    await h.submit(revision.id);
    const refused = await h.clinician.gql(setGoalStatus, {
      input: { goalId: goal.id, version: changed.version, achievementStatus: 'ACHIEVED' },
    });
    expect(errorOf(refused)).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(refused.errors![0]!.message).toBe(REVISION_PENDING_MESSAGE);
  });

  it('a revision with no change from the version it revises cannot be signed, and says so', async () => {
    const { plan } = await h.signableDraft();
    await h.activate(plan.id);
    const revision = await h.revise(plan.id);
    const read = await ok<{
      treatmentPlan: {
        signable: { signable: boolean; missing: { code: string; message: string }[] };
      };
    }>(
      h.clinician,
      `query ($id: ID!) { treatmentPlan(id: $id) { signable { signable missing { code message } } } }`,
      {
        id: revision.id,
      },
    );
    expect(read.treatmentPlan.signable).toEqual({
      signable: false,
      missing: [
        {
          code: 'NO_CHANGE',
          message: 'The revision has no change from version 1; change something or close the draft',
        },
      ],
    });
    const res = await h.clinician.gql(mutation('submitPlanForSignature', 'PlanVersionInput'), {
      input: { planId: revision.id, version: revision.version },
    });
    expect(errorOf(res)).toMatchObject({ code: 'INVALID_TRANSITION', missing: ['revision'] });
    expect(res.errors![0]!.message).toMatch(/no change from version 1/);
  });

  it('signatures voided by a return to draft stay on the version, with who voided them and when', async () => {
    const { plan } = await h.signableDraft();
    await h.submit(plan.id);
    await ok(h.clinician, mutation('signPlan', 'SignPlanInput'), {
      input: {
        planId: plan.id,
        version: await h.planVersion(plan.id),
        signer: 'CLIENT',
        signedName: 'T C',
      },
    });
    await ok(h.director, mutation('returnPlanToDraft', 'PlanVersionInput'), {
      input: { planId: plan.id, version: await h.planVersion(plan.id) },
    });
    const SIGS = `query ($id: ID!) { treatmentPlan(id: $id) {
      signatures { signer }
      all: signatures(includeVoided: true) { signer signedName voidedAt voidReason voidedBy { id } } } }`;
    const read = await ok<{
      treatmentPlan: {
        signatures: unknown[];
        all: { signer: string; voidedAt: string | null; voidedBy: { id: string } | null }[];
      };
    }>(h.clinician, SIGS, { id: plan.id });
    expect(read.treatmentPlan.signatures).toEqual([]);
    expect(read.treatmentPlan.all).toMatchObject([
      { signer: 'CLIENT', signedName: 'T C', voidedBy: { id: h.directorStaff.id } },
    ]);
    expect(read.treatmentPlan.all[0]!.voidedAt).not.toBeNull();

    // The client signs again: only the signatures that count are unique per signer.
    await h.activate(plan.id);
    const after = await ok<{
      treatmentPlan: { all: { signer: string; voidedAt: string | null }[] };
    }>(h.clinician, SIGS, { id: plan.id });
    expect(after.treatmentPlan.all.map((s) => [s.signer, s.voidedAt === null])).toEqual([
      ['CLIENT', false],
      ['CLIENT', true],
      ['CLINICIAN', true],
    ]);
  });
});
