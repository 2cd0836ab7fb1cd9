import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMetadataStorage } from 'type-graphql';
import {
  StaffRole,
  addCalendarDays,
  isAllowed,
  localDate,
  type Relationship,
} from '@waypoint/domain';
import { buildWaypointSchema } from '../../graphql/schema.js';
import { countQueries } from '../../test-support/count-queries.js';
import { createTestClient, createTestProgram, createTestStaff } from '../../testing/factories.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';
import { EpisodeTreatmentPlanResolver } from './episode-plan.resolver.js';
import {
  PlanGoalResolver,
  PlanInterventionResolver,
  PlanObjectiveResolver,
  PlanProblemResolver,
} from './plan-content.resolver.js';
import { TreatmentPlanResolver } from './treatment-plan.resolver.js';

let server: TestServer;
let programId: string;
let ownerId: string;
let owner: Caller;
let outsider: Caller;

/** What each versioned save answers when it saves (else a conflict, not selected here). */
const saves: Record<string, string> = {
  createTreatmentPlan: 'TreatmentPlan',
  updateProblem: 'PlanProblem',
  removeProblem: 'PlanProblem',
  reorderPlanElements: 'TreatmentPlan',
  updateGoal: 'PlanGoal',
  removeGoal: 'PlanGoal',
  setGoalStatus: 'PlanGoal',
  updateObjective: 'PlanObjective',
  removeObjective: 'PlanObjective',
  setObjectiveStatus: 'PlanObjective',
  updateIntervention: 'PlanIntervention',
  removeIntervention: 'PlanIntervention',
  submitPlanForSignature: 'TreatmentPlan',
  returnPlanToDraft: 'TreatmentPlan',
  signPlan: 'TreatmentPlan',
  reviewPlan: 'ReviewPlanPayload',
  closeTreatmentPlan: 'TreatmentPlan',
};

const op = (name: string, type: string, fields = 'id') =>
  `mutation ($input: ${type}!) { ${name}(input: $input) { ${
    saves[name] ? `... on ${saves[name]} { ${fields} }` : fields
  } } }`;

async function ok<T>(caller: Caller, query: string, variables?: Record<string, unknown>) {
  const res = await caller.gql<T>(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

interface Built {
  clientId: string;
  episodeId: string;
  planId: string;
  problemId: string;
  goalId: string;
  objectiveId: string;
  interventionId: string;
  progressId: string;
}

/** A client on the owner's caseload with a DRAFT plan holding one element of each kind. */
async function buildPlan(shape: { problems: number; goals: number } = { problems: 1, goals: 1 }) {
  const ds = server.database.dataSource;
  const { client, episode } = await createTestClient(ds, {
    programId,
    primaryClinicianId: ownerId,
  });
  const tz = (
    await ds.query<[{ tz: string }]>('SELECT time_zone AS tz FROM program WHERE id = $1', [
      programId,
    ])
  )[0].tz;
  const today = localDate(new Date(), tz);
  const plan = (
    await ok<{ createTreatmentPlan: { id: string } }>(
      owner,
      op('createTreatmentPlan', 'CreateTreatmentPlanInput'),
      {
        input: { episodeId: episode.id },
      },
    )
  ).createTreatmentPlan;
  const built: Partial<Built> = { clientId: client.id, episodeId: episode.id, planId: plan.id };
  for (let p = 0; p < shape.problems; p++) {
    const problem = (
      await ok<{ addProblem: { id: string } }>(owner, op('addProblem', 'AddProblemInput'), {
        input: { planId: plan.id, domain: 'AFFECT', clientWords: `Problem ${p}` },
      })
    ).addProblem;
    built.problemId ??= problem.id;
    for (let g = 0; g < shape.goals; g++) {
      const goal = (
        await ok<{ addGoal: { id: string } }>(owner, op('addGoal', 'AddGoalInput'), {
          input: { problemId: problem.id, description: `Goal ${g}`, horizon: 'IMMEDIATE' },
        })
      ).addGoal;
      const objective = (
        await ok<{ addObjective: { id: string } }>(owner, op('addObjective', 'AddObjectiveInput'), {
          input: {
            goalId: goal.id,
            description: 'Objective',
            measure: 'Count',
            targetDate: addCalendarDays(today, 30),
          },
        })
      ).addObjective;
      const intervention = (
        await ok<{ addIntervention: { id: string } }>(
          owner,
          op('addIntervention', 'AddInterventionInput'),
          {
            input: {
              objectiveId: objective.id,
              modality: 'MOTIVATIONAL_INTERVIEWING',
              frequency: 'weekly',
              responsibleStaffId: ownerId,
            },
          },
        )
      ).addIntervention;
      const progress = (
        await ok<{ recordGoalProgress: { id: string } }>(
          owner,
          op('recordGoalProgress', 'RecordGoalProgressInput'),
          { input: { goalId: goal.id, recordedOn: today, rating: 5 } },
        )
      ).recordGoalProgress;
      built.progressId ??= progress.id;
      built.goalId ??= goal.id;
      built.objectiveId ??= objective.id;
      built.interventionId ??= intervention.id;
    }
  }
  return built as Built;
}

beforeAll(async () => {
  server = await startTestServer();
  const ds = server.database.dataSource;
  programId = (await createTestProgram(ds)).id;
  const ownerStaff = await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]);
  ownerId = ownerStaff.id;
  owner = await server.as(ownerStaff);
  outsider = await server.as(await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]));
});
afterAll(() => server?.close());

/** Every treatment-plan query and mutation, as someone would call it on the built plan. */
const operations: Record<string, (b: Built) => [string, Record<string, unknown>]> = {
  episodeTreatmentPlans: (b) => [
    `query ($id: ID!) { episodeTreatmentPlans(episodeId: $id) { id } }`,
    { id: b.episodeId },
  ],
  treatmentPlan: (b) => [`query ($id: ID!) { treatmentPlan(id: $id) { id } }`, { id: b.planId }],
  treatmentPlanDiff: (b) => [
    `query ($a: ID!) { treatmentPlanDiff(fromPlanId: $a, toPlanId: $a) { goals { unchanged } } }`,
    { a: b.planId },
  ],
  createTreatmentPlan: (b) => [
    op('createTreatmentPlan', 'CreateTreatmentPlanInput'),
    { input: { episodeId: b.episodeId } },
  ],
  addProblem: (b) => [
    op('addProblem', 'AddProblemInput'),
    { input: { planId: b.planId, domain: 'LEGAL', clientWords: 'x' } },
  ],
  updateProblem: (b) => [
    op('updateProblem', 'UpdateProblemInput'),
    { input: { id: b.problemId, version: 1, clientWords: 'x' } },
  ],
  removeProblem: (b) => [
    op('removeProblem', 'RemovePlanElementInput'),
    { input: { id: b.problemId, version: 1 } },
  ],
  reorderPlanElements: (b) => [
    op('reorderPlanElements', 'ReorderPlanElementsInput'),
    { input: { parentId: b.planId, kind: 'PROBLEM', orderedIds: [b.problemId] } },
  ],
  addGoal: (b) => [
    op('addGoal', 'AddGoalInput'),
    { input: { problemId: b.problemId, description: 'x', horizon: 'IMMEDIATE' } },
  ],
  updateGoal: (b) => [
    op('updateGoal', 'UpdateGoalInput'),
    { input: { id: b.goalId, version: 1, description: 'x' } },
  ],
  removeGoal: (b) => [
    op('removeGoal', 'RemovePlanElementInput'),
    { input: { id: b.goalId, version: 1 } },
  ],
  setGoalStatus: (b) => [
    op('setGoalStatus', 'SetGoalStatusInput'),
    { input: { goalId: b.goalId, version: 1, lifecycleStatus: 'ON_HOLD' } },
  ],
  recordGoalProgress: (b) => [
    op('recordGoalProgress', 'RecordGoalProgressInput'),
    { input: { goalId: b.goalId, recordedOn: '2020-01-01', rating: 1 } },
  ],
  correctGoalProgress: (b) => [
    op('correctGoalProgress', 'CorrectGoalProgressInput'),
    { input: { progressId: b.progressId, recordedOn: '2020-01-01', rating: 2, reason: 'typo' } },
  ],
  voidGoalProgress: (b) => [
    op('voidGoalProgress', 'VoidGoalProgressInput'),
    { input: { progressId: b.progressId, reason: 'wrong client' } },
  ],
  addObjective: (b) => [
    op('addObjective', 'AddObjectiveInput'),
    { input: { goalId: b.goalId, description: 'x' } },
  ],
  updateObjective: (b) => [
    op('updateObjective', 'UpdateObjectiveInput'),
    { input: { id: b.objectiveId, version: 1, measure: 'x' } },
  ],
  removeObjective: (b) => [
    op('removeObjective', 'RemovePlanElementInput'),
    { input: { id: b.objectiveId, version: 1 } },
  ],
  setObjectiveStatus: (b) => [
    op('setObjectiveStatus', 'SetObjectiveStatusInput'),
    { input: { objectiveId: b.objectiveId, version: 1, achievementStatus: 'ACHIEVED' } },
  ],
  addIntervention: (b) => [
    op('addIntervention', 'AddInterventionInput'),
    { input: { objectiveId: b.objectiveId, modality: 'CBT', frequency: 'x' } },
  ],
  updateIntervention: (b) => [
    op('updateIntervention', 'UpdateInterventionInput'),
    { input: { id: b.interventionId, version: 1, frequency: 'x' } },
  ],
  removeIntervention: (b) => [
    op('removeIntervention', 'RemovePlanElementInput'),
    { input: { id: b.interventionId, version: 1 } },
  ],
  submitPlanForSignature: (b) => [
    op('submitPlanForSignature', 'PlanVersionInput'),
    { input: { planId: b.planId, version: 1 } },
  ],
  returnPlanToDraft: (b) => [
    op('returnPlanToDraft', 'PlanVersionInput'),
    { input: { planId: b.planId, version: 1 } },
  ],
  signPlan: (b) => [
    op('signPlan', 'SignPlanInput'),
    { input: { planId: b.planId, version: 1, signer: 'CLINICIAN' } },
  ],
  reviewPlan: (b) => [
    op('reviewPlan', 'ReviewPlanInput', 'review { id }'),
    { input: { planId: b.planId, version: 1, outcome: 'CONTINUED', note: 'x' } },
  ],
  closeTreatmentPlan: (b) => [
    op('closeTreatmentPlan', 'CloseTreatmentPlanInput'),
    { input: { planId: b.planId, version: 1, reason: 'x' } },
  ],
};

describe('treatment plan access', () => {
  it('the table below names every treatment-plan query and mutation', async () => {
    await buildWaypointSchema();
    const storage = getMetadataStorage();
    const mine = new Set<unknown>([
      TreatmentPlanResolver,
      EpisodeTreatmentPlanResolver,
      PlanProblemResolver,
      PlanGoalResolver,
      PlanObjectiveResolver,
      PlanInterventionResolver,
    ]);
    const declared = [...storage.queries, ...storage.mutations]
      .filter((r) => mine.has(r.target))
      .map((r) => r.methodName)
      .sort();
    expect(declared).toEqual(Object.keys(operations).sort());
  });

  it.each(Object.keys(operations))(
    'a clinician outside the caseload is refused %s, and the refusal is audited',
    async (name) => {
      const ds = server.database.dataSource;
      const built = await buildPlan();
      const [query, variables] = operations[name]!(built);
      const res = await outsider.gql(query, variables);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe('FORBIDDEN');
      expect(res.data?.[Object.keys(res.data ?? {})[0] ?? ''] ?? null).toBeNull();
      const audited = await ds.query<{ outcome: string; client_id: string; action: string }[]>(
        'SELECT outcome, client_id, action FROM audit_event WHERE request_id = $1',
        [res.requestId],
      );
      expect(audited).toEqual([
        {
          outcome: 'DENIED',
          client_id: built.clientId,
          action:
            name.startsWith('episode') || name.startsWith('treatmentPlan') ? 'READ' : 'UPDATE',
        },
      ]);
      // Nothing changed.
      const [plan] = await ds.query<{ version: number; status: string }[]>(
        'SELECT version, status FROM treatment_plan WHERE id = $1',
        [built.planId],
      );
      expect(plan).toEqual({ version: 1, status: 'DRAFT' });
      const [{ n }] = await ds.query<[{ n: number }]>(
        `SELECT ((SELECT count(*) FROM plan_problem WHERE plan_id = $1)
              + (SELECT count(*) FROM goal_progress WHERE episode_id = $2))::int AS n`,
        [built.planId, built.episodeId],
      );
      expect(n).toBe(2);
    },
  );

  it.each([
    [
      'addProblem',
      'AddProblemInput',
      (b: Built) => ({ planId: b.planId, domain: 'AFFECT', clientWords: ' ' }),
    ],
    [
      'updateGoal',
      'UpdateGoalInput',
      (b: Built) => ({ id: b.goalId, version: 1, description: 'x'.repeat(5000) }),
    ],
    [
      'closeTreatmentPlan',
      'CloseTreatmentPlanInput',
      (b: Built) => ({ planId: b.planId, version: 1, reason: 'x'.repeat(600) }),
    ],
    [
      'correctGoalProgress',
      'CorrectGoalProgressInput',
      (b: Built) => ({
        progressId: b.progressId,
        recordedOn: '2020-01-01',
        rating: 99,
        reason: '',
      }),
    ],
  ] as const)(
    'an outsider’s invalid %s is refused as FORBIDDEN, not judged as input',
    async (name, type, input) => {
      const built = await buildPlan();
      const res = await outsider.gql(op(name, type), { input: input(built) });
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe('FORBIDDEN');
    },
  );

  it('and does not see the client in the reviews due', async () => {
    const built = await buildPlan();
    const q = `query ($p: ID) { planReviewsDue(programId: $p, first: 100) { edges { node { episode { id } } } } }`;
    type Due = { planReviewsDue: { edges: { node: { episode: { id: string } } }[] } };
    const mine = (await ok<Due>(owner, q, { p: programId })).planReviewsDue.edges;
    expect(mine.map((r) => r.node.episode.id)).toContain(built.episodeId);
    const theirs = (await ok<Due>(outsider, q, { p: programId })).planReviewsDue.edges;
    expect(theirs).toEqual([]);
  });

  const fixtures: Record<
    string,
    { relationships: Relationship[]; setup: (staffId: string, b: Built) => Promise<void> }
  > = {
    'own caseload': {
      relationships: ['OWN_CASELOAD', 'SAME_PROGRAM'],
      setup: (staffId, b) =>
        server.database.dataSource.query(
          'UPDATE episode SET primary_clinician_id = $1 WHERE id = $2',
          [staffId, b.episodeId],
        ),
    },
    'same program': { relationships: ['SAME_PROGRAM'], setup: () => Promise.resolve() },
  };
  const matrix = Object.values(StaffRole).flatMap((role) =>
    Object.entries(fixtures).flatMap(([fixture, f]) =>
      (['READ_CHART', 'EDIT_CHART'] as const).map((action) => ({
        role,
        fixture,
        f,
        action,
        expected: isAllowed(role, f.relationships, action, 'IN_TREATMENT') ? 'allowed' : 'refused',
      })),
    ),
  );

  it.each(
    matrix.map((c) => [`${c.role} · ${c.fixture} · ${c.action} → ${c.expected}`, c] as const),
  )('policy: %s', async (_name, c) => {
    const ds = server.database.dataSource;
    const staff = await createTestStaff(ds, [{ programId, role: c.role }]);
    const caller = await server.as(staff);
    const built = await buildPlan();
    await c.f.setup(staff.id, built);
    const [query, variables] =
      c.action === 'READ_CHART'
        ? operations.treatmentPlan!(built)
        : operations.setGoalStatus!(built);
    const res = await caller.gql(query, variables);
    const code = res.errors?.[0]?.extensions?.code as string | undefined;
    if (code && code !== 'FORBIDDEN') throw new Error(`unexpected ${code}`);
    expect(code ? 'refused' : 'allowed').toBe(c.expected);
  });
});

const FULL_TREE = /* GraphQL */ `
  query ($id: ID!) {
    treatmentPlan(id: $id) {
      id
      status
      signable {
        signable
      }
      reviewClock {
        dueDate
      }
      episode {
        id
        currentTreatmentPlan {
          id
        }
        initialPlanDue {
          dueDate
        }
      }
      signatures {
        signer
        signedBy {
          id
        }
      }
      reviews {
        outcome
        reviewedBy {
          id
        }
      }
      problems {
        id
        goals {
          id
          progress {
            id
            rating
            author {
              id
            }
          }
          objectives {
            id
            interventions {
              id
              responsibleStaff {
                id
                displayName
              }
            }
          }
        }
      }
    }
  }
`;

describe('reading a plan', () => {
  it('audits exactly the records returned, in one statement', async () => {
    const ds = server.database.dataSource;
    const built = await buildPlan({ problems: 2, goals: 2 });
    const res = await ok<{
      treatmentPlan: {
        problems: {
          id: string;
          goals: {
            id: string;
            progress: { id: string }[];
            objectives: { id: string; interventions: { id: string }[] }[];
          }[];
        }[];
      };
    }>(owner, FULL_TREE, { id: built.planId });
    const problems = res.treatmentPlan.problems;
    const goals = problems.flatMap((p) => p.goals);
    const expected = [
      ['TreatmentPlan', built.planId],
      ['Episode', built.episodeId],
      ...problems.map((p) => ['PlanProblem', p.id]),
      ...goals.map((g) => ['PlanGoal', g.id]),
      ...goals.flatMap((g) => g.progress.map((p) => ['GoalProgress', p.id])),
      ...goals.flatMap((g) => g.objectives.map((o) => ['PlanObjective', o.id])),
      ...goals.flatMap((g) =>
        g.objectives.flatMap((o) => o.interventions.map((i) => ['PlanIntervention', i.id])),
      ),
    ].sort();
    const requestId = (await owner.gql(FULL_TREE, { id: built.planId })).requestId;
    const rows = await ds.query<
      { record_type: string; record_id: string; client_id: string; action: string }[]
    >('SELECT record_type, record_id, client_id, action FROM audit_event WHERE request_id = $1', [
      requestId,
    ]);
    expect(rows.map((r) => [r.record_type, r.record_id]).sort()).toEqual(expected);
    expect(rows.every((r) => r.client_id === built.clientId && r.action === 'READ')).toBe(true);
    expect(goals).toHaveLength(4);
  });

  it('loads the tree in batches: the statement count does not grow with the number of goals', async () => {
    const ds = server.database.dataSource;
    const small = await buildPlan({ problems: 1, goals: 1 });
    const large = await buildPlan({ problems: 3, goals: 4 });
    const read = (planId: string) =>
      countQueries(ds, async () => {
        const res = await owner.gql(FULL_TREE, { id: planId });
        expect(res.errors).toBeUndefined();
      });
    const [few, many] = [await read(small.planId), await read(large.planId)];
    expect(many).toBe(few);
    // Locate + access check, the plan; one batch each for problems, goals, objectives,
    // interventions, progress, signatures, reviews, the episode, its plans, its program, and staff
    // (two tree levels ask); the audit insert. (The session is known after the first read.)
    // (+1: the episode's current plan is read on its own, so only it is audited as read.)
    expect(many).toBe(16);
  });
});
