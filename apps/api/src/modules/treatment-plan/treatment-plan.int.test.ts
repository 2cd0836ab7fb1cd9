import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, localDate } from '@waypoint/domain';
import type { Episode } from '../episode/episode.entity.js';
import type { Program } from '../program/program.entity.js';
import type { Staff } from '../staff/staff.entity.js';
import {
  createTestClient,
  createTestProgram,
  createTestStaff,
  wallClockBefore,
} from '../../testing/factories.js';
import { recomputeReviewClock, recomputeReviewClocks } from './plan-clock.js';
import {
  startTestServer,
  type Caller,
  type GraphQLResponse,
  type TestServer,
} from '../../test-support/test-server.js';
import { conflictIn, saveAnswer } from '../../test-support/save-result.js';

const TREE = /* GraphQL */ `
  fragment Tree on TreatmentPlan {
    id
    version
    versionNumber
    status
    activatedAt
    lastReviewedAt
    endedAt
    endReason
    signable {
      signable
      missing {
        path
        message
        code
      }
    }
    reviewClock {
      dueDate
      reason
      status
      daysUntilDue
      scheduledDate
    }
    signatures {
      signer
      signedName
      signedBy {
        id
      }
    }
    reviews {
      outcome
      note
    }
    problems {
      id
      lineageId
      version
      position
      domain
      clientWords
      goals {
        id
        lineageId
        version
        position
        description
        lifecycleStatus
        achievementStatus
        progress {
          recordedOn
          rating
          measureValue
          note
          goalLineageId
          objectiveLineageId
          author {
            id
          }
        }
        objectives {
          id
          lineageId
          version
          position
          description
          measure
          targetDate
          lifecycleStatus
          achievementStatus
          interventions {
            id
            lineageId
            version
            position
            modality
            frequency
            responsibleStaff {
              id
            }
          }
        }
      }
    }
  }
`;

interface TreeIntervention {
  id: string;
  lineageId: string;
  version: number;
  position: number;
  modality: string;
  frequency: string;
  responsibleStaff: { id: string } | null;
}
interface TreeObjective {
  id: string;
  lineageId: string;
  version: number;
  position: number;
  description: string;
  measure: string | null;
  targetDate: string | null;
  lifecycleStatus: string;
  achievementStatus: string;
  interventions: TreeIntervention[];
}
interface TreeGoal {
  id: string;
  lineageId: string;
  version: number;
  position: number;
  description: string;
  lifecycleStatus: string;
  achievementStatus: string;
  progress: {
    recordedOn: string;
    rating: number | null;
    measureValue: number | null;
    note: string | null;
    goalLineageId: string;
    objectiveLineageId: string | null;
    author: { id: string };
  }[];
  objectives: TreeObjective[];
}
interface TreeProblem {
  id: string;
  lineageId: string;
  version: number;
  position: number;
  domain: string;
  clientWords: string;
  goals: TreeGoal[];
}
interface Tree {
  id: string;
  version: number;
  versionNumber: number;
  status: string;
  activatedAt: string | null;
  lastReviewedAt: string | null;
  endedAt: string | null;
  endReason: string | null;
  signable: { signable: boolean; missing: { path: string; message: string; code: string }[] };
  reviewClock: {
    dueDate: string;
    reason: string;
    status: string;
    daysUntilDue: number;
    scheduledDate: string;
  } | null;
  signatures: { signer: string; signedName: string | null; signedBy: { id: string } }[];
  reviews: { outcome: string; note: string }[];
  problems: TreeProblem[];
}

const PLAN = `query ($id: ID!) { treatmentPlan(id: $id) { ...Tree } } ${TREE}`;

/** One mutation taking `input`, returning `fields` of its result (of type `saves`, a save). */
const mutation = (name: string, inputType: string, fields = 'id version', saves?: string) =>
  `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${saves ? saveAnswer(saves, fields) : fields} } }`;

const M = {
  create: mutation(
    'createTreatmentPlan',
    'CreateTreatmentPlanInput',
    'id version status versionNumber',
    'TreatmentPlan',
  ),
  addProblem: mutation('addProblem', 'AddProblemInput', 'id version lineageId position'),
  updateProblem: mutation(
    'updateProblem',
    'UpdateProblemInput',
    'id version domain clientWords strengths',
    'PlanProblem',
  ),
  removeProblem: mutation('removeProblem', 'RemovePlanElementInput', 'id version', 'PlanProblem'),
  addGoal: mutation(
    'addGoal',
    'AddGoalInput',
    'id version lineageId position lifecycleStatus achievementStatus',
  ),
  updateGoal: mutation(
    'updateGoal',
    'UpdateGoalInput',
    'id version description horizon targetDate',
    'PlanGoal',
  ),
  removeGoal: mutation('removeGoal', 'RemovePlanElementInput', 'id version', 'PlanGoal'),
  setGoalStatus: mutation(
    'setGoalStatus',
    'SetGoalStatusInput',
    'id version lifecycleStatus achievementStatus',
    'PlanGoal',
  ),
  addObjective: mutation('addObjective', 'AddObjectiveInput', 'id version lineageId position'),
  updateObjective: mutation(
    'updateObjective',
    'UpdateObjectiveInput',
    'id version description measure targetDate',
    'PlanObjective',
  ),
  removeObjective: mutation(
    'removeObjective',
    'RemovePlanElementInput',
    'id version',
    'PlanObjective',
  ),
  setObjectiveStatus: mutation(
    'setObjectiveStatus',
    'SetObjectiveStatusInput',
    'id version lifecycleStatus achievementStatus',
    'PlanObjective',
  ),
  addIntervention: mutation(
    'addIntervention',
    'AddInterventionInput',
    'id version lineageId position responsibleStaff { id }',
  ),
  updateIntervention: mutation(
    'updateIntervention',
    'UpdateInterventionInput',
    'id version modality description frequency',
    'PlanIntervention',
  ),
  removeIntervention: mutation(
    'removeIntervention',
    'RemovePlanElementInput',
    'id version',
    'PlanIntervention',
  ),
  reorder: mutation(
    'reorderPlanElements',
    'ReorderPlanElementsInput',
    'id problems { id position version goals { id position } }',
    'TreatmentPlan',
  ),
  progress: mutation(
    'recordGoalProgress',
    'RecordGoalProgressInput',
    'id recordedOn rating measureValue note goalLineageId objectiveLineageId author { id }',
  ),
  submit: mutation(
    'submitPlanForSignature',
    'PlanVersionInput',
    'id version status',
    'TreatmentPlan',
  ),
  returnToDraft: mutation(
    'returnPlanToDraft',
    'PlanVersionInput',
    'id version status signatures { signer }',
    'TreatmentPlan',
  ),
  sign: mutation(
    'signPlan',
    'SignPlanInput',
    'id version status activatedAt signatures { signer signedName signedBy { id } }',
    'TreatmentPlan',
  ),
  review: `mutation ($input: ReviewPlanInput!) { reviewPlan(input: $input) { ${saveAnswer(
    'ReviewPlanPayload',
    'review { id outcome note } plan { id version status lastReviewedAt } revision { id version versionNumber status }',
    { conflict: 'TreatmentPlanConflict', currentFields: 'id version status' },
  )} } }`,
  close: mutation(
    'closeTreatmentPlan',
    'CloseTreatmentPlanInput',
    'id version status endedAt endReason',
    'TreatmentPlan',
  ),
};

let server: TestServer;
let program: Program;
let clinicianStaff: Staff;
let clinician: Caller;
let director: Caller;
let directorStaff: Staff;

/** Today and dates around it in the program's time zone. */
const today = () => localDate(new Date(), program.timeZone);
const inDays = (n: number) => addCalendarDays(today(), n);

async function ok<T>(caller: Caller, query: string, variables?: Record<string, unknown>) {
  const res = await caller.gql<T>(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

function errorOf(res: GraphQLResponse) {
  expect(res.errors, 'expected an error').toBeDefined();
  return res.errors![0]!.extensions!;
}

async function newEpisode(status: 'ACTIVE' | 'SCREENING' = 'ACTIVE'): Promise<Episode> {
  const ds = server.database.dataSource;
  return (
    await createTestClient(ds, {
      programId: program.id,
      primaryClinicianId: clinicianStaff.id,
      status,
    })
  ).episode;
}

async function readPlan(id: string, as: Caller = clinician): Promise<Tree> {
  return (await ok<{ treatmentPlan: Tree }>(as, PLAN, { id })).treatmentPlan;
}

/** A DRAFT with one problem → goal → objective (with measure and date) → intervention. */
async function signableDraft(episodeId?: string) {
  const episode = episodeId ?? (await newEpisode()).id;
  const plan = (
    await ok<{ createTreatmentPlan: { id: string; version: number } }>(clinician, M.create, {
      input: { episodeId: episode },
    })
  ).createTreatmentPlan;
  const problem = (
    await ok<{ addProblem: { id: string } }>(clinician, M.addProblem, {
      input: {
        planId: plan.id,
        domain: 'SUBSTANCE_USE',
        clientWords: 'I drink every night to sleep.',
      },
    })
  ).addProblem;
  const goal = (
    await ok<{ addGoal: { id: string; version: number; lineageId: string } }>(
      clinician,
      M.addGoal,
      {
        input: {
          problemId: problem.id,
          description: 'Stop drinking to sleep',
          horizon: 'IMMEDIATE',
        },
      },
    )
  ).addGoal;
  const objective = (
    await ok<{ addObjective: { id: string; version: number } }>(clinician, M.addObjective, {
      input: {
        goalId: goal.id,
        description: 'Drinking nights per week',
        measure: 'Drinking nights per week ≤ 1',
        targetDate: inDays(30),
      },
    })
  ).addObjective;
  const intervention = (
    await ok<{ addIntervention: { id: string; version: number } }>(clinician, M.addIntervention, {
      input: {
        objectiveId: objective.id,
        modality: 'CBT',
        frequency: '1 individual session a week',
        responsibleStaffId: clinicianStaff.id,
      },
    })
  ).addIntervention;
  return { episodeId: episode, plan, problem, goal, objective, intervention };
}

async function activate(planId: string) {
  const { version } = await readPlan(planId);
  const submitted = (
    await ok<{ submitPlanForSignature: { version: number } }>(clinician, M.submit, {
      input: { planId, version },
    })
  ).submitPlanForSignature;
  await ok(clinician, M.sign, {
    input: { planId, version: submitted.version, signer: 'CLIENT', signedName: 'Test Client' },
  });
  return (
    await ok<{ signPlan: { id: string; version: number; status: string; activatedAt: string } }>(
      clinician,
      M.sign,
      { input: { planId, version: submitted.version, signer: 'CLINICIAN' } },
    )
  ).signPlan;
}

beforeAll(async () => {
  server = await startTestServer();
  const ds = server.database.dataSource;
  program = await createTestProgram(ds);
  clinicianStaff = await createTestStaff(ds, [{ programId: program.id, role: 'CLINICIAN' }]);
  clinician = await server.as(clinicianStaff);
  directorStaff = await createTestStaff(ds, [{ programId: program.id, role: 'DIRECTOR' }]);
  director = await server.as(directorStaff);
});
afterAll(() => server?.close());

describe('a treatment plan from first draft to its revision', () => {
  it('is written, signed, reviewed, revised and compared, with progress following each goal', async () => {
    const ds = server.database.dataSource;
    const { episodeId, plan, goal, objective } = await signableDraft();
    expect((await readPlan(plan.id)).status).toBe('DRAFT');

    const v1 = await activate(plan.id);
    expect(v1.status).toBe('ACTIVE');
    const active = await readPlan(plan.id);
    expect(active.signatures.map((s) => [s.signer, s.signedBy.id])).toEqual([
      ['CLIENT', clinicianStaff.id],
      ['CLINICIAN', clinicianStaff.id],
    ]);
    expect(active.signatures[0]!.signedName).toBe('Test Client');
    // Rule 1: the next review is due 30 days after activation, in the program's time zone.
    expect(active.reviewClock).toEqual({
      dueDate: addCalendarDays(localDate(v1.activatedAt, program.timeZone), 30),
      scheduledDate: addCalendarDays(localDate(v1.activatedAt, program.timeZone), 30),
      reason: 'INTERVAL',
      status: 'NOT_DUE',
      daysUntilDue: 30,
    });

    const entry = (
      await ok<{ recordGoalProgress: { goalLineageId: string; measureValue: number } }>(
        clinician,
        M.progress,
        {
          input: {
            goalId: goal.id,
            objectiveId: objective.id,
            recordedOn: today(),
            rating: 4,
            measureValue: 2.5,
            note: 'Two drinking nights this week.',
          },
        },
      )
    ).recordGoalProgress;
    expect(entry).toMatchObject({ goalLineageId: goal.lineageId, measureValue: 2.5 });

    const reviewed = (
      await ok<{
        reviewPlan: {
          plan: { status: string; version: number };
          revision: { id: string; versionNumber: number; status: string };
        };
      }>(clinician, M.review, {
        input: {
          planId: plan.id,
          version: v1.version,
          outcome: 'REVISED',
          note: 'Add family work.',
        },
      })
    ).reviewPlan;
    expect(reviewed.plan.status).toBe('ACTIVE'); // stays in effect until the revision is signed
    expect(reviewed.revision).toMatchObject({ versionNumber: 2, status: 'DRAFT' });

    const v2Id = reviewed.revision.id;
    const [before, copy] = [await readPlan(plan.id), await readPlan(v2Id)];
    const lineages = (t: Tree) =>
      t.problems.flatMap((p) => [
        p.lineageId,
        ...p.goals.flatMap((g) => [
          g.lineageId,
          ...g.objectives.flatMap((o) => [o.lineageId, ...o.interventions.map((i) => i.lineageId)]),
        ]),
      ]);
    const ids = (t: Tree) =>
      t.problems.flatMap((p) => [
        p.id,
        ...p.goals.flatMap((g) => [g.id, ...g.objectives.map((o) => o.id)]),
      ]);
    expect(lineages(copy)).toEqual(lineages(before));
    expect(ids(copy).some((id) => ids(before).includes(id))).toBe(false);
    expect(copy.problems[0]!.clientWords).toBe(before.problems[0]!.clientWords);
    // Progress follows the goal into the new version.
    expect(copy.problems[0]!.goals[0]!.progress).toEqual(before.problems[0]!.goals[0]!.progress);
    expect(copy.problems[0]!.goals[0]!.progress[0]).toMatchObject({ rating: 4, measureValue: 2.5 });

    // Edit the revision: change the objective, add a family goal.
    const copiedProblem = copy.problems[0]!;
    const copiedObjective = copiedProblem.goals[0]!.objectives[0]!;
    await ok(clinician, M.updateObjective, {
      input: {
        id: copiedObjective.id,
        version: copiedObjective.version,
        measure: 'No drinking nights',
      },
    });
    const familyGoal = (
      await ok<{ addGoal: { id: string } }>(clinician, M.addGoal, {
        input: {
          problemId: copiedProblem.id,
          description: 'Family sessions',
          horizon: 'LONG_TERM',
        },
      })
    ).addGoal;
    const familyObjective = (
      await ok<{ addObjective: { id: string } }>(clinician, M.addObjective, {
        input: {
          goalId: familyGoal.id,
          description: 'Attend family sessions',
          measure: 'Sessions attended',
          targetDate: inDays(60),
        },
      })
    ).addObjective;
    await ok(clinician, M.addIntervention, {
      input: {
        objectiveId: familyObjective.id,
        modality: 'FAMILY_THERAPY',
        frequency: 'Every two weeks',
      },
    });

    const v2 = await activate(v2Id);
    expect(v2.status).toBe('ACTIVE');
    const superseded = await readPlan(plan.id);
    expect(superseded).toMatchObject({ status: 'SUPERSEDED', reviewClock: null });
    expect(superseded.endedAt).not.toBeNull();
    expect(superseded.endReason).toBe('Replaced by version 2');

    const versions = (
      await ok<{ episodeTreatmentPlans: { id: string; status: string }[] }>(
        clinician,
        `query ($e: ID!) { episodeTreatmentPlans(episodeId: $e) { id status } }`,
        { e: episodeId },
      )
    ).episodeTreatmentPlans;
    expect(versions).toEqual([
      { id: v2Id, status: 'ACTIVE' },
      { id: plan.id, status: 'SUPERSEDED' },
    ]);

    const diff = (
      await ok<{
        treatmentPlanDiff: Record<
          string,
          {
            added: number;
            removed: number;
            changed: number;
            unchanged: number;
            changes: {
              change: string;
              lineageId: string;
              fields: { field: string; from: string | null; to: string | null }[];
            }[];
          }
        >;
      }>(
        clinician,
        `query ($a: ID!, $b: ID!) { treatmentPlanDiff(fromPlanId: $a, toPlanId: $b) {
         problems { added removed changed unchanged }
         goals { added removed changed unchanged changes { change lineageId } }
         objectives { added removed changed unchanged changes { change lineageId fields { field from to } } }
         interventions { added removed changed unchanged }
       } }`,
        { a: plan.id, b: v2Id },
      )
    ).treatmentPlanDiff;
    expect(diff.problems).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 1 });
    expect(diff.goals).toMatchObject({ added: 1, removed: 0, changed: 0, unchanged: 1 });
    expect(diff.goals!.changes.map((c) => c.change)).toEqual(['ADDED']);
    expect(diff.objectives).toMatchObject({ added: 1, changed: 1, unchanged: 0 });
    expect(diff.objectives!.changes.find((c) => c.change === 'CHANGED')).toEqual({
      change: 'CHANGED',
      lineageId: copiedObjective.lineageId,
      fields: [
        { field: 'measure', from: 'Drinking nights per week ≤ 1', to: 'No drinking nights' },
      ],
    });
    expect(diff.interventions).toEqual({ added: 1, removed: 0, changed: 0, unchanged: 1 });

    // Every step is in the audit trail with the client.
    const actions = await ds.query<{ action: string; record_type: string }[]>(
      `SELECT DISTINCT action, record_type FROM audit_event
       WHERE client_id = (SELECT client_id FROM episode WHERE id = $1) AND action <> 'READ'`,
      [episodeId],
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        { action: 'CREATE', record_type: 'TreatmentPlan' },
        { action: 'CREATE', record_type: 'PlanGoal' },
        { action: 'UPDATE', record_type: 'PlanObjective' },
        { action: 'CREATE', record_type: 'PlanSignature' },
        { action: 'UPDATE', record_type: 'TreatmentPlan' },
        { action: 'CREATE', record_type: 'PlanReview' },
        { action: 'CREATE', record_type: 'GoalProgress' },
      ]),
    );
  });
});

describe('writing a draft', () => {
  it('starts a DRAFT version 1 for an admitted episode, and only one', async () => {
    const episode = await newEpisode();
    const created = (
      await ok<{ createTreatmentPlan: { status: string; versionNumber: number; version: number } }>(
        clinician,
        M.create,
        { input: { episodeId: episode.id } },
      )
    ).createTreatmentPlan;
    expect(created).toMatchObject({ status: 'DRAFT', versionNumber: 1, version: 1 });
    const again = await clinician.gql(M.create, { input: { episodeId: episode.id } });
    expect(conflictIn(again, 'createTreatmentPlan')).toMatchObject({
      __typename: 'TreatmentPlanConflict',
      message: 'This episode already has a treatment plan being written',
      current: { status: 'DRAFT', versionNumber: 1 },
    });
  });

  it('refuses a plan for an episode that has not been admitted', async () => {
    const episode = await newEpisode('SCREENING');
    const res = await clinician.gql(M.create, { input: { episodeId: episode.id } });
    expect(errorOf(res)).toMatchObject({ code: 'INVALID_TRANSITION', episodeStatus: 'SCREENING' });
  });

  it('adds, changes and removes every kind of element', async () => {
    const { plan, problem, goal, objective, intervention } = await signableDraft();
    const problem2 = (
      await ok<{ addProblem: { id: string; version: number; position: number } }>(
        clinician,
        M.addProblem,
        {
          input: {
            planId: plan.id,
            domain: 'HOUSING',
            clientWords: 'No stable place',
            strengths: ' ',
          },
        },
      )
    ).addProblem;
    expect(problem2.position).toBe(2);
    expect(
      (
        await ok<{ updateProblem: unknown }>(clinician, M.updateProblem, {
          input: { id: problem2.id, version: 1, domain: 'LEGAL', strengths: 'Works part time' },
        })
      ).updateProblem,
    ).toMatchObject({
      version: 2,
      domain: 'LEGAL',
      clientWords: 'No stable place',
      strengths: 'Works part time',
    });

    expect(
      (
        await ok<{ updateGoal: unknown }>(clinician, M.updateGoal, {
          input: {
            id: goal.id,
            version: goal.version,
            horizon: 'LONG_TERM',
            targetDate: inDays(90),
          },
        })
      ).updateGoal,
    ).toMatchObject({
      version: 2,
      horizon: 'LONG_TERM',
      targetDate: inDays(90),
      description: 'Stop drinking to sleep',
    });
    expect(
      (
        await ok<{ updateObjective: unknown }>(clinician, M.updateObjective, {
          input: {
            id: objective.id,
            version: objective.version,
            description: 'Nights with a drink',
            targetDate: null,
          },
        })
      ).updateObjective,
    ).toMatchObject({
      version: 2,
      description: 'Nights with a drink',
      targetDate: null,
      measure: 'Drinking nights per week ≤ 1',
    });
    expect(
      (
        await ok<{ updateIntervention: unknown }>(clinician, M.updateIntervention, {
          input: {
            id: intervention.id,
            version: intervention.version,
            modality: 'RELAPSE_PREVENTION',
            description: 'Trigger mapping',
          },
        })
      ).updateIntervention,
    ).toMatchObject({
      version: 2,
      modality: 'RELAPSE_PREVENTION',
      description: 'Trigger mapping',
      frequency: '1 individual session a week',
    });

    // The draft is no longer signable: the objective lost its date.
    const tree = await readPlan(plan.id);
    expect(tree.signable).toEqual({
      signable: false,
      missing: [
        {
          path: 'problems[0].goals[0].objectives[0].targetDate',
          message: 'Problem 1, goal 1, objective 1 has no target date',
          code: 'NO_TARGET_DATE',
        },
        { path: 'problems[1].goals', message: 'Problem 2 has no goal', code: 'NO_GOAL' },
      ],
    });

    await ok(clinician, M.removeIntervention, { input: { id: intervention.id, version: 2 } });
    await ok(clinician, M.removeObjective, { input: { id: objective.id, version: 2 } });
    await ok(clinician, M.removeGoal, { input: { id: goal.id, version: 2 } });
    await ok(clinician, M.removeProblem, { input: { id: problem.id, version: 1 } });
    const after = await readPlan(plan.id);
    expect(after.problems.map((p) => p.id)).toEqual([problem2.id]);
  });

  it('removing a problem removes everything under it', async () => {
    const ds = server.database.dataSource;
    const { problem, intervention } = await signableDraft();
    await ok(clinician, M.removeProblem, { input: { id: problem.id, version: 1 } });
    expect(
      await ds.query('SELECT 1 FROM plan_intervention WHERE id = $1', [intervention.id]),
    ).toEqual([]);
  });

  it('reorders problems, goals and objectives, rewriting positions', async () => {
    const { plan, problem, goal } = await signableDraft();
    const addGoal = async (description: string) =>
      (
        await ok<{ addGoal: { id: string; position: number } }>(clinician, M.addGoal, {
          input: { problemId: problem.id, description, horizon: 'IMMEDIATE' },
        })
      ).addGoal;
    const g2 = await addGoal('Second');
    const g3 = await addGoal('Third');
    expect([g2.position, g3.position]).toEqual([2, 3]);
    const p2 = (
      await ok<{ addProblem: { id: string } }>(clinician, M.addProblem, {
        input: { planId: plan.id, domain: 'AFFECT', clientWords: 'Low most days' },
      })
    ).addProblem;

    const reordered = (
      await ok<{
        reorderPlanElements: {
          problems: { id: string; goals: { id: string; position: number }[] }[];
        };
      }>(clinician, M.reorder, {
        input: { parentId: problem.id, kind: 'GOAL', orderedIds: [g3.id, goal.id, g2.id] },
      })
    ).reorderPlanElements;
    expect(reordered.problems[0]!.goals.map((g) => [g.id, g.position])).toEqual([
      [g3.id, 1],
      [goal.id, 2],
      [g2.id, 3],
    ]);
    const byProblem = (
      await ok<{ reorderPlanElements: { problems: { id: string; position: number }[] } }>(
        clinician,
        M.reorder,
        { input: { parentId: plan.id, kind: 'PROBLEM', orderedIds: [p2.id, problem.id] } },
      )
    ).reorderPlanElements;
    expect(byProblem.problems.map((p) => p.id)).toEqual([p2.id, problem.id]);

    const o2 = (
      await ok<{ addObjective: { id: string } }>(clinician, M.addObjective, {
        input: { goalId: goal.id, description: 'Second objective' },
      })
    ).addObjective;
    const tree = await readPlan(plan.id);
    const o1 = tree.problems[1]!.goals[1]!.objectives[0]!;
    await ok(clinician, M.reorder, {
      input: { parentId: goal.id, kind: 'OBJECTIVE', orderedIds: [o2.id, o1.id] },
    });
    const again = await readPlan(plan.id);
    expect(again.problems[1]!.goals[1]!.objectives.map((o) => o.id)).toEqual([o2.id, o1.id]);
    // Moved elements changed, so their version moved on.
    expect(again.problems[1]!.goals[1]!.objectives.find((o) => o.id === o1.id)!.version).toBe(
      o1.version + 1,
    );
  });

  it('a reorder made on a stale list is a conflict carrying the plan in its current order', async () => {
    const { problem, goal } = await signableDraft();
    const g2 = (
      await ok<{ addGoal: { id: string } }>(clinician, M.addGoal, {
        input: { problemId: problem.id, description: 'Second', horizon: 'IMMEDIATE' },
      })
    ).addGoal;
    const res = await clinician.gql(M.reorder, {
      input: { parentId: problem.id, kind: 'GOAL', orderedIds: [goal.id] },
    });
    expect(conflictIn(res, 'reorderPlanElements')).toMatchObject({
      __typename: 'TreatmentPlanConflict',
      current: { problems: [{ id: problem.id, goals: [{ id: goal.id }, { id: g2.id }] }] },
    });
    const repeated = await clinician.gql(M.reorder, {
      input: { parentId: problem.id, kind: 'GOAL', orderedIds: [goal.id, goal.id] },
    });
    expect(errorOf(repeated)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'orderedIds', message: 'must not repeat an id' }],
    });
  });

  it('bad input is refused naming the field, and changes nothing', async () => {
    const ds = server.database.dataSource;
    const { plan, goal, objective } = await signableDraft();
    const [{ admitted }] = await ds.query<[{ admitted: Date }]>(
      'SELECT e.admitted_at AS admitted FROM treatment_plan tp JOIN episode e ON e.id = tp.episode_id WHERE tp.id = $1',
      [plan.id],
    );
    const dayBeforeAdmission = addCalendarDays(localDate(admitted, program.timeZone), -1);
    const cases: [string, Record<string, unknown>, string[]][] = [
      [
        M.updateGoal,
        { id: goal.id, version: goal.version, targetDate: dayBeforeAdmission },
        ['targetDate'],
      ],
      [M.updateGoal, { id: goal.id, version: goal.version, description: '   ' }, ['description']],
      [M.updateGoal, { id: goal.id, version: goal.version, description: null }, ['description']],
      [
        M.addProblem,
        { planId: plan.id, domain: 'AFFECT', clientWords: 'x'.repeat(2001) },
        ['clientWords'],
      ],
      [
        M.addObjective,
        { goalId: goal.id, description: 'Later', targetDate: dayBeforeAdmission },
        ['targetDate'],
      ],
      [
        M.addIntervention,
        {
          objectiveId: objective.id,
          modality: 'CBT',
          frequency: 'weekly',
          responsibleStaffId: directorStaff.id.replace(/.$/, (c) => (c === '0' ? '1' : '0')),
        },
        ['responsibleStaffId'],
      ],
      [M.progress, { goalId: goal.id, recordedOn: inDays(1), rating: 3 }, ['recordedOn']],
      [M.progress, { goalId: goal.id, recordedOn: dayBeforeAdmission, rating: 3 }, ['recordedOn']],
      [M.progress, { goalId: goal.id, recordedOn: today(), rating: 11 }, ['rating']],
      [M.progress, { goalId: goal.id, recordedOn: today() }, ['rating']],
      [
        M.progress,
        { goalId: goal.id, objectiveId: goal.id, recordedOn: today(), rating: 2 },
        ['objectiveId'],
      ],
    ];
    for (const [query, input, fields] of cases) {
      const res = await clinician.gql(query, { input });
      const ext = errorOf(res);
      expect(ext.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect((ext.fields as { field: string }[]).map((f) => f.field)).toEqual(fields);
    }
    const [row] = await ds.query<{ version: number; target_date: string | null }[]>(
      'SELECT version, target_date FROM plan_goal WHERE id = $1',
      [goal.id],
    );
    expect(row).toEqual({ version: 1, target_date: null });
    expect(
      await ds.query('SELECT 1 FROM goal_progress WHERE goal_lineage_id = $1', [goal.lineageId]),
    ).toEqual([]);
  });
});

describe('optimistic concurrency (Rule 8)', () => {
  it('a stale element version is refused with a conflict carrying the current record', async () => {
    const { goal, plan } = await signableDraft();
    await ok(clinician, M.updateGoal, {
      input: { id: goal.id, version: 1, description: 'First edit' },
    });
    const res = await clinician.gql(M.updateGoal, {
      input: { id: goal.id, version: 1, description: 'Second edit' },
    });
    expect(conflictIn(res, 'updateGoal')).toMatchObject({
      __typename: 'PlanGoalConflict',
      current: { id: goal.id, version: 2, description: 'First edit' },
    });
    const removed = await clinician.gql(M.removeGoal, { input: { id: goal.id, version: 1 } });
    expect(conflictIn(removed, 'removeGoal').current).toMatchObject({ id: goal.id, version: 2 });
    const stalePlan = await clinician.gql(M.submit, { input: { planId: plan.id, version: 7 } });
    expect(conflictIn(stalePlan, 'submitPlanForSignature')).toMatchObject({
      __typename: 'TreatmentPlanConflict',
      current: { id: plan.id, version: 1, status: 'DRAFT' },
    });
    // None of the stale saves changed anything.
    const after = await readPlan(plan.id);
    expect(after).toMatchObject({ version: 1, status: 'DRAFT' });
    expect(after.problems[0]!.goals[0]).toMatchObject({
      id: goal.id,
      version: 2,
      description: 'First edit',
    });
  });

  it('of many concurrent writers of one goal exactly one wins; the rest get a conflict', async () => {
    const ds = server.database.dataSource;
    const { goal } = await signableDraft();
    const writers = 16;
    const results = await Promise.all(
      Array.from({ length: writers }, (_, i) =>
        clinician.gql<{
          updateGoal: { __typename: string; version: number; description: string };
        }>(M.updateGoal, {
          input: { id: goal.id, version: 1, description: `Writer ${i}` },
        }),
      ),
    );
    const winners = results.filter((r) => r.data?.updateGoal.__typename === 'PlanGoal');
    const conflicts = results.filter((r) => r.data?.updateGoal.__typename === 'PlanGoalConflict');
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(writers - 1);
    const winner = winners[0]!.data!.updateGoal;
    for (const c of conflicts) {
      expect(conflictIn(c, 'updateGoal').current).toMatchObject({
        version: 2,
        description: winner.description,
      });
    }
    const [row] = await ds.query<{ version: number; description: string }[]>(
      'SELECT version, description FROM plan_goal WHERE id = $1',
      [goal.id],
    );
    expect(row).toEqual({ version: 2, description: winner.description });
    const [{ n }] = await ds.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE record_id = $1 AND action = 'UPDATE'`,
      [goal.id],
    );
    expect(n).toBe(1);
  });

  it('concurrent additions under one parent get distinct positions', async () => {
    const { problem } = await signableDraft();
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        ok(clinician, M.addGoal, {
          input: { problemId: problem.id, description: `Goal ${i}`, horizon: 'IMMEDIATE' },
        }),
      ),
    );
    const rows = await server.database.dataSource.query<{ position: number }[]>(
      'SELECT position FROM plan_goal WHERE problem_id = $1 ORDER BY position',
      [problem.id],
    );
    expect(rows.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('signing', () => {
  it('an incomplete plan cannot be submitted; the refusal lists everything missing', async () => {
    const episode = await newEpisode();
    const plan = (
      await ok<{ createTreatmentPlan: { id: string } }>(clinician, M.create, {
        input: { episodeId: episode.id },
      })
    ).createTreatmentPlan;
    const empty = await clinician.gql(M.submit, { input: { planId: plan.id, version: 1 } });
    expect(errorOf(empty)).toMatchObject({
      code: 'INVALID_TRANSITION',
      from: 'DRAFT',
      to: 'PENDING_SIGNATURE',
      missing: ['problems'],
    });

    const problem = (
      await ok<{ addProblem: { id: string } }>(clinician, M.addProblem, {
        input: { planId: plan.id, domain: 'AFFECT', clientWords: 'Low most days' },
      })
    ).addProblem;
    await ok(clinician, M.addProblem, {
      input: { planId: plan.id, domain: 'HOUSING', clientWords: 'Couch surfing' },
    });
    const goal = (
      await ok<{ addGoal: { id: string } }>(clinician, M.addGoal, {
        input: { problemId: problem.id, description: 'Mood', horizon: 'LONG_TERM' },
      })
    ).addGoal;
    await ok(clinician, M.addObjective, { input: { goalId: goal.id, description: 'Track mood' } });
    const res = await clinician.gql(M.submit, { input: { planId: plan.id, version: 1 } });
    expect(res.errors![0]!.message).toBe(
      'Cannot move a treatment plan from Draft to Pending signature: Problem 1, goal 1, objective 1 has no measure; Problem 1, goal 1, objective 1 has no target date; Problem 1, goal 1, objective 1 has no intervention; Problem 2 has no goal.',
    );
    expect(errorOf(res)).toMatchObject({
      code: 'INVALID_TRANSITION',
      from: 'DRAFT',
      to: 'PENDING_SIGNATURE',
      missing: [
        'problems[0].goals[0].objectives[0].measure',
        'problems[0].goals[0].objectives[0].targetDate',
        'problems[0].goals[0].objectives[0].interventions',
        'problems[1].goals',
      ],
    });
    expect((await readPlan(plan.id)).status).toBe('DRAFT');
  });

  it('content is frozen once submitted and once signed; statuses and progress move while ACTIVE', async () => {
    const { plan, problem, goal, objective, intervention } = await signableDraft();
    const pending = (
      await ok<{ submitPlanForSignature: { version: number; status: string } }>(
        clinician,
        M.submit,
        {
          input: { planId: plan.id, version: 1 },
        },
      )
    ).submitPlanForSignature;
    expect(pending).toEqual({
      __typename: 'TreatmentPlan',
      version: 2,
      status: 'PENDING_SIGNATURE',
      id: plan.id,
    });

    const edits: [string, Record<string, unknown>][] = [
      [M.addProblem, { planId: plan.id, domain: 'LEGAL', clientWords: 'Court date' }],
      [M.updateProblem, { id: problem.id, version: 1, clientWords: 'Changed' }],
      [M.removeProblem, { id: problem.id, version: 1 }],
      [M.addGoal, { problemId: problem.id, description: 'More', horizon: 'IMMEDIATE' }],
      [M.updateGoal, { id: goal.id, version: 1, description: 'Changed' }],
      [M.removeGoal, { id: goal.id, version: 1 }],
      [M.addObjective, { goalId: goal.id, description: 'More' }],
      [M.updateObjective, { id: objective.id, version: 1, measure: 'Changed' }],
      [M.removeObjective, { id: objective.id, version: 1 }],
      [M.addIntervention, { objectiveId: objective.id, modality: 'CBT', frequency: 'weekly' }],
      [M.updateIntervention, { id: intervention.id, version: 1, frequency: 'daily' }],
      [M.removeIntervention, { id: intervention.id, version: 1 }],
      [M.reorder, { parentId: plan.id, kind: 'PROBLEM', orderedIds: [problem.id] }],
    ];
    const refusedWhile = async (status: string) => {
      for (const [query, input] of edits) {
        const res = await clinician.gql(query, { input });
        expect(errorOf(res), query).toMatchObject({ code: 'INVALID_TRANSITION', status });
        expect(res.errors![0]!.message).toBe(
          'Signed content is never edited; revise the plan to change it',
        );
      }
    };
    await refusedWhile('PENDING_SIGNATURE');
    const onPending = await clinician.gql(M.setGoalStatus, {
      input: { goalId: goal.id, version: 1, achievementStatus: 'IMPROVING' },
    });
    expect(errorOf(onPending)).toMatchObject({
      code: 'INVALID_TRANSITION',
      status: 'PENDING_SIGNATURE',
    });

    await ok(clinician, M.sign, {
      input: { planId: plan.id, version: 2, signer: 'CLIENT', signedName: 'T. Client' },
    });
    const active = (
      await ok<{ signPlan: { status: string; version: number } }>(clinician, M.sign, {
        input: { planId: plan.id, version: 2, signer: 'CLINICIAN' },
      })
    ).signPlan;
    expect(active.status).toBe('ACTIVE');
    await refusedWhile('ACTIVE');

    // Lifecycle and achievement are independent, and change on an active plan.
    const improving = (
      await ok<{ setGoalStatus: unknown }>(clinician, M.setGoalStatus, {
        input: { goalId: goal.id, version: 1, achievementStatus: 'IMPROVING' },
      })
    ).setGoalStatus;
    expect(improving).toMatchObject({
      version: 2,
      lifecycleStatus: 'ACTIVE',
      achievementStatus: 'IMPROVING',
    });
    const onHold = (
      await ok<{ setGoalStatus: unknown }>(clinician, M.setGoalStatus, {
        input: { goalId: goal.id, version: 2, lifecycleStatus: 'ON_HOLD' },
      })
    ).setGoalStatus;
    expect(onHold).toMatchObject({
      version: 3,
      lifecycleStatus: 'ON_HOLD',
      achievementStatus: 'IMPROVING',
    });
    const objectiveDone = (
      await ok<{ setObjectiveStatus: unknown }>(clinician, M.setObjectiveStatus, {
        input: {
          objectiveId: objective.id,
          version: 1,
          lifecycleStatus: 'COMPLETED',
          achievementStatus: 'ACHIEVED',
        },
      })
    ).setObjectiveStatus;
    expect(objectiveDone).toMatchObject({
      version: 2,
      lifecycleStatus: 'COMPLETED',
      achievementStatus: 'ACHIEVED',
    });
    const stale = await clinician.gql(M.setGoalStatus, {
      input: { goalId: goal.id, version: 1, lifecycleStatus: 'ACTIVE' },
    });
    expect(conflictIn(stale, 'setGoalStatus').current).toMatchObject({
      lifecycleStatus: 'ON_HOLD',
      version: 3,
    });
    const nothing = await clinician.gql(M.setGoalStatus, {
      input: { goalId: goal.id, version: 3 },
    });
    expect(errorOf(nothing)).toMatchObject({ code: 'BAD_USER_INPUT' });

    const progress = (
      await ok<{ recordGoalProgress: unknown }>(clinician, M.progress, {
        input: { goalId: goal.id, recordedOn: today(), measureValue: 0 },
      })
    ).recordGoalProgress;
    expect(progress).toMatchObject({
      rating: null,
      measureValue: 0,
      objectiveLineageId: null,
      author: { id: clinicianStaff.id },
    });
  });

  it('returning to draft voids the signatures given', async () => {
    const { plan } = await signableDraft();
    await ok(clinician, M.submit, { input: { planId: plan.id, version: 1 } });
    await ok(clinician, M.sign, {
      input: { planId: plan.id, version: 2, signer: 'CLIENT', signedName: 'T. Client' },
    });
    const returned = (
      await ok<{ returnPlanToDraft: unknown }>(clinician, M.returnToDraft, {
        input: { planId: plan.id, version: 2 },
      })
    ).returnPlanToDraft;
    expect(returned).toMatchObject({ status: 'DRAFT', version: 3, signatures: [] });
    const notPending = await clinician.gql(M.returnToDraft, {
      input: { planId: plan.id, version: 3 },
    });
    expect(errorOf(notPending)).toMatchObject({
      code: 'INVALID_TRANSITION',
      from: 'DRAFT',
      to: 'DRAFT',
    });
  });

  it('who may sign as whom', async () => {
    const ds = server.database.dataSource;
    const { plan } = await signableDraft();
    await ok(clinician, M.submit, { input: { planId: plan.id, version: 1 } });
    const sign = (caller: Caller, signer: string, signedName?: string) =>
      caller.gql<{ signPlan: { status: string; signatures: { signer: string }[] } }>(M.sign, {
        input: { planId: plan.id, version: 2, signer, ...(signedName ? { signedName } : {}) },
      });
    expect(errorOf(await sign(clinician, 'CLIENT'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'signedName', message: 'Enter the name the client signed' }],
    });
    const asDirector = await sign(director, 'CLINICIAN');
    expect(errorOf(asDirector)).toMatchObject({ code: 'FORBIDDEN' });
    const [denied] = await ds.query<{ outcome: string; record_type: string }[]>(
      'SELECT outcome, record_type FROM audit_event WHERE request_id = $1',
      [asDirector.requestId],
    );
    expect(denied).toEqual({ outcome: 'DENIED', record_type: 'PlanSignature' });
    expect(errorOf(await sign(clinician, 'SUPERVISOR'))).toMatchObject({ code: 'FORBIDDEN' });
    // A director co-signs; the plan still waits for the client and the clinician.
    expect((await sign(director, 'SUPERVISOR')).data!.signPlan).toMatchObject({
      status: 'PENDING_SIGNATURE',
      signatures: [{ signer: 'SUPERVISOR' }],
    });
    expect(conflictIn(await sign(director, 'SUPERVISOR'), 'signPlan')).toMatchObject({
      message: "This version already has the supervisor's signature",
      current: { status: 'PENDING_SIGNATURE' },
    });
    await sign(clinician, 'CLINICIAN');
    const done = await sign(clinician, 'CLIENT', 'T. Client');
    expect(done.data!.signPlan.status).toBe('ACTIVE');
    expect(conflictIn(await sign(clinician, 'CLIENT', 'Again'), 'signPlan').current).toMatchObject({
      status: 'ACTIVE',
    });
  });

  it('a clinician who also directs cannot co-sign their own plan', async () => {
    const ds = server.database.dataSource;
    const both = await createTestStaff(ds, [
      { programId: program.id, role: 'CLINICIAN' },
      { programId: program.id, role: 'DIRECTOR' },
    ]);
    const caller = await server.as(both);
    const { plan } = await signableDraft();
    await ok(clinician, M.submit, { input: { planId: plan.id, version: 1 } });
    await ok(caller, M.sign, { input: { planId: plan.id, version: 2, signer: 'CLINICIAN' } });
    const res = await caller.gql(M.sign, {
      input: { planId: plan.id, version: 2, signer: 'SUPERVISOR' },
    });
    expect(errorOf(res)).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('reviews and the review clock (Rule 1)', () => {
  it('a continued review restarts the clock; a revision keeps the old version in effect', async () => {
    const ds = server.database.dataSource;
    const { plan, episodeId } = await signableDraft();
    const active = await activate(plan.id);
    // Pretend the plan was activated 40 days ago: the review is overdue. Written behind the
    // API's back, so the stored clock is recomputed as the write points do.
    await ds.query(
      `UPDATE treatment_plan SET activated_at = ${wallClockBefore("interval '40 days'")} WHERE id = $1`,
      [plan.id],
    );
    await recomputeReviewClock(ds, episodeId);
    expect((await readPlan(plan.id)).reviewClock).toMatchObject({
      status: 'OVERDUE',
      daysUntilDue: -10,
      reason: 'INTERVAL',
    });

    const continued = (
      await ok<{
        reviewPlan: {
          plan: { version: number; lastReviewedAt: string };
          revision: null;
          review: { outcome: string };
        };
      }>(clinician, M.review, {
        input: {
          planId: plan.id,
          version: active.version,
          outcome: 'CONTINUED',
          note: 'On track.',
        },
      })
    ).reviewPlan;
    expect(continued).toMatchObject({
      revision: null,
      review: { outcome: 'CONTINUED' },
      plan: { version: active.version + 1 },
    });
    const after = await readPlan(plan.id);
    expect(after.reviewClock).toMatchObject({
      status: 'NOT_DUE',
      daysUntilDue: 30,
      dueDate: addCalendarDays(localDate(continued.plan.lastReviewedAt, program.timeZone), 30),
    });
    expect(after.reviews).toEqual([{ outcome: 'CONTINUED', note: 'On track.' }]);

    const revised = (
      await ok<{ reviewPlan: { plan: { version: number }; revision: { id: string } } }>(
        clinician,
        M.review,
        {
          input: {
            planId: plan.id,
            version: continued.plan.version,
            outcome: 'REVISED',
            note: 'New goal.',
          },
        },
      )
    ).reviewPlan;
    expect(revised.plan.version).toBe(continued.plan.version); // the active row itself did not change
    const twice = await clinician.gql(M.review, {
      input: {
        planId: plan.id,
        version: continued.plan.version,
        outcome: 'REVISED',
        note: 'Again.',
      },
    });
    expect(conflictIn(twice, 'reviewPlan')).toMatchObject({
      __typename: 'TreatmentPlanConflict',
      message: 'A revision of this plan is already being written',
      current: { id: revised.revision.id, status: 'DRAFT' },
    });
    const onDraft = await clinician.gql(M.review, {
      input: { planId: revised.revision.id, version: 1, outcome: 'CONTINUED', note: 'x' },
    });
    expect(errorOf(onDraft)).toMatchObject({ code: 'INVALID_TRANSITION', status: 'DRAFT' });
  });

  it('a level-of-care change after activation brings the review forward', async () => {
    const ds = server.database.dataSource;
    const { plan, episodeId } = await signableDraft();
    await activate(plan.id);
    // Activated two days ago; the level of care changed the day before (ignored) and a second after.
    await ds.query(
      `UPDATE treatment_plan SET activated_at = now() - interval '2 days' WHERE id = $1`,
      [plan.id],
    );
    await ds.query(
      `INSERT INTO level_of_care_change (episode_id, clinical_level, changed_by_staff_id, changed_at)
       SELECT $1, level, $2, at FROM (VALUES ('2.5', now() - interval '3 days'),
         ('2.1', now() - interval '2 days' + interval '1 second')) AS t(level, at)`,
      [episodeId, clinicianStaff.id],
    );
    await recomputeReviewClock(ds, episodeId); // the level-of-care write point's hook
    const [{ changedAt }] = await ds.query<[{ changedAt: Date }]>(
      `SELECT max(changed_at) AS "changedAt" FROM level_of_care_change WHERE episode_id = $1`,
      [episodeId],
    );
    const dueDate = localDate(changedAt, program.timeZone);
    expect((await readPlan(plan.id)).reviewClock).toMatchObject({
      reason: 'LEVEL_OF_CARE_CHANGE',
      status: 'OVERDUE',
      dueDate,
      scheduledDate: addCalendarDays(
        localDate(new Date(changedAt.getTime() - 1000), program.timeZone),
        30,
      ),
    });
  });

  it('the episode shows its current plan, and the initial plan due until one is signed', async () => {
    const episode = await newEpisode();
    const EPISODE = `query ($id: ID!) { client(id: $id) { currentEpisode { id currentTreatmentPlan { id status } initialPlanDue { dueDate reason status daysUntilDue } } } }`;
    type Data = {
      client: {
        currentEpisode: {
          currentTreatmentPlan: { id: string; status: string } | null;
          initialPlanDue: { dueDate: string; reason: string } | null;
        };
      };
    };
    const admittedOn = localDate(episode.admittedAt!, program.timeZone);
    const before = (await ok<Data>(clinician, EPISODE, { id: episode.clientId })).client
      .currentEpisode;
    expect(before.currentTreatmentPlan).toBeNull();
    expect(before.initialPlanDue).toMatchObject({
      reason: 'INITIAL_PLAN',
      dueDate: addCalendarDays(admittedOn, 7),
      status: 'OVERDUE',
    });

    const { plan } = await signableDraft(episode.id);
    const drafting = (await ok<Data>(clinician, EPISODE, { id: episode.clientId })).client
      .currentEpisode;
    expect(drafting.currentTreatmentPlan).toEqual({ id: plan.id, status: 'DRAFT' });
    expect(drafting.initialPlanDue).not.toBeNull();

    await activate(plan.id);
    const after = (await ok<Data>(clinician, EPISODE, { id: episode.clientId })).client
      .currentEpisode;
    expect(after).toMatchObject({
      currentTreatmentPlan: { id: plan.id, status: 'ACTIVE' },
      initialPlanDue: null,
    });
  });

  it('lists the reviews and initial plans due in the viewer’s caseload', async () => {
    const ds = server.database.dataSource;
    const own = await createTestProgram(ds);
    const me = await createTestStaff(ds, [{ programId: own.id, role: 'CLINICIAN' }]);
    const caller = await server.as(me);
    const mk = async () =>
      (await createTestClient(ds, { programId: own.id, primaryClinicianId: me.id })).episode;
    const [noPlan, overdue, fresh] = [await mk(), await mk(), await mk()];
    await createTestClient(ds, { programId: own.id }); // not on my caseload
    await createTestClient(ds, {
      programId: own.id,
      primaryClinicianId: me.id,
      status: 'SCREENING',
    }); // not admitted
    const insertActive = (episodeId: string, activatedAgo: string) =>
      ds.query(
        `INSERT INTO treatment_plan (episode_id, version_number, status, activated_at, created_by_staff_id)
         VALUES ($1, 1, 'ACTIVE', ${wallClockBefore('$2::interval')}, $3)`,
        [episodeId, activatedAgo, me.id],
      );
    await insertActive(overdue.id, '35 days');
    await insertActive(fresh.id, '1 day');
    await recomputeReviewClocks(ds, [overdue.id, fresh.id]);
    const DUE = `query ($p: ID, $s: [ReviewDueStatus!]) { planReviewsDue(programId: $p, status: $s) { edges { node {
      dueDate status reason daysUntilDue episode { id } client { id displayName } plan { id status } } } } }`;
    type Row = {
      status: string;
      reason: string;
      daysUntilDue: number;
      episode: { id: string };
      plan: { status: string } | null;
    };
    type Due = { planReviewsDue: { edges: { node: Row }[] } };
    const nodes = (d: Due) => d.planReviewsDue.edges.map((e) => e.node);
    const all = nodes(await ok<Due>(caller, DUE, { p: own.id }));
    expect(
      all.map((r) => [r.episode.id, r.reason, r.status, r.daysUntilDue, r.plan?.status ?? null]),
    ).toEqual([
      [noPlan.id, 'INITIAL_PLAN', 'OVERDUE', -10, null],
      [overdue.id, 'INTERVAL', 'OVERDUE', -5, 'ACTIVE'],
      [fresh.id, 'INTERVAL', 'NOT_DUE', 29, 'ACTIVE'],
    ]);
    const urgent = nodes(await ok<Due>(caller, DUE, { p: own.id, s: ['OVERDUE', 'DUE'] }));
    expect(urgent.map((r) => r.episode.id)).toEqual([noPlan.id, overdue.id]);
    // Someone else's caseload sees none of them.
    const other = await server.as(
      await createTestStaff(ds, [{ programId: own.id, role: 'CLINICIAN' }]),
    );
    expect(nodes(await ok<Due>(other, DUE, { p: own.id }))).toEqual([]);
    const reads = await ds.query<{ record_type: string }[]>(
      `SELECT record_type FROM audit_event WHERE actor_staff_id = $1 AND action = 'READ' ORDER BY record_type`,
      [me.id],
    );
    expect(new Set(reads.map((r) => r.record_type))).toEqual(
      new Set(['Client', 'Episode', 'TreatmentPlan']),
    );
  });
});

describe('closing', () => {
  it('abandons a draft with a reason, and the episode can start again', async () => {
    const { plan, episodeId } = await signableDraft();
    const blank = await clinician.gql(M.close, {
      input: { planId: plan.id, version: 1, reason: ' ' },
    });
    expect(errorOf(blank)).toMatchObject({
      code: 'INVALID_TRANSITION',
      from: 'DRAFT',
      to: 'CLOSED',
      missing: ['reason'],
    });
    const closed = (
      await ok<{ closeTreatmentPlan: unknown }>(clinician, M.close, {
        input: { planId: plan.id, version: 1, reason: 'Started over' },
      })
    ).closeTreatmentPlan;
    expect(closed).toMatchObject({ status: 'CLOSED', version: 2, endReason: 'Started over' });
    const next = (
      await ok<{ createTreatmentPlan: { versionNumber: number } }>(clinician, M.create, {
        input: { episodeId },
      })
    ).createTreatmentPlan;
    expect(next.versionNumber).toBe(2);
    const final = await clinician.gql(M.close, {
      input: { planId: plan.id, version: 2, reason: 'Again' },
    });
    expect(errorOf(final)).toMatchObject({
      code: 'INVALID_TRANSITION',
      from: 'CLOSED',
      to: 'CLOSED',
    });
  });

  it('closes the active plan only when the episode is ending', async () => {
    const ds = server.database.dataSource;
    const { plan, episodeId } = await signableDraft();
    const active = await activate(plan.id);
    const during = await clinician.gql(M.close, {
      input: { planId: plan.id, version: active.version, reason: 'Done' },
    });
    expect(errorOf(during)).toMatchObject({
      code: 'INVALID_TRANSITION',
      from: 'ACTIVE',
      to: 'CLOSED',
      episodeStatus: 'ACTIVE',
    });
    await ds.query(`UPDATE episode SET status = 'DISCHARGE_PLANNING' WHERE id = $1`, [episodeId]);
    const closed = (
      await ok<{ closeTreatmentPlan: { status: string; endedAt: string } }>(clinician, M.close, {
        input: { planId: plan.id, version: active.version, reason: 'Completed treatment' },
      })
    ).closeTreatmentPlan;
    expect(closed.status).toBe('CLOSED');
    expect(closed.endedAt).not.toBeNull();
  });
});
