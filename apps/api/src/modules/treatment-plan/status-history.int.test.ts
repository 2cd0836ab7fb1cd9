import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStaff } from '../../testing/factories.js';
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

const STATUSES = 'id version lifecycleStatus achievementStatus';
const setGoalStatus = mutation('setGoalStatus', 'SetGoalStatusInput', STATUSES);
const setObjectiveStatus = mutation('setObjectiveStatus', 'SetObjectiveStatusInput', STATUSES);

interface Change {
  fromLifecycleStatus: string;
  toLifecycleStatus: string;
  fromAchievementStatus: string;
  toAchievementStatus: string;
  reason: string | null;
  changedAt: string;
  changedBy: { id: string };
}
interface Tracked {
  id: string;
  version: number;
  lifecycleStatus: string;
  statusHistory: Change[];
}

const CHANGE = `statusHistory { fromLifecycleStatus toLifecycleStatus fromAchievementStatus
  toAchievementStatus reason changedAt changedBy { id } }`;
const PLAN = `query ($id: ID!) { treatmentPlan(id: $id) { problems { goals {
  id version lifecycleStatus ${CHANGE}
  objectives { id version lifecycleStatus ${CHANGE} } } } } }`;

async function readPlan(planId: string, caller = h.clinician) {
  const data = await ok<{
    treatmentPlan: { problems: { goals: (Tracked & { objectives: Tracked[] })[] }[] };
  }>(caller, PLAN, { id: planId });
  const goal = data.treatmentPlan.problems[0]!.goals[0]!;
  return { goal, objective: goal.objectives[0]! };
}

describe('deliberate status changes with their history (issue 9, finding 2)', () => {
  it('cancelling or marking entered in error needs a reason, named as the field, and a refusal changes nothing', async () => {
    const { plan, goal } = await h.signableDraft();
    await h.activate(plan.id);
    for (const lifecycleStatus of ['CANCELLED', 'ENTERED_IN_ERROR']) {
      const res = await h.clinician.gql(setGoalStatus, {
        input: { goalId: goal.id, version: goal.version, lifecycleStatus, reason: '  ' },
      });
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'reason' }] });
    }
    const { goal: after } = await readPlan(plan.id);
    expect(after).toMatchObject({ version: goal.version, lifecycleStatus: 'ACTIVE' });
    expect(after.statusHistory).toEqual([]);
  });

  it('each change of a goal or objective is kept with who, when, from, to and why, newest first, across plan versions', async () => {
    const { plan, goal } = await h.signableDraft();
    await h.activate(plan.id);
    const held = (
      await ok<{ setGoalStatus: Tracked }>(h.clinician, setGoalStatus, {
        input: { goalId: goal.id, version: goal.version, lifecycleStatus: 'ON_HOLD' },
      })
    ).setGoalStatus;
    // Choosing what it already is records nothing.
    const same = (
      await ok<{ setGoalStatus: Tracked }>(h.clinician, setGoalStatus, {
        input: { goalId: goal.id, version: held.version, lifecycleStatus: 'ON_HOLD' },
      })
    ).setGoalStatus;
    await ok(h.director, setGoalStatus, {
      input: {
        goalId: goal.id,
        version: same.version,
        lifecycleStatus: 'CANCELLED',
        achievementStatus: 'NOT_ATTAINABLE',
        reason: '  Client moved out of state ',
      },
    });
    const { objective } = await readPlan(plan.id);
    await ok(h.clinician, setObjectiveStatus, {
      input: {
        objectiveId: objective.id,
        version: objective.version,
        achievementStatus: 'IMPROVING',
      },
    });

    const read = await readPlan(plan.id);
    expect(read.goal.statusHistory).toEqual([
      {
        fromLifecycleStatus: 'ON_HOLD',
        toLifecycleStatus: 'CANCELLED',
        fromAchievementStatus: 'IN_PROGRESS',
        toAchievementStatus: 'NOT_ATTAINABLE',
        reason: 'Client moved out of state',
        changedAt: expect.any(String) as unknown,
        changedBy: { id: h.directorStaff.id },
      },
      {
        fromLifecycleStatus: 'ACTIVE',
        toLifecycleStatus: 'ON_HOLD',
        fromAchievementStatus: 'IN_PROGRESS',
        toAchievementStatus: 'IN_PROGRESS',
        reason: null,
        changedAt: expect.any(String) as unknown,
        changedBy: { id: h.clinicianStaff.id },
      },
    ]);
    expect(read.objective.statusHistory).toEqual([
      expect.objectContaining({
        fromAchievementStatus: 'IN_PROGRESS',
        toAchievementStatus: 'IMPROVING',
        changedBy: { id: h.clinicianStaff.id },
      }),
    ]);

    // The revision's goal (same lineage) shows the same history.
    const revision = await h.revise(plan.id);
    const revised = await readPlan(revision.id);
    expect(revised.goal.id).not.toBe(goal.id);
    expect(revised.goal.statusHistory).toHaveLength(2);

    // Written and read through the audit trail, with the client.
    const audited = await h.ds.query<{ action: string }[]>(
      `SELECT DISTINCT action FROM audit_event WHERE record_type = 'PlanStatusChange'
       AND client_id = (SELECT client_id FROM treatment_plan tp JOIN episode e ON e.id = tp.episode_id
                        WHERE tp.id = $1) ORDER BY action`,
      [plan.id],
    );
    expect(audited).toEqual([{ action: 'CREATE' }, { action: 'READ' }]);

    // Append-only below the API too: its role may only add and read (and a trigger backs that).
    await expect(
      h.ds.query(`UPDATE plan_status_change SET reason = 'x' WHERE lineage_id IS NOT NULL`),
    ).rejects.toThrow(/permission denied/);
    await expect(h.ds.query(`DELETE FROM plan_status_change`)).rejects.toThrow(/permission denied/);
  });

  it('someone without access to the client reads no status history and changes no status', async () => {
    const { plan, goal } = await h.signableDraft();
    await h.activate(plan.id);
    await ok(h.clinician, setGoalStatus, {
      input: { goalId: goal.id, version: goal.version, lifecycleStatus: 'ON_HOLD' },
    });
    // Another clinician of the program, not on this client's care team.
    const outsider = await h.server.as(
      await createTestStaff(h.ds, [{ programId: h.program.id, role: 'CLINICIAN' }]),
    );
    const read = await outsider.gql(PLAN, { id: plan.id });
    expect(errorOf(read)).toMatchObject({ code: 'FORBIDDEN' });
    const change = await outsider.gql(setGoalStatus, {
      input: { goalId: goal.id, version: goal.version + 1, lifecycleStatus: 'CANCELLED' },
    });
    // Refused before the missing reason is looked at.
    expect(errorOf(change)).toMatchObject({ code: 'FORBIDDEN' });
  });
});
