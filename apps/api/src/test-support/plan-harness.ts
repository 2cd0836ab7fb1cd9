import { saveAnswer } from './save-result.js';
import { DISCHARGE_MUTATION, dischargeInput } from './discharge-input.js';
import { expect } from 'vitest';
import {
  addCalendarDays,
  findEpisodeTransition,
  localDate,
  type EpisodeStatus,
} from '@waypoint/domain';
import type { Episode } from '../modules/episode/episode.entity.js';
import type { Program } from '../modules/program/program.entity.js';
import type { Staff } from '../modules/staff/staff.entity.js';
import { createTestClient, createTestProgram, createTestStaff } from '../testing/factories.js';
import {
  startTestServer,
  type Caller,
  type GraphQLResponse,
  type TestServer,
} from './test-server.js';

/** Mutations answering a `<Type>SaveResult` union: the saved record's type for each. */
const savedTypes: Record<string, string> = {
  createTreatmentPlan: 'TreatmentPlan',
  submitPlanForSignature: 'TreatmentPlan',
  signPlan: 'TreatmentPlan',
  returnPlanToDraft: 'TreatmentPlan',
  closeTreatmentPlan: 'TreatmentPlan',
  setGoalStatus: 'PlanGoal',
  setObjectiveStatus: 'PlanObjective',
  updateGoal: 'PlanGoal',
  transitionEpisode: 'Episode',
};

/** One mutation taking `input`, returning `fields` of its result (of the saved record, if a union). */
export const mutation = (name: string, inputType: string, fields = 'id version') => {
  const saved = savedTypes[name];
  const selection = saved ? saveAnswer(saved, fields, { currentFields: 'id version' }) : fields;
  return `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} } }`;
};

export async function ok<T>(caller: Caller, query: string, variables?: Record<string, unknown>) {
  const res = await caller.gql<T>(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

export function errorOf(res: GraphQLResponse) {
  expect(res.errors, 'expected an error').toBeDefined();
  return res.errors![0]!.extensions!;
}

const M = {
  create: mutation('createTreatmentPlan', 'CreateTreatmentPlanInput'),
  addProblem: mutation('addProblem', 'AddProblemInput'),
  addGoal: mutation('addGoal', 'AddGoalInput', 'id version lineageId'),
  addObjective: mutation('addObjective', 'AddObjectiveInput'),
  addIntervention: mutation('addIntervention', 'AddInterventionInput'),
  submit: mutation('submitPlanForSignature', 'PlanVersionInput', 'id version status'),
  sign: mutation('signPlan', 'SignPlanInput', 'id version status'),
  review: mutation(
    'reviewPlan',
    'ReviewPlanInput',
    saveAnswer('ReviewPlanPayload', 'revision { id version }', {
      conflict: 'TreatmentPlanConflict',
      currentFields: 'id version',
    }),
  ),
};

/**
 * A program with a clinician and a director, and the steps most plan tests start from: an
 * admitted client, a signable draft, its activation, a revision, an episode transition.
 */
export async function planHarness() {
  const server: TestServer = await startTestServer();
  const ds = server.database.dataSource;
  const program: Program = await createTestProgram(ds);
  const clinicianStaff: Staff = await createTestStaff(ds, [
    { programId: program.id, role: 'CLINICIAN' },
  ]);
  const clinician = await server.as(clinicianStaff);
  const directorStaff: Staff = await createTestStaff(ds, [
    { programId: program.id, role: 'DIRECTOR' },
  ]);
  const director = await server.as(directorStaff);
  const today = () => localDate(new Date(), program.timeZone);

  async function newEpisode(): Promise<Episode> {
    return (
      await createTestClient(ds, { programId: program.id, primaryClinicianId: clinicianStaff.id })
    ).episode;
  }

  /** A DRAFT with one problem → goal → objective (measure, date) → intervention. */
  async function signableDraft(episodeId?: string) {
    const episode = episodeId ?? (await newEpisode()).id;
    const plan = (
      await ok<{ createTreatmentPlan: { id: string; version: number } }>(clinician, M.create, {
        input: { episodeId: episode },
      })
    ).createTreatmentPlan;
    const problem = (
      await ok<{ addProblem: { id: string } }>(clinician, M.addProblem, {
        input: { planId: plan.id, domain: 'SUBSTANCE_USE', clientWords: 'I drink to sleep.' },
      })
    ).addProblem;
    const goal = (
      await ok<{ addGoal: { id: string; version: number; lineageId: string } }>(
        clinician,
        M.addGoal,
        { input: { problemId: problem.id, description: 'Sleep sober', horizon: 'IMMEDIATE' } },
      )
    ).addGoal;
    const objective = (
      await ok<{ addObjective: { id: string } }>(clinician, M.addObjective, {
        input: {
          goalId: goal.id,
          description: 'Drinking nights',
          measure: 'Drinking nights per week ≤ 1',
          targetDate: addCalendarDays(today(), 30),
        },
      })
    ).addObjective;
    await ok(clinician, M.addIntervention, {
      input: { objectiveId: objective.id, modality: 'CBT', frequency: 'weekly' },
    });
    return { episodeId: episode, plan, goal, objective };
  }

  async function planVersion(planId: string): Promise<number> {
    const [row] = await ds.query<{ version: number }[]>(
      'SELECT version FROM treatment_plan WHERE id = $1',
      [planId],
    );
    return row!.version;
  }

  async function submit(planId: string) {
    return ok<{ submitPlanForSignature: { version: number; status: string } }>(
      clinician,
      M.submit,
      { input: { planId, version: await planVersion(planId) } },
    );
  }

  /** Submits and signs as client and clinician: the version takes effect. */
  async function activate(planId: string) {
    await submit(planId);
    await ok(clinician, M.sign, {
      input: { planId, version: await planVersion(planId), signer: 'CLIENT', signedName: 'T C' },
    });
    return (
      await ok<{ signPlan: { id: string; version: number; status: string } }>(clinician, M.sign, {
        input: { planId, version: await planVersion(planId), signer: 'CLINICIAN' },
      })
    ).signPlan;
  }

  /** A REVISED review of the ACTIVE version: its new DRAFT. */
  async function revise(planId: string): Promise<{ id: string; version: number }> {
    return (
      await ok<{ reviewPlan: { revision: { id: string; version: number } } }>(clinician, M.review, {
        input: {
          planId,
          version: await planVersion(planId),
          outcome: 'REVISED',
          note: 'Revising',
        },
      })
    ).reviewPlan.revision;
  }

  /** Moves the episode over the API (the transaction that must close the plan). */
  async function transition(episodeId: string, to: EpisodeStatus, reason = 'Per the team') {
    const [row] = await ds.query<{ version: number; status: EpisodeStatus }[]>(
      'SELECT version, status FROM episode WHERE id = $1',
      [episodeId],
    );
    // A move that ends treatment records a discharge type: the first the move allows.
    const dischargeType = findEpisodeTransition(row!.status, to)?.dischargeTypes?.[0];
    if (to === 'DISCHARGED' && dischargeType) {
      return clinician.gql(DISCHARGE_MUTATION, {
        input: dischargeInput(episodeId, row!.version, dischargeType, reason),
      });
    }
    return clinician.gql<{ transitionEpisode: { status: string } }>(
      mutation('transitionEpisode', 'TransitionEpisodeInput', 'status'),
      { input: { episodeId, version: row!.version, to, reason, dischargeType } },
    );
  }

  return {
    server,
    ds,
    program,
    clinicianStaff,
    clinician,
    directorStaff,
    director,
    today,
    newEpisode,
    signableDraft,
    planVersion,
    submit,
    activate,
    revise,
    transition,
  };
}

export type PlanHarness = Awaited<ReturnType<typeof planHarness>>;
