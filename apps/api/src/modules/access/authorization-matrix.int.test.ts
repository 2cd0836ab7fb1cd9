import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ClientAction,
  StaffRole,
  clientAllows,
  episodePhase,
  episodeRelationships,
  isAllowed,
  type EpisodeStatus,
  type Relationship,
} from '@waypoint/domain';
import type { Bundle } from '@medplum/fhirtypes';
import type { DataSource } from 'typeorm';
import { createGroupSession, createTestGroup, enrol } from '../attendance/attendance-fixtures.js';
import {
  createTestClient,
  createTestEpisode,
  createTestEpisodeRecords,
  createTestProgram,
  createTestStaff,
  type TestEpisodeRecords,
} from '../../testing/factories.js';
import { Client } from '../client/client.entity.js';
import { hashToken } from '../auth/session.service.js';
import { ClientContact } from '../client/client-contact.entity.js';
import {
  startTestServer,
  type Caller,
  type GraphQLResponse,
  type TestServer,
} from '../../test-support/test-server.js';

/**
 * Generated from the policy table (`@waypoint/domain`): every role × every kind of client (its
 * episodes, and how the viewer stands to each) × every operation and nested path that reaches
 * client data, asserting the allowed and the refused outcome alike. Each probe names the record
 * it reaches: the client's own chart, or a record of ONE of its episodes, which must be judged by
 * the relationship to that episode alone. Group records (FACILITATES_GROUP) are probed at the end.
 */

type EpisodeKey = 'current' | 'earlier';
type CareTeamSeat = 'clinician' | 'case manager';

interface EpisodeSpec {
  status: EpisodeStatus;
  /** In the viewer's program (P) or another (Q). */
  program: 'P' | 'Q';
  /** The viewer's seat on this episode's care team, if any. */
  me?: CareTeamSeat;
  admitted: boolean;
  /** For an ended episode: how long ago it ended. */
  endedDaysAgo?: number;
  /** The plan written in this episode, if it reached treatment. */
  plan?: 'ACTIVE' | 'CLOSED';
}

interface Fixture {
  episodes: Partial<Record<EpisodeKey, EpisodeSpec>> & { current: EpisodeSpec };
  breakGlass?: 'active' | 'expired';
}

const active = (more: Partial<EpisodeSpec> = {}): EpisodeSpec => ({
  status: 'ACTIVE',
  program: 'P',
  admitted: true,
  plan: 'ACTIVE',
  ...more,
});
const closed = (endedDaysAgo: number, more: Partial<EpisodeSpec> = {}): EpisodeSpec => ({
  status: 'CLOSED',
  program: 'P',
  admitted: true,
  plan: 'CLOSED',
  endedDaysAgo,
  ...more,
});
const screening: EpisodeSpec = { status: 'SCREENING', program: 'P', admitted: false };

const fixtures: Record<string, Fixture> = {
  'own caseload (primary clinician), in treatment': {
    episodes: { current: active({ me: 'clinician' }) },
  },
  'own caseload as case manager, discharge planning': {
    episodes: { current: active({ status: 'DISCHARGE_PLANNING', me: 'case manager' }) },
  },
  'own caseload, discharged to aftercare (still open)': {
    episodes: { current: active({ status: 'DISCHARGED', me: 'clinician' }) },
  },
  'same program, in treatment': { episodes: { current: active() } },
  'same program, before admission': { episodes: { current: screening } },
  'same program, inquiry declined before admission': {
    episodes: { current: { ...screening, status: 'DECLINED', endedDaysAgo: 3 } },
  },
  'same program, under break-glass': { episodes: { current: active() }, breakGlass: 'active' },
  'same program, expired break-glass': { episodes: { current: active() }, breakGlass: 'expired' },
  'other program': { episodes: { current: active({ program: 'Q' }) } },
  'other program, own caseload there without a role there': {
    episodes: { current: active({ program: 'Q', me: 'clinician' }) },
  },
  'ended 5 days ago on my caseload (read-only window)': {
    episodes: { current: closed(5, { me: 'clinician' }) },
  },
  'ended 5 days ago, I was case manager (read-only window)': {
    episodes: { current: closed(5, { me: 'case manager' }) },
  },
  'ended 45 days ago on my caseload (window over)': {
    episodes: { current: closed(45, { me: 'clinician' }) },
  },
  'returning client, former clinician: earlier stay mine, new stay someone else’s': {
    episodes: { earlier: closed(10, { me: 'clinician' }), current: active() },
  },
  'returning client, former case manager: earlier stay mine, new stay someone else’s': {
    episodes: { earlier: closed(10, { me: 'case manager' }), current: active() },
  },
  'returning client, former clinician past the window': {
    episodes: { earlier: closed(60, { me: 'clinician' }), current: active() },
  },
  'readmitted client before admission (earlier stay treated, new inquiry)': {
    episodes: { earlier: closed(120), current: screening },
  },
  'returning client, now on my caseload (earlier stay someone else’s)': {
    episodes: { earlier: closed(120), current: active({ me: 'clinician' }) },
  },
};

const WINDOW_DAYS = 30;

interface Built {
  clientId: string;
  episodes: Partial<Record<EpisodeKey, { id: string; version: number } & TestEpisodeRecords>>;
}

type Target = 'client' | EpisodeKey;

interface Probe {
  action: Exclude<ClientAction, 'READ_GROUP_RECORDS' | 'RECORD_ATTENDANCE'>;
  /** What the probe reaches: the client's own chart, or a record of one of its episodes. */
  target: Target | 'program';
  /** Needs a plan on the target episode (an ACTIVE one: the episode's current plan). */
  needsPlan?: true | 'ACTIVE';
  /** Changes access (a grant): run on a fixture of its own. */
  fresh?: boolean;
  /** The operation is also limited to these roles in the episode's program (a clinical act). */
  roles?: readonly StaffRole[];
  /** Only fixtures whose target episode is in one of these statuses (a worklist of that phase). */
  statuses?: readonly EpisodeStatus[];
  run(caller: Caller, b: Built, ds: DataSource): Promise<'allowed' | 'refused'>;
}

/**
 * A probe's outcome. FORBIDDEN is a refusal; no error, or a refusal on content (stale version,
 * invalid move, bad input) proves the caller got past authorization, which always comes first.
 */
const passedAuthorization = new Set(['CONFLICT', 'INVALID_TRANSITION', 'BAD_USER_INPUT']);
function outcome(res: GraphQLResponse, sawIt: boolean): 'allowed' | 'refused' {
  const error = res.errors?.[0];
  const code = error?.extensions?.code as string | undefined;
  // Only the operation itself may be refused; a refusal deeper in an answer is a defect.
  if (code === 'FORBIDDEN' && (error?.path?.length ?? 1) <= 1) return 'refused';
  if (code && !passedAuthorization.has(code)) {
    throw new Error(`unexpected ${code} at ${error?.path?.join('.')}: ${error?.message}`);
  }
  return code || sawIt ? 'allowed' : 'refused';
}
/** For reads: the record is in the answer, or the operation was refused, or it was left out. */
function readOutcome(res: GraphQLResponse, sawIt: boolean): 'allowed' | 'refused' {
  const code = res.errors?.[0]?.extensions?.code as string | undefined;
  if (code && code !== 'FORBIDDEN') throw new Error(`unexpected ${JSON.stringify(res.errors)}`);
  return outcome(res, sawIt);
}

const ep = (b: Built, key: EpisodeKey) => b.episodes[key]!;
/**
 * A mutation answered with data (the saved record, or a typed conflict naming the newer version)
 * got past authorization: a refused caller gets FORBIDDEN and no data.
 */
const answered = (res: GraphQLResponse, field?: string) =>
  !!res.data && (field ? res.data[field] != null : Object.values(res.data).some((v) => v != null));
const lastNameOf = async (ds: DataSource, id: string) =>
  (await ds.getRepository(Client).findOneByOrFail({ id })).lastName;

const PLAN_TREE = /* GraphQL */ `
  id status
  problems { id clientWords goals {
    id progress { id } statusHistory { id changedBy { id } }
    objectives { id statusHistory { id } interventions { id } }
  } }
  signatures { id } reviews { id } signable { signable }
  episode { id client { id } }
`;

/** Every nested path below a client to a record of one of its episodes. */
const CHART_TREE = /* GraphQL */ `
  id displayName dateOfBirth
  access { canEdit canReadAuditTrail canBreakGlass emergencyAccessUntil }
  currentEpisode { id }
  emergencyContacts { id }
  episodes {
    id status primaryClinician { id } caseManager { id } program { id }
    transitions { id actor { id } }
    assessments { id answers administeredBy { id } }
    currentTreatmentPlan { ${PLAN_TREE} }
    initialPlanDue { dueDate }
    worklist { kind episode { id } client { id } }
  }
`;

interface ChartData {
  id: string;
  access: { canEdit: boolean };
  episodes: {
    id: string;
    transitions: { id: string }[];
    assessments: { id: string }[];
    currentTreatmentPlan: { id: string; problems: { id: string }[] } | null;
  }[];
}

const readChart = (caller: Caller, b: Built) =>
  caller.gql<{ client: ChartData }>(`query ($id: ID!) { client(id: $id) { ${CHART_TREE} } }`, {
    id: b.clientId,
  });
const chartEpisode = (res: GraphQLResponse<{ client: ChartData }>, id: string) =>
  res.data?.client?.episodes.find((e) => e.id === id);

const probeContact = {
  name: 'Probe Contact',
  relationship: 'Friend',
  phone: '555-0100',
  kind: 'CRISIS',
  mayContact: true,
} as const;

const probes: Record<string, Probe> = {
  // --- the client's own chart ---
  'client(id)': {
    action: 'READ_CHART',
    target: 'client',
    run: async (caller, b) => {
      const res = await readChart(caller, b);
      return readOutcome(res, res.data?.client?.id === b.clientId);
    },
  },
  'clients list (search)': {
    action: 'READ_CHART',
    target: 'client',
    run: async (caller, b, ds) => {
      const res = await caller.gql<{ clients: { edges: { node: { id: string } }[] } }>(
        `query ($q: String) { clients(first: 5, filter: { search: $q }) { totalCount edges { node { id displayName } } } }`,
        { q: await lastNameOf(ds, b.clientId) },
      );
      return readOutcome(res, !!res.data?.clients.edges.some((e) => e.node.id === b.clientId));
    },
  },
  // Every episode's screening escalated, so the client is listed whichever episode the viewer
  // reads as current: the filter must open exactly what READ_CHART opens, nothing more.
  'clients list (escalated screening)': {
    action: 'READ_CHART',
    target: 'client',
    run: async (caller, b, ds) => {
      await ds.query(
        `INSERT INTO intake_screening (episode_id, urgency, escalated)
         SELECT id, 'URGENT', true FROM episode WHERE client_id = $1
         ON CONFLICT (episode_id) DO UPDATE SET urgency = 'URGENT', escalated = true`,
        [b.clientId],
      );
      const res = await caller.gql<{ clients: { edges: { node: { id: string } }[] } }>(
        `query ($q: String) { clients(first: 5, filter: { search: $q, screeningEscalated: true }) { edges { node { id } } } }`,
        { q: await lastNameOf(ds, b.clientId) },
      );
      return readOutcome(res, !!res.data?.clients.edges.some((e) => e.node.id === b.clientId));
    },
  },
  'Client.access.canEdit': {
    action: 'EDIT_CHART',
    target: 'client',
    run: async (caller, b) => {
      const res = await readChart(caller, b);
      if (res.errors?.[0]?.extensions?.code === 'FORBIDDEN') return 'refused';
      expect(res.errors).toBeUndefined();
      return res.data!.client.access.canEdit ? 'allowed' : 'refused';
    },
  },
  updateClient: {
    action: 'EDIT_CHART',
    target: 'client',
    run: async (caller, b, ds) => {
      const { version } = await ds.getRepository(Client).findOneByOrFail({ id: b.clientId });
      const res = await caller.gql<{ updateClient: { id: string } }>(
        `mutation ($input: UpdateClientInput!) { updateClient(input: $input) { __typename } }`,
        { input: { id: b.clientId, version, pronouns: 'they/them' } },
      );
      return outcome(res, answered(res, 'updateClient'));
    },
  },
  addClientContact: {
    action: 'EDIT_CHART',
    target: 'client',
    run: async (caller, b) => {
      const res = await caller.gql<{ addClientContact: { id: string } }>(
        `mutation ($input: AddClientContactInput!) { addClientContact(input: $input) { id } }`,
        { input: { clientId: b.clientId, ...probeContact } },
      );
      return outcome(res, answered(res, 'addClientContact'));
    },
  },
  // A stale version: an authorized caller gets the typed conflict, nothing changes.
  ...Object.fromEntries(
    (['updateClientContact', 'removeClientContact'] as const).map((op) => [
      op,
      {
        action: 'EDIT_CHART',
        target: 'client',
        run: async (caller: Caller, b: Built, ds: DataSource) => {
          const { id } = await ds
            .getRepository(ClientContact)
            .save({ clientId: b.clientId, ...probeContact });
          const type =
            op === 'updateClientContact' ? 'UpdateClientContactInput' : 'ClientContactRef';
          const more = op === 'updateClientContact' ? probeContact : {};
          const res = await caller.gql(
            `mutation ($input: ${type}!) { ${op}(input: $input) { __typename } }`,
            { input: { clientId: b.clientId, id, version: 9999, ...more } },
          );
          return outcome(res, answered(res, op));
        },
      } satisfies Probe,
    ]),
  ),
  chartAccessLog: {
    action: 'READ_AUDIT_TRAIL',
    target: 'client',
    run: async (caller, b) => {
      const res = await caller.gql<{ chartAccessLog: { totalCount: number } }>(
        `query ($id: ID!) { chartAccessLog(clientId: $id, first: 5) { totalCount } }`,
        { id: b.clientId },
      );
      return outcome(res, typeof res.data?.chartAccessLog?.totalCount === 'number');
    },
  },
  breakGlass: {
    action: 'BREAK_GLASS',
    target: 'client',
    fresh: true,
    run: async (caller, b) => {
      const res = await caller.gql<{ breakGlass: { id: string } }>(
        `mutation ($input: BreakGlassInput!) { breakGlass(input: $input) { id expiresAt } }`,
        { input: { clientId: b.clientId, reason: 'Client in crisis; clinician away.' } },
      );
      return outcome(res, !!res.data?.breakGlass?.id);
    },
  },
  'openInquiry in the program of the client’s current stay': {
    action: 'OPEN_EPISODE',
    target: 'program',
    run: async (caller, b, ds) => {
      const [row] = await ds.query<{ program_id: string }[]>(
        'SELECT program_id FROM episode WHERE id = $1',
        [ep(b, 'current').id],
      );
      const res = await caller.gql<{ openInquiry: { id: string } }>(
        `mutation ($input: OpenInquiryInput!) { openInquiry(input: $input) { id status } }`,
        {
          input: {
            programId: row!.program_id,
            firstName: 'Matrix',
            // A new person each time: the same name and birth date again is a possible duplicate.
            lastName: `Inquiry ${Array.from(randomBytes(8), (b) => String.fromCharCode(97 + (b % 26))).join('')}`,
            dateOfBirth: '1991-04-02',
          },
        },
      );
      return outcome(res, !!res.data?.openInquiry?.id);
    },
  },
};

/** Probes of one episode's records, for each episode of the fixture. */
function episodeProbes(key: EpisodeKey): Record<string, Probe> {
  return {
    [`episode(id) [${key}]`]: {
      action: 'READ_CHART',
      target: key,
      run: async (caller, b) => {
        const res = await caller.gql<{ episode: { id: string } }>(
          `query ($id: ID!) { episode(id: $id) { id status primaryClinician { id } caseManager { id }
             program { id } client { id displayName } transitions { id } assessments { id } } }`,
          { id: ep(b, key).id },
        );
        return readOutcome(res, res.data?.episode?.id === ep(b, key).id);
      },
    },
    [`Episode.worklist names only its own episode [${key}]`]: {
      action: 'READ_CHART',
      target: key,
      run: async (caller, b) => {
        const res = await caller.gql<{
          episode: { id: string; worklist: { episode: { id: string }; client: { id: string } }[] };
        }>(
          `query ($id: ID!) { episode(id: $id) { id worklist { kind dueDate episode { id } client { id } } } }`,
          { id: ep(b, key).id },
        );
        const e = res.data?.episode;
        const own = e?.worklist.every(
          (item) => item.episode.id === e.id && item.client.id === b.clientId,
        );
        return readOutcome(res, e?.id === ep(b, key).id && !!own);
      },
    },
    [`client { episodes } lists it [${key}]`]: {
      action: 'READ_CHART',
      target: key,
      run: async (caller, b) => {
        const res = await readChart(caller, b);
        return readOutcome(res, !!chartEpisode(res, ep(b, key).id));
      },
    },
    [`clients list { episodes } lists it [${key}]`]: {
      action: 'READ_CHART',
      target: key,
      run: async (caller, b, ds) => {
        const res = await caller.gql<{
          clients: { edges: { node: { episodes: { id: string }[] } }[] };
        }>(
          `query ($q: String) { clients(first: 5, filter: { search: $q }) { edges { node { episodes { id } } } } }`,
          { q: await lastNameOf(ds, b.clientId) },
        );
        const listed = res.data?.clients.edges.some((e) =>
          e.node.episodes.some((x) => x.id === ep(b, key).id),
        );
        return readOutcome(res, !!listed);
      },
    },
    [`Episode.transitions and .assessments under the chart [${key}]`]: {
      action: 'READ_CHART',
      target: key,
      run: async (caller, b) => {
        const res = await readChart(caller, b);
        const e = chartEpisode(res, ep(b, key).id);
        const seen =
          !!e?.transitions.some((t) => t.id === ep(b, key).transitionId) &&
          !!e.assessments.some((a) => a.id === ep(b, key).assessmentId);
        return readOutcome(res, seen);
      },
    },
    ...(key === 'current' && {
      // A closed stay's plan is no one's current plan; the others reach it by id.
      [`Episode.currentTreatmentPlan tree under the chart [${key}]`]: {
        action: 'READ_CHART',
        target: key,
        needsPlan: 'ACTIVE',
        run: async (caller: Caller, b: Built) => {
          const res = await readChart(caller, b);
          const plan = chartEpisode(res, ep(b, key).id)?.currentTreatmentPlan;
          const active = ep(b, key).plan && plan?.id === ep(b, key).plan!.id;
          return readOutcome(res, !!active && plan.problems.length === 1);
        },
      } satisfies Probe,
    }),
    [`episodeTreatmentPlans(episodeId) [${key}]`]: {
      action: 'READ_CHART',
      target: key,
      needsPlan: true,
      run: async (caller, b) => {
        const res = await caller.gql<{ episodeTreatmentPlans: { id: string }[] }>(
          `query ($id: ID!) { episodeTreatmentPlans(episodeId: $id) { ${PLAN_TREE} } }`,
          { id: ep(b, key).id },
        );
        return readOutcome(res, !!res.data?.episodeTreatmentPlans?.length);
      },
    },
    [`treatmentPlan(id) with its whole tree [${key}]`]: {
      action: 'READ_CHART',
      target: key,
      needsPlan: true,
      run: async (caller, b) => {
        const res = await caller.gql<{
          treatmentPlan: {
            id: string;
            problems: {
              goals: {
                progress: unknown[];
                statusHistory: unknown[];
                objectives: { interventions: unknown[] }[];
              }[];
            }[];
          };
        }>(`query ($id: ID!) { treatmentPlan(id: $id) { ${PLAN_TREE} } }`, {
          id: ep(b, key).plan!.id,
        });
        const goal = res.data?.treatmentPlan?.problems[0]?.goals[0];
        const whole =
          goal?.progress.length === 1 &&
          goal.statusHistory.length === 1 &&
          goal.objectives[0]?.interventions.length === 1;
        return readOutcome(res, !!whole);
      },
    },
    [`treatmentPlanDiff [${key}]`]: {
      action: 'READ_CHART',
      target: key,
      needsPlan: true,
      run: async (caller, b) => {
        const id = ep(b, key).plan!.id;
        const res = await caller.gql<{ treatmentPlanDiff: unknown }>(
          `query ($a: ID!, $b: ID!) { treatmentPlanDiff(fromPlanId: $a, toPlanId: $b) { __typename } }`,
          { a: id, b: id },
        );
        return outcome(res, !!res.data?.treatmentPlanDiff);
      },
    },
    [`transitionEpisode (stale version) [${key}]`]: {
      action: 'EDIT_CHART',
      target: key,
      run: async (caller, b) => {
        const res = await caller.gql(
          `mutation ($input: TransitionEpisodeInput!) { transitionEpisode(input: $input) { __typename } }`,
          { input: { episodeId: ep(b, key).id, version: 9999, to: 'ON_HOLD', reason: 'Probe' } },
        );
        return outcome(res, answered(res));
      },
    },
    [`assignCareTeam (stale version) [${key}]`]: {
      action: 'EDIT_CHART',
      target: key,
      run: async (caller, b) => {
        const res = await caller.gql(
          `mutation ($input: AssignCareTeamInput!) { assignCareTeam(input: $input) { __typename } }`,
          { input: { episodeId: ep(b, key).id, version: 9999 } },
        );
        return outcome(res, answered(res));
      },
    },
    [`submitPlanForSignature (stale version) [${key}]`]: {
      action: 'EDIT_CHART',
      target: key,
      needsPlan: true,
      run: async (caller, b) => {
        const res = await caller.gql(
          `mutation ($input: PlanVersionInput!) { submitPlanForSignature(input: $input) { __typename } }`,
          { input: { planId: ep(b, key).plan!.id, version: 9999 } },
        );
        return outcome(res, answered(res));
      },
    },
  };
}

type PlanIds = NonNullable<TestEpisodeRecords['plan']>;

/**
 * Every other mutation of an episode or its plan, sent so that it changes nothing once
 * authorized (a stale version, a signed plan's content, a date before admission): the answer
 * is then CONFLICT, INVALID_TRANSITION or BAD_USER_INPUT for a caller who may edit, FORBIDDEN
 * for one who may not.
 */
const planMutations: [string, string, (plan: PlanIds) => Record<string, unknown>][] = [
  ['returnPlanToDraft', 'PlanVersionInput', (p) => ({ planId: p.id, version: 9999 })],
  [
    'reviewPlan',
    'ReviewPlanInput',
    (p) => ({ planId: p.id, version: 9999, outcome: 'CONTINUED', note: 'Probe' }),
  ],
  [
    'closeTreatmentPlan',
    'CloseTreatmentPlanInput',
    (p) => ({ planId: p.id, version: 9999, reason: 'Probe' }),
  ],
  [
    'addProblem',
    'AddProblemInput',
    (p) => ({ planId: p.id, domain: 'AFFECT', clientWords: 'Probe' }),
  ],
  [
    'addGoal',
    'AddGoalInput',
    (p) => ({ problemId: p.problemId, description: 'Probe', horizon: 'IMMEDIATE' }),
  ],
  ['updateProblem', 'UpdateProblemInput', (p) => ({ id: p.problemId, version: 9999 })],
  ['updateGoal', 'UpdateGoalInput', (p) => ({ id: p.goalId, version: 9999 })],
  ['updateObjective', 'UpdateObjectiveInput', (p) => ({ id: p.objectiveId, version: 9999 })],
  [
    'updateIntervention',
    'UpdateInterventionInput',
    (p) => ({ id: p.interventionId, version: 9999 }),
  ],
  ['removeProblem', 'RemovePlanElementInput', (p) => ({ id: p.problemId, version: 9999 })],
  ['removeGoal', 'RemovePlanElementInput', (p) => ({ id: p.goalId, version: 9999 })],
  ['removeObjective', 'RemovePlanElementInput', (p) => ({ id: p.objectiveId, version: 9999 })],
  [
    'removeIntervention',
    'RemovePlanElementInput',
    (p) => ({ id: p.interventionId, version: 9999 }),
  ],
  [
    'setGoalStatus',
    'SetGoalStatusInput',
    (p) => ({ goalId: p.goalId, version: 9999, achievementStatus: 'IMPROVING' }),
  ],
  ['addObjective', 'AddObjectiveInput', (p) => ({ goalId: p.goalId, description: 'Probe' })],
  [
    'addIntervention',
    'AddInterventionInput',
    (p) => ({ objectiveId: p.objectiveId, modality: 'CBT', frequency: 'weekly' }),
  ],
  [
    'setObjectiveStatus',
    'SetObjectiveStatusInput',
    (p) => ({ objectiveId: p.objectiveId, version: 9999, achievementStatus: 'IMPROVING' }),
  ],
  [
    'recordGoalProgress',
    'RecordGoalProgressInput',
    (p) => ({ goalId: p.goalId, recordedOn: '2000-01-01', rating: 5 }),
  ],
  [
    'reorderPlanElements',
    'ReorderPlanElementsInput',
    (p) => ({ kind: 'PROBLEM', parentId: p.id, orderedIds: [p.problemId] }),
  ],
];

function planMutationProbes(key: EpisodeKey): Record<string, Probe> {
  const entries: [string, Probe][] = planMutations.map(([name, inputType, input]) => [
    `${name} [${key}]`,
    {
      action: 'EDIT_CHART',
      target: key,
      needsPlan: true,
      run: async (caller, b) => {
        const res = await caller.gql(
          `mutation ($input: ${inputType}!) { ${name}(input: $input) { __typename } }`,
          { input: input(ep(b, key).plan!) },
        );
        return outcome(res, answered(res));
      },
    },
  ]);
  entries.push(
    [
      `createTreatmentPlan (one exists) [${key}]`,
      {
        action: 'EDIT_CHART',
        target: key,
        needsPlan: true,
        run: async (caller, b) => {
          const res = await caller.gql(
            `mutation ($input: CreateTreatmentPlanInput!) { createTreatmentPlan(input: $input) { __typename } }`,
            { input: { episodeId: ep(b, key).id } },
          );
          return outcome(res, answered(res));
        },
      },
    ],
    [
      `recordAssessment (answers left out) [${key}]`,
      {
        action: 'EDIT_CHART',
        target: key,
        run: async (caller, b) => {
          const res = await caller.gql(
            `mutation ($input: RecordAssessmentInput!) { recordAssessment(input: $input) { __typename } }`,
            // The summary: any role that may edit the chart records it (the ASAM is a clinician's
            // or director's, covered in episode/admission.int.test.ts).
            { input: { episodeId: ep(b, key).id, instrument: 'INTAKE_BPS', answers: {} } },
          );
          return outcome(res, answered(res));
        },
      },
    ],
    [
      `saveIntakeScreening (no reason given) [${key}]`,
      {
        action: 'EDIT_CHART',
        target: key,
        run: async (caller, b) => {
          const res = await caller.gql(
            `mutation ($input: SaveIntakeScreeningInput!) { saveIntakeScreening(input: $input) { __typename } }`,
            // Refused as input (or as after admission) once authorized: nothing is saved.
            {
              input: {
                episodeId: ep(b, key).id,
                reasonsForCall: [],
                substances: [],
                safety: {},
              },
            },
          );
          return outcome(res, answered(res));
        },
      },
    ],
    [
      `updateOrientation (stale version) [${key}]`,
      {
        action: 'EDIT_CHART',
        target: key,
        run: async (caller, b) => {
          const res = await caller.gql(
            `mutation ($input: UpdateOrientationInput!) { updateOrientation(input: $input) { __typename } }`,
            { input: { episodeId: ep(b, key).id, version: 9999, completedItems: [] } },
          );
          return outcome(res, answered(res));
        },
      },
    ],
  );
  return Object.fromEntries(entries);
}

/** A consent, a referral sent under it and its disclosure, written directly on one episode. */
async function referralRecords(ds: DataSource, b: Built, key: EpisodeKey) {
  const episodeId = ep(b, key).id;
  const one = async (sql: string, params: unknown[]) =>
    (await ds.query<{ id: string }[]>(sql, params))[0]!.id;
  const consentId = await one(
    `INSERT INTO consent (episode_id, client_id, status, disclosing_party, information_description,
       recipients, purposes, purpose_description, revocation_statement, created_by_id, expires_on,
       signed_at, signed_on, signed_by_name)
     VALUES ($1, $2, 'ACTIVE', 'Matrix IOP', 'Attendance dates', '[{"name":"Matrix Rehab","resourceId":null,"coveredEntity":false}]',
       '{CARE_COORDINATION}', 'Work', 'Revoke any time', $3, '2099-01-01', now(), current_date, 'Client')
     RETURNING id`,
    [episodeId, b.clientId, colleagueId],
  );
  const referralId = await one(
    `INSERT INTO referral (episode_id, client_id, recipient_name, reason, purpose, information_to_send,
       urgency, status, consent_id, sent_at, sent_by_id, created_by_id)
     VALUES ($1, $2, 'Matrix Rehab', 'Work', 'CARE_COORDINATION', 'Attendance', 'ROUTINE', 'SENT', $3,
       now(), $4, $4) RETURNING id`,
    [episodeId, b.clientId, consentId, colleagueId],
  );
  await ds.query(
    `INSERT INTO referral_status_change (referral_id, episode_id, from_status, to_status, changed_by_id)
     VALUES ($1, $2, 'READY', 'SENT', $3)`,
    [referralId, episodeId, colleagueId],
  );
  const disclosureId = await one(
    `INSERT INTO disclosure (client_id, episode_id, program_id, referral_id, consent_id, recipient_name,
       purpose, information_disclosed, notice_text, disclosed_by_id)
     SELECT $1, e.id, e.program_id, $2, $3, 'Matrix Rehab', 'CARE_COORDINATION', 'Attendance', 'notice', $4
     FROM episode e WHERE e.id = $5 RETURNING id`,
    [b.clientId, referralId, consentId, colleagueId, episodeId],
  );
  return { episodeId, consentId, referralId, disclosureId };
}

const REFERRAL_TREE = /* GraphQL */ `
  consents { id recipients { name } }
  referrals { id resource { id } statusHistory { id } allowedTransitions }
  disclosures { id disclosedBy { id } }
`;

/** Consents, referrals and disclosures of one episode: judged by that episode alone. */
/** A discharge and one follow-up contact on the episode (once per fixture), written directly. */
async function dischargeRecords(ds: DataSource, b: Built, key: EpisodeKey) {
  const episodeId = ep(b, key).id;
  const [discharge] = await ds.query<{ id: string }[]>(
    `INSERT INTO discharge (episode_id, client_id, discharge_type, reason, discharged_at,
       follow_up_period_days, follow_up_ends_on, summary, created_by_id)
     VALUES ($1, $2, 'COMPLETED', 'Goals met', now(), 90, current_date + 90, '{"recommendations": ""}', $3)
     ON CONFLICT (episode_id) DO UPDATE SET reason = EXCLUDED.reason RETURNING id`,
    [episodeId, b.clientId, colleagueId],
  );
  const [followUp] = await ds.query<{ id: string }[]>(
    `INSERT INTO follow_up_contact (discharge_id, episode_id, client_id, due_on)
     VALUES ($1, $2, $3, current_date + 7)
     ON CONFLICT (episode_id, due_on) DO UPDATE SET note = EXCLUDED.note RETURNING id`,
    [discharge!.id, episodeId, b.clientId],
  );
  return { episodeId, dischargeId: discharge!.id, followUpId: followUp!.id };
}

/** Discharge and follow-up are the case manager's, clinician's and director's (not intake's). */
const DISCHARGE_ROLES = ['CASE_MANAGER', 'CLINICIAN', 'DIRECTOR'] as const;

function dischargeProbes(key: EpisodeKey): Record<string, Probe> {
  const stale = (op: string, inputType: string, more: object = {}): Probe => ({
    action: 'EDIT_CHART',
    target: key,
    roles: DISCHARGE_ROLES,
    run: async (caller, b, ds) => {
      const r = await dischargeRecords(ds, b, key);
      const res = await caller.gql(
        `mutation ($input: ${inputType}!) { ${op}(input: $input) { __typename } }`,
        { input: { episodeId: r.episodeId, version: 9999, ...more } },
      );
      return outcome(res, answered(res));
    },
  });
  return {
    [`Episode.discharge, .followUps [${key}]`]: {
      action: 'READ_CHART',
      target: key,
      run: async (caller, b, ds) => {
        const r = await dischargeRecords(ds, b, key);
        const res = await caller.gql<{
          episode: { discharge: { id: string } | null; followUps: { id: string }[] };
        }>(
          `query ($id: ID!) { episode(id: $id) { discharge { id summarySignedBy { id } }
             followUps { id bam { id } recordedBy { id } } } }`,
          { id: r.episodeId },
        );
        const e = res.data?.episode;
        return readOutcome(
          res,
          e?.discharge?.id === r.dischargeId && !!e.followUps.some((f) => f.id === r.followUpId),
        );
      },
    },
    [`dischargeEpisode (stale version) [${key}]`]: stale(
      'dischargeEpisode',
      'DischargeEpisodeInput',
      {
        dischargeType: 'COMPLETED',
        reason: 'Goals met',
      },
    ),
    [`updateDischargeSummary (stale version) [${key}]`]: stale(
      'updateDischargeSummary',
      'UpdateDischargeSummaryInput',
      { summary: { recommendations: 'Keep going to meetings' } },
    ),
    [`signDischargeSummary (stale version) [${key}]`]: stale(
      'signDischargeSummary',
      'SignDischargeSummaryInput',
    ),
    [`recordFollowUpContact (stale version) [${key}]`]: {
      action: 'EDIT_CHART',
      target: key,
      roles: DISCHARGE_ROLES,
      run: async (caller, b, ds) => {
        const r = await dischargeRecords(ds, b, key);
        const res = await caller.gql(
          `mutation ($input: RecordFollowUpContactInput!) { recordFollowUpContact(input: $input) { __typename } }`,
          {
            input: {
              episodeId: r.episodeId,
              followUpId: r.followUpId,
              version: 9999,
              status: 'MISSED',
            },
          },
        );
        return outcome(res, answered(res));
      },
    },
  };
}

function referralProbes(key: EpisodeKey): Record<string, Probe> {
  const seenAll = (
    e:
      | { consents: { id: string }[]; referrals: { id: string }[]; disclosures: { id: string }[] }
      | undefined,
    r: Awaited<ReturnType<typeof referralRecords>>,
  ) =>
    !!e &&
    e.consents.some((c) => c.id === r.consentId) &&
    e.referrals.some((x) => x.id === r.referralId) &&
    e.disclosures.some((d) => d.id === r.disclosureId);
  type Tree = {
    consents: { id: string }[];
    referrals: { id: string }[];
    disclosures: { id: string }[];
  };
  const staleRef = (
    op: string,
    inputType: string,
    more: (r: Awaited<ReturnType<typeof referralRecords>>) => object,
  ) => ({
    action: 'EDIT_CHART' as const,
    target: key,
    run: async (caller: Caller, b: Built, ds: DataSource) => {
      const r = await referralRecords(ds, b, key);
      const res = await caller.gql(
        `mutation ($input: ${inputType}!) { ${op}(input: $input) { __typename } }`,
        {
          input: { episodeId: r.episodeId, version: 9999, ...more(r) },
        },
      );
      return outcome(res, answered(res));
    },
  });
  const probesOfKey: Record<string, Probe> = {
    [`consentsExpiring [${key}]`]: {
      action: 'READ_CHART',
      target: key,
      run: async (caller, b, ds) => {
        const r = await referralRecords(ds, b, key);
        await ds.query(`UPDATE consent SET expires_on = current_date + 10 WHERE id = $1`, [
          r.consentId,
        ]);
        const res = await caller.gql<{ consentsExpiring: { consent: { id: string } }[] }>(
          `{ consentsExpiring(mine: false) { daysLeft consent { id } } }`,
        );
        return readOutcome(
          res,
          !!res.data?.consentsExpiring.some((x) => x.consent.id === r.consentId),
        );
      },
    },
    [`Episode.consents, .referrals, .disclosures [${key}]`]: {
      action: 'READ_CHART',
      target: key,
      run: async (caller, b, ds) => {
        const r = await referralRecords(ds, b, key);
        const res = await caller.gql<{ episode: Tree }>(
          `query ($id: ID!) { episode(id: $id) { id ${REFERRAL_TREE} } }`,
          { id: r.episodeId },
        );
        return readOutcome(res, seenAll(res.data?.episode, r));
      },
    },
    [`client { episodes { consents referrals disclosures } } [${key}]`]: {
      action: 'READ_CHART',
      target: key,
      run: async (caller, b, ds) => {
        const r = await referralRecords(ds, b, key);
        const res = await caller.gql<{ client: { episodes: (Tree & { id: string })[] } }>(
          `query ($id: ID!) { client(id: $id) { episodes { id ${REFERRAL_TREE} } } }`,
          { id: b.clientId },
        );
        return readOutcome(
          res,
          seenAll(
            res.data?.client?.episodes.find((e) => e.id === r.episodeId),
            r,
          ),
        );
      },
    },
  };
  // Only a current stay has an ACTIVE plan to show goals of (an earlier one's is closed).
  if (key === 'current') {
    probesOfKey[`PlanGoal.referrals [${key}]`] = {
      action: 'READ_CHART',
      target: key,
      needsPlan: 'ACTIVE',
      run: async (caller, b, ds) => {
        const r = await referralRecords(ds, b, key);
        await ds.query(
          'UPDATE referral SET goal_lineage_id = (SELECT lineage_id FROM plan_goal WHERE id = $1) WHERE id = $2',
          [ep(b, key).plan!.goalId, r.referralId],
        );
        const res = await caller.gql<{
          episode: {
            currentTreatmentPlan: {
              problems: { goals: { referrals: { id: string }[] }[] }[];
            } | null;
          };
        }>(
          `query ($id: ID!) { episode(id: $id) { currentTreatmentPlan { problems { goals { referrals { id outcome } } } } } }`,
          { id: r.episodeId },
        );
        const seen = res.data?.episode?.currentTreatmentPlan?.problems.some((p) =>
          p.goals.some((g) => g.referrals.some((x) => x.id === r.referralId)),
        );
        return readOutcome(res, !!seen);
      },
    };
  }
  return {
    ...probesOfKey,
    [`recordConsent (elements missing) [${key}]`]: {
      action: 'EDIT_CHART',
      target: key,
      run: async (caller, b) => {
        const res = await caller.gql(
          `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
          {
            input: {
              episodeId: ep(b, key).id,
              disclosingParty: '',
              informationDescription: '',
              recipients: [],
              purposes: [],
              purposeDescription: '',
              revocationStatement: '',
            },
          },
        );
        return outcome(res, answered(res));
      },
    },
    [`signConsent (stale version) [${key}]`]: staleRef('signConsent', 'SignConsentInput', (r) => ({
      id: r.consentId,
      signedByName: 'Client',
      signedOn: '2026-01-05',
    })),
    [`declineConsent (stale version) [${key}]`]: staleRef(
      'declineConsent',
      'DeclineConsentInput',
      (r) => ({
        id: r.consentId,
      }),
    ),
    [`revokeConsent (stale version) [${key}]`]: staleRef(
      'revokeConsent',
      'RevokeConsentInput',
      (r) => ({
        id: r.consentId,
        reason: 'Matrix',
      }),
    ),
    [`recordConsentExpiryEvent (stale version) [${key}]`]: staleRef(
      'recordConsentExpiryEvent',
      'RecordConsentExpiryEventInput',
      (r) => ({ id: r.consentId, occurredAt: new Date().toISOString() }),
    ),
    [`createReferral (reason missing) [${key}]`]: {
      action: 'EDIT_CHART',
      target: key,
      run: async (caller, b) => {
        const res = await caller.gql(
          `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }`,
          {
            input: {
              episodeId: ep(b, key).id,
              recipientName: 'X',
              reason: '',
              informationToSend: '',
            },
          },
        );
        return outcome(res, answered(res));
      },
    },
    [`sendReferral (stale version) [${key}]`]: staleRef('sendReferral', 'ReferralRef', (r) => ({
      id: r.referralId,
    })),
    [`transitionReferral (stale version) [${key}]`]: staleRef(
      'transitionReferral',
      'TransitionReferralInput',
      (r) => ({ id: r.referralId, to: 'ACCEPTED' }),
    ),
  };
}

const disclosureProbes: Record<string, Probe> = {
  'disclosureAccounting (the client’s)': {
    action: 'READ_CHART',
    target: 'client',
    run: async (caller, b) => {
      const res = await caller.gql<{ disclosureAccounting: { id: string }[] }>(
        `query ($id: ID!) { disclosureAccounting(clientId: $id, from: "2000-01-01", to: "2099-12-31") { id } }`,
        { id: b.clientId },
      );
      return outcome(res, Array.isArray(res.data?.disclosureAccounting));
    },
  },
  'programDisclosures (the program of the current stay)': {
    action: 'READ_AUDIT_TRAIL',
    target: 'program',
    run: async (caller, b, ds) => {
      const [row] = await ds.query<{ program_id: string }[]>(
        'SELECT program_id FROM episode WHERE id = $1',
        [ep(b, 'current').id],
      );
      const res = await caller.gql<{ programDisclosures: { id: string }[] }>(
        `query ($id: ID!) { programDisclosures(programId: $id, from: "2000-01-01", to: "2099-12-31") { id } }`,
        { id: row!.program_id },
      );
      return outcome(res, Array.isArray(res.data?.programDisclosures));
    },
  },
};

const FHIR_EXPORT = /* GraphQL */ `
  query ($clientId: ID!, $recipient: FhirRecipientInput) {
    clientFhirBundle(clientId: $clientId, recipient: $recipient)
  }
`;
const exportedPatient = (res: GraphQLResponse<{ clientFhirBundle: Bundle }>, clientId: string) =>
  !!res.data?.clientFhirBundle?.entry?.some(
    (e) => e.resource?.resourceType === 'Patient' && e.resource.id === clientId,
  );

/**
 * Exporting the record is a disclosure: READ_CHART of the client, and then either a consent that
 * covers the recipient (any reader may send it) or, for the client themself, a director.
 */
const fhirExportProbes: Record<string, Probe> = {
  'clientFhirBundle for the client (right of access)': {
    action: 'READ_CHART',
    target: 'client',
    roles: ['DIRECTOR'],
    run: async (caller, b) => {
      const res = await caller.gql<{ clientFhirBundle: Bundle }>(FHIR_EXPORT, {
        clientId: b.clientId,
      });
      return outcome(res, exportedPatient(res, b.clientId));
    },
  },
  'clientFhirBundle to a recipient a consent covers': {
    action: 'READ_CHART',
    target: 'client',
    run: async (caller, b, ds) => {
      // Every stay of the client has the consent, so whichever the caller may read covers it.
      await ds.query(
        `INSERT INTO consent (episode_id, client_id, status, disclosing_party, information_description,
           recipients, purposes, purpose_description, revocation_statement, created_by_id, expires_on,
           signed_at, signed_on, signed_by_name)
         SELECT e.id, e.client_id, 'ACTIVE', 'Matrix IOP', 'Treatment record',
           '[{"name":"Matrix Health Plan","resourceId":null,"coveredEntity":true}]', '{PAYMENT}',
           'Matrix export', 'Revoke any time', $2, '2099-01-01', now(), current_date, 'Client'
         FROM episode e WHERE e.client_id = $1 AND NOT EXISTS (
           SELECT 1 FROM consent c WHERE c.episode_id = e.id AND c.purpose_description = 'Matrix export')`,
        [b.clientId, colleagueId],
      );
      const res = await caller.gql<{ clientFhirBundle: Bundle }>(FHIR_EXPORT, {
        clientId: b.clientId,
        recipient: { name: 'Matrix Health Plan', purpose: 'PAYMENT' },
      });
      return outcome(res, exportedPatient(res, b.clientId));
    },
  },
};

/** A group in the episode's program (run by a colleague), for the enrolment probes. */
async function groupFor(ds: DataSource, episodeId: string): Promise<string> {
  const [g] = await ds.query<{ id: string }[]>(
    `INSERT INTO therapy_group (program_id, name, format, topic, capacity, enrollment_mode, starts_on,
       weekdays, start_time, end_time, created_by_staff_id, updated_by_staff_id)
     SELECT e.program_id, 'Matrix group', 'PROCESS', 'OTHER', 12, 'OPEN', current_date - 30,
       '{1,3,5}', '09:00', '12:00', $2, $2 FROM episode e WHERE e.id = $1 RETURNING id`,
    [episodeId, colleagueId],
  );
  await ds.query(`INSERT INTO group_facilitator (group_id, staff_id) VALUES ($1, $2)`, [
    g!.id,
    colleagueId,
  ]);
  return g!.id;
}

/** The episode's client enrolled in a new group (ACTIVE), as the seed or another user made it. */
async function enrolmentFor(ds: DataSource, episodeId: string) {
  const groupId = await groupFor(ds, episodeId);
  const [x] = await ds.query<{ id: string }[]>(
    `INSERT INTO group_enrollment (group_id, client_id, episode_id, status, starts_on,
       created_by_staff_id, updated_by_staff_id)
     SELECT $1, e.client_id, e.id, 'ACTIVE', current_date - 7, $3, $3 FROM episode e WHERE e.id = $2
     RETURNING id`,
    [groupId, episodeId, colleagueId],
  );
  return { groupId, enrollmentId: x!.id };
}

let sessionSlot = 0;
/** A session booked on the episode, at a time no other probe uses (no double booking). */
async function sessionFor(ds: DataSource, episodeId: string) {
  const startsAt = new Date(Date.UTC(2031, 0, 1) + sessionSlot++ * 7_200_000);
  const [x] = await ds.query<{ id: string }[]>(
    `INSERT INTO clinical_session (program_id, kind, episode_id, starts_at, ends_at, status, modality,
       created_by_staff_id, updated_by_staff_id)
     SELECT e.program_id, 'INDIVIDUAL', e.id, $2, $2::timestamptz + interval '1 hour', 'SCHEDULED',
       'IN_PERSON', $3, $3 FROM episode e WHERE e.id = $1 RETURNING id`,
    [episodeId, startsAt, colleagueId],
  );
  return { id: x!.id, startsAt };
}

let heldSlot = 0;
/** An individual session held on the episode in the past weeks (an hour of Rule 2 service). */
async function heldSessionFor(ds: DataSource, episodeId: string) {
  const startsAt = new Date(Date.now() - 2 * 86_400_000 - heldSlot++ * 7_200_000);
  await ds.query(
    `INSERT INTO clinical_session (program_id, kind, episode_id, starts_at, ends_at, status, modality,
       created_by_staff_id, updated_by_staff_id)
     SELECT e.program_id, 'INDIVIDUAL', e.id, $2, $2::timestamptz + interval '1 hour', 'HELD',
       'IN_PERSON', $3, $3 FROM episode e WHERE e.id = $1`,
    [episodeId, startsAt, colleagueId],
  );
}

/** Groups, enrolments and sessions of one episode (issue 11), for each episode of the fixture. */
function groupProbes(key: EpisodeKey): Record<string, Probe> {
  return {
    [`enrollClient [${key}]`]: {
      action: 'EDIT_CHART',
      target: key,
      run: async (caller, b, ds) => {
        const groupId = await groupFor(ds, ep(b, key).id);
        const res = await caller.gql(
          `mutation ($input: EnrollClientInput!) { enrollClient(input: $input) { id } }`,
          { input: { groupId, episodeId: ep(b, key).id } },
        );
        return outcome(res, answered(res, 'enrollClient'));
      },
    },
    [`endEnrollment [${key}]`]: {
      action: 'EDIT_CHART',
      target: key,
      run: async (caller, b, ds) => {
        const { enrollmentId } = await enrolmentFor(ds, ep(b, key).id);
        const res = await caller.gql(
          `mutation ($input: EndEnrollmentInput!) { endEnrollment(input: $input) { __typename } }`,
          {
            input: {
              episodeId: ep(b, key).id,
              id: enrollmentId,
              version: 9999,
              status: 'WITHDRAWN',
            },
          },
        );
        return outcome(res, answered(res, 'endEnrollment'));
      },
    },
    [`bookSession [${key}]`]: {
      action: 'EDIT_CHART',
      target: key,
      run: async (caller, b) => {
        const startsAt = new Date(Date.UTC(2032, 0, 1) + sessionSlot++ * 7_200_000);
        const res = await caller.gql(
          `mutation ($input: BookSessionInput!) { bookSession(input: $input) { id } }`,
          {
            input: {
              episodeId: ep(b, key).id,
              kind: 'INDIVIDUAL',
              startsAt: startsAt.toISOString(),
              endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
              modality: 'IN_PERSON',
              staffIds: [colleagueId],
            },
          },
        );
        return outcome(res, answered(res, 'bookSession'));
      },
    },
    ...Object.fromEntries(
      (['updateSession', 'cancelSession'] as const).map((op) => [
        `${op} [${key}]`,
        {
          action: 'EDIT_CHART',
          target: key,
          run: async (caller: Caller, b: Built, ds: DataSource) => {
            const session = await sessionFor(ds, ep(b, key).id);
            const type = op === 'updateSession' ? 'UpdateSessionInput' : 'CancelSessionInput';
            const more =
              op === 'updateSession'
                ? {
                    startsAt: session.startsAt.toISOString(),
                    endsAt: new Date(session.startsAt.getTime() + 3_600_000).toISOString(),
                    modality: 'TELEHEALTH',
                  }
                : {};
            const res = await caller.gql(
              `mutation ($input: ${type}!) { ${op}(input: $input) { __typename } }`,
              { input: { id: session.id, version: 9999, ...more } },
            );
            return outcome(res, answered(res, op));
          },
        } satisfies Probe,
      ]),
    ),
    [`Client.sessions lists it [${key}]`]: {
      action: 'READ_CHART',
      target: key,
      run: async (caller, b, ds) => {
        const session = await sessionFor(ds, ep(b, key).id);
        const res = await caller.gql<{ client: { sessions: { id: string }[] } }>(
          `query ($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
             client(id: $id) { sessions(from: $from, to: $to) { id participants { id } } } }`,
          {
            id: b.clientId,
            from: new Date(session.startsAt.getTime() - 60_000).toISOString(),
            to: new Date(session.startsAt.getTime() + 60_000).toISOString(),
          },
        );
        return readOutcome(res, !!res.data?.client?.sessions.some((x) => x.id === session.id));
      },
    },
    [`Client.timeline lists the episode's lifecycle move [${key}]`]: {
      action: 'READ_CHART',
      target: key,
      run: async (caller, b) => {
        const res = await caller.gql<{ client: { timeline: { entries: { id: string }[] } } }>(
          `query ($id: ID!) { client(id: $id) { timeline(kinds: [LIFECYCLE], first: 100) { entries { id } } } }`,
          { id: b.clientId },
        );
        const move = `EPISODE_MOVED:${ep(b, key).transitionId}`;
        return readOutcome(res, !!res.data?.client?.timeline.entries.some((e) => e.id === move));
      },
    },
    [`Client weeklyHours count the episode's held session [${key}]`]: {
      action: 'READ_CHART',
      target: key,
      run: async (caller, b, ds) => {
        await heldSessionFor(ds, ep(b, key).id);
        type Hours = { id: string; weeklyHours: { totalMinutes: number }[] };
        const res = await caller.gql<{
          client: { currentEpisode: Hours | null; episodes: Hours[] };
        }>(
          `query ($id: ID!) { client(id: $id) {
             currentEpisode { id weeklyHours(weeks: 52) { totalMinutes } }
             episodes { id weeklyHours(weeks: 52) { totalMinutes } } } }`,
          { id: b.clientId },
        );
        const minutes = (e: Hours | null | undefined) =>
          e?.weeklyHours.reduce((n, w) => n + w.totalMinutes, 0) ?? 0;
        const chart = res.data?.client;
        // The newest readable episode shows the figures of its own entry in the list.
        if (chart?.currentEpisode) {
          const own = chart.episodes.find((e) => e.id === chart.currentEpisode!.id);
          expect(minutes(chart.currentEpisode)).toBe(minutes(own));
        }
        return readOutcome(res, minutes(chart?.episodes.find((e) => e.id === ep(b, key).id)) > 0);
      },
    },
    [`Client.weeklySchedule lists the membership [${key}]`]: {
      action: 'READ_CHART',
      target: key,
      run: async (caller, b, ds) => {
        const { enrollmentId } = await enrolmentFor(ds, ep(b, key).id);
        const res = await caller.gql<{
          client: { weeklySchedule: { memberships: { id: string }[] } };
        }>(`query ($id: ID!) { client(id: $id) { weeklySchedule { memberships { id } } } }`, {
          id: b.clientId,
        });
        const seen = res.data?.client?.weeklySchedule.memberships.some(
          (m) => m.id === enrollmentId,
        );
        return readOutcome(res, !!seen);
      },
    },
    [`group(id) { members } lists the member [${key}]`]: {
      action: 'READ_CHART',
      target: key,
      run: async (caller, b, ds) => {
        const { groupId, enrollmentId } = await enrolmentFor(ds, ep(b, key).id);
        const res = await caller.gql<{ group: { members: { id: string }[] } }>(
          `query ($id: ID!) { group(id: $id) { id fill members { id clientName } } }`,
          { id: groupId },
        );
        return readOutcome(res, !!res.data?.group?.members.some((m) => m.id === enrollmentId));
      },
    },
  };
}

/** Measures, safety follow-ups and drug screens (issue 12): clinical acts of a clinician or director. */
const CLINICAL: readonly StaffRole[] = ['CLINICIAN', 'DIRECTOR'];

async function flaggedMeasureAndScreen(ds: DataSource, episodeId: string) {
  const [measure] = await ds.query<{ id: string }[]>(
    `INSERT INTO assessment (episode_id, instrument, instrument_version, answers, administered_by_staff_id,
       score_status, total_score, severity_band, flags)
     VALUES ($1, 'PHQ9', 'probe', '{"9": 1}', $2, 'INCOMPLETE', NULL, NULL, '{SAFETY}') RETURNING id`,
    [episodeId, colleagueId],
  );
  await ds.query(
    `INSERT INTO safety_follow_up (assessment_id, episode_id, risk_level, risk_assessment, plan, who_was_told, recorded_by_staff_id)
     VALUES ($1, $2, 'LOW', 'probe', 'probe', 'probe', $3)`,
    [measure!.id, episodeId, colleagueId],
  );
  const [screen] = await ds.query<{ id: string }[]>(
    `INSERT INTO drug_screen (episode_id, collected_at, method, observed, panel, status, recorded_by_staff_id)
     VALUES ($1, now() - interval '1 day', 'LAB', true, '[{"analyte":"OPIATES","result":"PENDING","expected":false}]',
       'PENDING', $2) RETURNING id`,
    [episodeId, colleagueId],
  );
  return { measureId: measure!.id, screenId: screen!.id };
}

function measureProbes(key: EpisodeKey): Record<string, Probe> {
  return {
    [`Episode.measures, trends, safety flags, measuresDue and drugScreens [${key}]`]: {
      action: 'READ_CHART',
      target: key,
      run: async (caller, b, ds) => {
        const { measureId, screenId } = await flaggedMeasureAndScreen(ds, ep(b, key).id);
        const res = await caller.gql<{
          episode: {
            measures: { id: string; safetyFollowUp: { id: string } | null }[];
            drugScreens: { id: string }[];
          };
        }>(
          `query ($id: ID!) { episode(id: $id) {
             measures { id totalLoinc bamSubscales { use } safetyFollowUp { id recordedBy { id } } administeredBy { id } }
             measureTrends { instrument points { id } } openSafetyFlags { id } measuresDue { instrument }
             drugScreens { id recordedBy { id } panel { analyte } } } }`,
          { id: ep(b, key).id },
        );
        const m = res.data?.episode?.measures.find((x) => x.id === measureId);
        const seen =
          !!m?.safetyFollowUp && !!res.data?.episode?.drugScreens.some((x) => x.id === screenId);
        return readOutcome(res, seen);
      },
    },
    [`administerMeasure (an answer out of range) [${key}]`]: {
      action: 'EDIT_CHART',
      target: key,
      roles: CLINICAL,
      run: async (caller, b) => {
        const res = await caller.gql(
          `mutation ($input: AdministerMeasureInput!) { administerMeasure(input: $input) { id } }`,
          { input: { episodeId: ep(b, key).id, instrument: 'PHQ9', answers: { '1': 9 } } },
        );
        return outcome(res, answered(res));
      },
    },
    [`recordSafetyFollowUp (no risk assessment) [${key}]`]: {
      action: 'EDIT_CHART',
      target: key,
      roles: CLINICAL,
      run: async (caller, b, ds) => {
        const { measureId } = await flaggedMeasureAndScreen(ds, ep(b, key).id);
        const res = await caller.gql(
          `mutation ($input: RecordSafetyFollowUpInput!) { recordSafetyFollowUp(input: $input) { id } }`,
          {
            input: {
              assessmentId: measureId,
              riskLevel: 'LOW',
              riskAssessment: '',
              plan: 'p',
              whoWasTold: 'w',
            },
          },
        );
        return outcome(res, answered(res));
      },
    },
    [`recordDrugScreen (empty panel) [${key}]`]: {
      action: 'EDIT_CHART',
      target: key,
      roles: CLINICAL,
      run: async (caller, b) => {
        const res = await caller.gql(
          `mutation ($input: RecordDrugScreenInput!) { recordDrugScreen(input: $input) { id } }`,
          {
            input: {
              episodeId: ep(b, key).id,
              collectedAt: new Date().toISOString(),
              method: 'LAB',
              observed: true,
              panel: [],
            },
          },
        );
        return outcome(res, answered(res));
      },
    },
    [`completeDrugScreen (stale version) [${key}]`]: {
      action: 'EDIT_CHART',
      target: key,
      roles: CLINICAL,
      run: async (caller, b, ds) => {
        const { screenId } = await flaggedMeasureAndScreen(ds, ep(b, key).id);
        const res = await caller.gql(
          `mutation ($input: CompleteDrugScreenInput!) { completeDrugScreen(input: $input) { __typename } }`,
          {
            input: {
              id: screenId,
              version: 9999,
              results: [{ analyte: 'OPIATES', result: 'NEGATIVE' }],
            },
          },
        );
        return outcome(res, answered(res));
      },
    },
  };
}

/** A note by a colleague on a session of the episode (ended `daysAgo` days ago), attended. */
async function noteFor(
  ds: DataSource,
  episodeId: string,
  status: 'DRAFT' | 'PENDING_COSIGN' | 'SIGNED',
  daysAgo = 0,
) {
  const { id: sessionId } = await sessionFor(ds, episodeId);
  if (daysAgo) {
    await ds.query(
      `UPDATE clinical_session SET starts_at = now() - make_interval(days => $2) - interval '2 hours',
         ends_at = now() - make_interval(days => $2) - interval '1 hour', status = 'HELD' WHERE id = $1`,
      [sessionId, daysAgo],
    );
    await ds.query(
      `INSERT INTO attendance (session_id, episode_id, client_id, status, minutes, recorded_by_id)
       SELECT $1, e.id, e.client_id, 'PRESENT', 60, $3 FROM episode e WHERE e.id = $2`,
      [sessionId, episodeId, colleagueId],
    );
  }
  const [note] = await ds.query<{ id: string }[]>(
    `INSERT INTO progress_note (session_id, episode_id, author_staff_id, format, sections, status, due_at,
       signed_at, cosigner_staff_id, cosigned_at)
     SELECT $1, $2, $3, 'DAP', '{"data":"probe"}', $4, cs.ends_at + interval '72 hours',
       CASE WHEN $4 <> 'DRAFT' THEN now() END, CASE WHEN $4 = 'SIGNED' THEN $3::uuid END,
       CASE WHEN $4 = 'SIGNED' THEN now() END
     FROM clinical_session cs WHERE cs.id = $1 RETURNING id`,
    [sessionId, episodeId, colleagueId, status],
  );
  if (status === 'SIGNED') {
    await ds.query(
      `INSERT INTO progress_note_amendment (note_id, author_staff_id, reason, text) VALUES ($1, $2, 'probe', 'probe')`,
      [note!.id, colleagueId],
    );
  }
  return { sessionId, noteId: note!.id };
}

/** Progress notes and counseling notes of one episode (issue 12). */
function noteProbes(key: EpisodeKey): Record<string, Probe> {
  return {
    [`Episode.progressNotes, sections, amendments, author and cosigner [${key}]`]: {
      action: 'READ_CHART',
      target: key,
      run: async (caller, b, ds) => {
        const { noteId } = await noteFor(ds, ep(b, key).id, 'SIGNED');
        const res = await caller.gql<{
          episode: { progressNotes: { id: string; amendments: { id: string }[] }[] };
        }>(
          `query ($id: ID!) { episode(id: $id) { progressNotes {
             id sections { section text } amendments { id author { id } } author { id } cosigner { id } } } }`,
          { id: ep(b, key).id },
        );
        const note = res.data?.episode?.progressNotes.find((n) => n.id === noteId);
        return readOutcome(res, !!note?.amendments.length);
      },
    },
    [`Client.progressNotes lists the note with its author [${key}]`]: {
      action: 'READ_CHART',
      target: key,
      run: async (caller, b, ds) => {
        const { noteId } = await noteFor(ds, ep(b, key).id, 'SIGNED');
        const res = await caller.gql<{ client: { progressNotes: { notes: { id: string }[] } } }>(
          `query ($id: ID!) { client(id: $id) { progressNotes(first: 100) { notes { id author { id } } } } }`,
          { id: b.clientId },
        );
        return readOutcome(
          res,
          !!res.data?.client?.progressNotes.notes.some((n) => n.id === noteId),
        );
      },
    },
    [`sessionNotes [${key}]`]: {
      action: 'READ_CHART',
      target: key,
      run: async (caller, b, ds) => {
        const { sessionId, noteId } = await noteFor(ds, ep(b, key).id, 'DRAFT');
        const res = await caller.gql<{
          sessionNotes: { lines: { note: { id: string } | null }[] };
        }>(
          `query ($id: ID!) { sessionNotes(sessionId: $id) { lines { note { id amendments { id } } } } }`,
          { id: sessionId },
        );
        return readOutcome(res, !!res.data?.sessionNotes.lines.some((l) => l.note?.id === noteId));
      },
    },
    [`saveProgressNote (stale version) [${key}]`]: {
      action: 'EDIT_CHART',
      target: key,
      run: async (caller, b, ds) => {
        const { sessionId } = await noteFor(ds, ep(b, key).id, 'DRAFT');
        const res = await caller.gql(
          `mutation ($input: SaveProgressNoteInput!) { saveProgressNote(input: $input) { __typename } }`,
          {
            input: {
              sessionId,
              episodeId: ep(b, key).id,
              version: 9999,
              format: 'DAP',
              sections: [],
            },
          },
        );
        return outcome(res, answered(res));
      },
    },
    [`signProgressNote (stale version) [${key}]`]: {
      action: 'EDIT_CHART',
      target: key,
      run: async (caller, b, ds) => {
        const { noteId } = await noteFor(ds, ep(b, key).id, 'DRAFT');
        const res = await caller.gql(
          `mutation ($input: NoteVersionInput!) { signProgressNote(input: $input) { __typename } }`,
          { input: { id: noteId, version: 9999 } },
        );
        return outcome(res, answered(res));
      },
    },
    [`cosignProgressNote (stale version) [${key}]`]: {
      action: 'EDIT_CHART',
      target: key,
      run: async (caller, b, ds) => {
        const { noteId } = await noteFor(ds, ep(b, key).id, 'PENDING_COSIGN');
        const res = await caller.gql(
          `mutation ($input: NoteVersionInput!) { cosignProgressNote(input: $input) { __typename } }`,
          { input: { id: noteId, version: 9999 } },
        );
        return outcome(res, answered(res));
      },
    },
    [`amendProgressNote (a draft) [${key}]`]: {
      action: 'EDIT_CHART',
      target: key,
      run: async (caller, b, ds) => {
        const { noteId } = await noteFor(ds, ep(b, key).id, 'DRAFT');
        const res = await caller.gql(
          `mutation ($input: AmendProgressNoteInput!) { amendProgressNote(input: $input) { id } }`,
          { input: { id: noteId, reason: 'r', text: 't' } },
        );
        return outcome(res, answered(res));
      },
    },
    [`notesToCosign [${key}]`]: {
      action: 'READ_CHART',
      target: key,
      roles: ['DIRECTOR'],
      run: async (caller, b, ds) => {
        const { noteId } = await noteFor(ds, ep(b, key).id, 'PENDING_COSIGN');
        const res = await caller.gql<{ notesToCosign: { noteId: string }[] }>(
          `{ notesToCosign { noteId clientName } }`,
        );
        // The worklist shows the longest-waiting first, a page at a time: take this probe's note
        // off it again so that the next probes' notes are on the first page.
        await ds.query(`DELETE FROM progress_note WHERE id = $1`, [noteId]);
        return readOutcome(res, !!res.data?.notesToCosign.some((n) => n.noteId === noteId));
      },
    },
    [`notesOverdue [${key}]`]: {
      action: 'READ_CHART',
      target: key,
      roles: ['DIRECTOR'],
      run: async (caller, b, ds) => {
        const { noteId } = await noteFor(ds, ep(b, key).id, 'DRAFT', 5);
        const res = await caller.gql<{ notesOverdue: { items: { noteId: string }[] } }>(
          `{ notesOverdue { totalCount items { noteId clientName } } }`,
        );
        await ds.query(`DELETE FROM progress_note WHERE id = $1`, [noteId]);
        return readOutcome(res, !!res.data?.notesOverdue.items.some((n) => n.noteId === noteId));
      },
    },
    [`saveCounselingNote (blank) [${key}]`]: {
      action: 'EDIT_CHART',
      target: key,
      run: async (caller, b) => {
        const res = await caller.gql(
          `mutation ($input: SaveCounselingNoteInput!) { saveCounselingNote(input: $input) { id } }`,
          { input: { episodeId: ep(b, key).id, text: ' ' } },
        );
        return outcome(res, answered(res));
      },
    },
  };
}

/** Crisis contacts (issue 14): naming a client as the caller is its own grant; following up edits the chart. */
function crisisProbes(key: EpisodeKey): Record<string, Probe> {
  // Naming a caller holds in treatment and aftercare only: every fixture's earlier episode has
  // ended, so those probes run on the current one (crisis.int.test refuses an ended episode).
  const naming: Record<string, Probe> = {
    [`crisisCallerMatches [${key}]`]: {
      action: 'IDENTIFY_CRISIS_CALLER',
      target: key,
      roles: ['CLINICIAN', 'CASE_MANAGER', 'DIRECTOR'],
      run: async (caller, b, ds) => {
        const res = await caller.gql<{ crisisCallerMatches: { episodeId: string }[] }>(
          `query ($p: ID!, $q: String!) { crisisCallerMatches(programId: $p, search: $q) { episodeId displayName } }`,
          { p: programs.P, q: await lastNameOf(ds, b.clientId) },
        );
        return readOutcome(
          res,
          !!res.data?.crisisCallerMatches.some((m) => m.episodeId === ep(b, key).id),
        );
      },
    },
    [`logCrisisContact (high risk, nothing done) [${key}]`]: {
      action: 'IDENTIFY_CRISIS_CALLER',
      target: key,
      roles: ['CLINICIAN', 'CASE_MANAGER', 'DIRECTOR'],
      run: async (caller, b) => {
        const res = await caller.gql(
          `mutation ($input: LogCrisisContactInput!) { logCrisisContact(input: $input) { id } }`,
          {
            input: {
              programId: programs.P,
              episodeId: ep(b, key).id,
              occurredAt: new Date().toISOString(),
              caller: 'CLIENT',
              riskLevel: 'HIGH',
              actions: [],
            },
          },
        );
        return outcome(res, answered(res));
      },
    },
  };
  return {
    ...(key === 'current' ? naming : {}),
    [`completeCrisisFollowUp [${key}]`]: {
      action: 'EDIT_CHART',
      target: key,
      run: async (caller, b, ds) => {
        const [contact] = await ds.query<{ id: string }[]>(
          `INSERT INTO crisis_contact (program_id, episode_id, client_id, occurred_at, caller, risk_level,
             actions, logged_by_staff_id, follow_up_due_on)
           SELECT e.program_id, e.id, e.client_id, now(), 'CLIENT', 'LOW', '{}', $2, current_date
           FROM episode e WHERE e.id = $1 RETURNING id`,
          [ep(b, key).id, colleagueId],
        );
        const res = await caller.gql(
          `mutation ($input: CompleteCrisisFollowUpInput!) { completeCrisisFollowUp(input: $input) { id } }`,
          { input: { episodeId: ep(b, key).id, id: contact!.id } },
        );
        return outcome(res, answered(res));
      },
    },
  };
}

/**
 * The director's aftercare figures (issue 14): over the programs the caller directs and the
 * charts they may read. Each probe puts the target's discharge on a day of its own (probes run one
 * at a time) and puts it back, so the figure counts it or not by access alone.
 */
async function dischargedAlone(ds: DataSource, b: Built, key: EpisodeKey) {
  const r = await dischargeRecords(ds, b, key);
  await ds.query(`UPDATE discharge SET discharged_at = '2003-03-03T20:00:00Z' WHERE id = $1`, [
    r.dischargeId,
  ]);
  return {
    ...r,
    restore: () =>
      ds.query(`UPDATE discharge SET discharged_at = now() WHERE id = $1`, [r.dischargeId]),
  };
}
const ALONE_DAY = { from: '2003-03-03', to: '2003-03-03' };

function aftercareFigureProbes(key: EpisodeKey): Record<string, Probe> {
  const probes: Record<string, Probe> = {
    [`outcomeFigures [${key}]`]: {
      action: 'READ_CHART',
      target: key,
      roles: ['DIRECTOR'],
      run: async (caller, b, ds) => {
        const r = await dischargedAlone(ds, b, key);
        const res = await caller.gql<{ outcomeFigures: { discharges: number } }>(
          `query ($from: LocalDate!, $to: LocalDate!) { outcomeFigures(from: $from, to: $to) { discharges } }`,
          ALONE_DAY,
        );
        await r.restore();
        return readOutcome(res, res.data?.outcomeFigures.discharges === 1);
      },
    },
    [`outcomeFigureClients [${key}]`]: {
      action: 'READ_CHART',
      target: key,
      roles: ['DIRECTOR'],
      run: async (caller, b, ds) => {
        const r = await dischargedAlone(ds, b, key);
        const res = await caller.gql<{ outcomeFigureClients: { rows: { dischargeId: string }[] } }>(
          `query ($from: LocalDate!, $to: LocalDate!) {
             outcomeFigureClients(figure: DISCHARGES, from: $from, to: $to) { rows { dischargeId clientName } } }`,
          ALONE_DAY,
        );
        await r.restore();
        return readOutcome(
          res,
          !!res.data?.outcomeFigureClients.rows.some((row) => row.dischargeId === r.dischargeId),
        );
      },
    },
  };
  if (key === 'current') {
    // Follow-up work is listed for episodes in aftercare only (the fixtures' earlier stays ended).
    probes[`followUpFigures [${key}]`] = {
      action: 'READ_CHART',
      target: key,
      roles: ['DIRECTOR'],
      statuses: ['DISCHARGED', 'FOLLOW_UP'],
      run: async (caller, b, ds) => {
        const r = await dischargeRecords(ds, b, key);
        await ds.query(`UPDATE discharge SET outreach_flagged_at = now() WHERE id = $1`, [
          r.dischargeId,
        ]);
        const res = await caller.gql<{
          followUpFigures: { rows: { kind: string; episodeId: string }[] };
        }>(`{ followUpFigures { rows { kind episodeId clientName } } }`);
        await ds.query(`UPDATE discharge SET outreach_flagged_at = NULL WHERE id = $1`, [
          r.dischargeId,
        ]);
        return readOutcome(
          res,
          !!res.data?.followUpFigures.rows.some(
            (row) => row.kind === 'OUTREACH' && row.episodeId === r.episodeId,
          ),
        );
      },
    };
  }
  return probes;
}

const allProbes: Record<string, Probe> = {
  ...probes,
  ...groupProbes('current'),
  ...groupProbes('earlier'),
  ...measureProbes('current'),
  ...measureProbes('earlier'),
  ...episodeProbes('current'),
  ...episodeProbes('earlier'),
  ...planMutationProbes('current'),
  ...planMutationProbes('earlier'),
  ...referralProbes('current'),
  ...referralProbes('earlier'),
  ...dischargeProbes('current'),
  ...dischargeProbes('earlier'),
  ...disclosureProbes,
  ...fhirExportProbes,
  ...noteProbes('current'),
  ...noteProbes('earlier'),
  ...crisisProbes('current'),
  ...crisisProbes('earlier'),
  ...aftercareFigureProbes('current'),
  ...aftercareFigureProbes('earlier'),
};

/**
 * Operations that reach no single client's record, or are judged elsewhere, and why. Every other
 * Query and Mutation field of the schema must have a probe above (a test fails otherwise).
 */
const notProbedHere: Record<string, string> = {
  communityResources:
    'no client data: the program’s resource directory (community-resource tests, by role)',
  createCommunityResource: 'no client data (community-resource tests, by role)',
  updateCommunityResource: 'no client data (community-resource tests, by role)',
  verifyCommunityResource: 'no client data (community-resource tests, by role)',
  signIn: 'no client data',
  myApiTokens: 'no client data: the caller’s own tokens (api-token tests)',
  createApiToken: 'no client data: the caller’s own tokens (api-token tests)',
  revokeApiToken: 'no client data: the caller’s own tokens (api-token tests)',
  signOut: 'no client data',
  me: 'no client data',
  passwordLink:
    'no client data: whose a set-password link is, to its holder (password-reset tests)',
  setPasswordWithLink: 'no client data: public, the link is the credential (password-reset tests)',
  requestPasswordReset:
    'no client data: public, answers the same for any email (password-reset tests)',
  mySessions: 'no client data: the caller’s own sessions (my-account tests)',
  changeMyPassword: 'no client data: the caller’s own password (my-account tests)',
  signOutSession: 'no client data: only the caller’s own sessions (my-account tests)',
  signOutEverywhere: 'no client data: the caller’s own sessions (my-account tests)',
  programs: 'no client data',
  correctGoalProgress:
    'authorized by the goal’s episode through the same requireTarget as recordGoalProgress (probed)',
  voidGoalProgress:
    'authorized by the goal’s episode through the same requireTarget as recordGoalProgress (probed)',
  verifyAuditChain: 'checks the audit chain’s integrity; returns no client record',
  staffMembers: 'no client data',
  openInquiry: 'probed (program level)',
  possibleDuplicates:
    'program-level like openInquiry (AuthorizesTarget PROGRAM); refusals and audit in episode/intake.int.test.ts',
  changeLevelOfCare:
    'authorized by the episode (AuthorizesTarget EPISODE) like transitionEpisode; roles in episode/discharge-and-level-of-care.int.test.ts',
  breakGlassAccesses: 'directors’ list of grants; per-grant visibility in episode-access tests',
  directorDashboard: 'aggregate figures over the scoped population (dashboard tests)',
  dashboardClients: 'drill-down lists over the same scoped population (dashboard tests)',
  myWorklist: 'the clinician’s own episodes, judged per episode (dashboard tests)',
  myAftercareWork:
    'the caller’s own aftercare episodes, judged per episode in SQL (discharge/discharge.int.test.ts)',
  planReviewsDue: 'judged per episode in SQL (treatment-plan tests)',
  signPlan: 'who may sign as which signer is its own rule (supervisor-signature tests)',
  sessionRoster: 'FACILITATES_GROUP: probed below (facilitators) and in attendance tests',
  recordAttendance: 'FACILITATES_GROUP: probed below (facilitators) and in attendance tests',
  mySessionsToday: 'the caller’s own sessions; counts only, no client data',
  mySessionsInWeek: 'the caller’s own sessions, no client data (attendance tests)',
  belowWeeklyHours: 'over the scoped population like the dashboard (weekly-hours tests)',
  billableDaysCsv: 'over the scoped population like the dashboard (weekly-hours tests)',
  // Programs themselves, never a client's record: every role × each of these, from the domain's
  // program-administration grants, in program/program-settings.int.test.ts.
  managedPrograms: 'program administration, no client data (program-settings tests, by role)',
  programSettingsHistory:
    'program administration, no client data (program-settings tests, by role)',
  createProgram: 'program administration, no client data (program-settings tests, by role)',
  renameProgram: 'program administration, no client data (program-settings tests, by role)',
  updateProgramSettings:
    'program administration, no client data (program-settings tests, by role); moves review dates only',
  completeSignIn: 'no client data: the second step of signing in (mfa/mfa.int.test.ts)',
  startMfaEnrolment: 'no client data: the caller’s own authenticator (mfa/mfa.int.test.ts)',
  confirmMfaEnrolment: 'no client data: the caller’s own authenticator (mfa/mfa.int.test.ts)',
  regenerateMfaRecoveryCodes: 'no client data: the caller’s own recovery codes (mfa tests)',
  disableMfa: 'no client data: the caller’s own authenticator (mfa/mfa.int.test.ts)',
  resetStaffMfa:
    'no client data: a staff account, ADMIN only; every other role refused in mfa/mfa.int.test.ts',
  // Staff administration (ADMINISTER): accounts and roles, never a client record; every role ×
  // every operation in staff-admin/staff-account.int.test.ts (only ADMIN passes).
  staffAccounts: 'no client data (staff-admin tests)',
  staffAccount: 'no client data (staff-admin tests)',
  createStaffAccount: 'no client data (staff-admin tests)',
  updateStaffAccount: 'no client data (staff-admin tests)',
  deactivateStaffAccount: 'no client data (staff-admin tests)',
  reactivateStaffAccount: 'no client data (staff-admin tests)',
  grantStaffRole: 'no client data; a DIRECTOR cannot grant ADMIN (staff-admin tests)',
  revokeStaffRole: 'no client data (staff-admin tests)',
  issueStaffPasswordLink: 'no client data (staff-admin tests)',
  setupStatus: 'public; says only whether an active administrator exists',
  runRandomScreeningPick:
    'a program’s weekly pick, DIRECTOR of that program only; every other role refused in drug-screen/drug-screen.int.test.ts',
  randomScreeningPick:
    'a program’s weekly pick, DIRECTOR of that program only; the picked episodes through the scoped loader',
  careTeamReassignments:
    'directors’ list of episodes through the scoped episode loader (each checked and audited); ' +
    'refused to ADMIN, empty for other roles (staff-admin tests)',
  // Groups themselves (names, schedules, fill) are not client data; who may change them (a
  // director of the program, or a facilitator) is tested in group/group.int.test.ts. Their
  // members are client data: probed above (group(id) { members }, enrollClient, endEnrollment).
  groups: 'no client data: the program’s groups (group tests)',
  createGroup: 'no client data: director or facilitating clinician (group tests)',
  updateGroup: 'no client data: director or facilitator of the group (group tests)',
  addGroupScheduleException: 'no client data: director or facilitator (group tests)',
  removeGroupScheduleException:
    'no client data: director or facilitator (schedule exception tests)',
  generateGroupSessions: 'no client data: the program’s group sessions (group tests)',
  myCounselingNotes:
    'the caller’s own counseling notes only, whatever their role; nobody else’s (progress-note tests)',
  myOverdueNotes:
    'the caller’s own notes and sessions, each also judged per episode (progress-note tests)',
  saveGroupNote: 'FACILITATES_GROUP: probed below (facilitators) and in progress-note tests',
  // The crisis line's roster names staff, never a client (crisis/crisis.int.test.ts, by role).
  onCallNow: 'no client data: who answers the crisis line (crisis tests)',
  onCallRoster: 'no client data: the program’s on-call roster (crisis tests)',
  addOnCallShift: 'no client data: director of the program only (crisis tests)',
  updateOnCallShift: 'no client data: director of the program only (crisis tests)',
  removeOnCallShift: 'no client data: director of the program only (crisis tests)',
  myCrisisFollowUps:
    'the caller’s own clients’ contacts, judged per episode in SQL like myWorklist (crisis tests)',
  updateNotePolicy:
    'no client data: the program’s note rules, DIRECTOR or ADMIN of the program (progress-note/note-policy tests)',
  communityResourcesCsv:
    'no client data: the directory as CSV, DIRECTOR only (community-resource-exchange tests, by role)',
  importCommunityResources:
    'no client data: the directory from CSV, DIRECTOR only (community-resource-exchange tests, by role)',
  referralWorklist:
    'the caller’s caseload or programs, judged per episode in SQL (referral/referral-worklist tests)',
  resourcesToReverify:
    'no client data: flagged directory entries of the programs where the caller holds MANAGE_RESOURCES (jobs/resource-jobs tests, by role)',
  referralCompletion:
    'aggregates only, over episodeCondition in the programs the caller directs, like outcomeFigures (referral/referral-completion tests)',
  referralCompletionReferrals:
    'READ_CHART over episodeCondition in the programs the caller directs, each referral audited (referral/referral-completion tests: a clinician and a director of another program see none)',
};

let server: TestServer;
let programs: { P: string; Q: string };
let colleagueId: string;
const viewers = new Map<StaffRole, { id: string; caller: Caller; token: Caller }>();
const built = new Map<string, Built>();

async function build(ds: DataSource, viewerId: string, fixture: Fixture): Promise<Built> {
  const client = await ds.getRepository(Client).save({
    firstName: 'Matrix',
    lastName: `Client ${Math.random().toString(36).slice(2, 10)}`,
    dateOfBirth: '1990-05-17',
  });
  const result: Built = { clientId: client.id, episodes: {} };
  for (const key of ['earlier', 'current'] as const) {
    const spec = fixture.episodes[key];
    if (!spec) continue;
    // Someone on the care team in every treated stay; the viewer only where the fixture says.
    const clinician = spec.me === 'clinician' ? viewerId : spec.admitted ? colleagueId : null;
    const episode = await createTestEpisode(ds, client.id, {
      programId: programs[spec.program],
      status: spec.status,
      actorStaffId: colleagueId,
      primaryClinicianId: clinician,
      caseManagerId: spec.me === 'case manager' ? viewerId : null,
      openedDaysAgo: key === 'earlier' ? 300 : 20,
      admitted: spec.admitted,
      endedDaysAgo: spec.endedDaysAgo,
    });
    const records = await createTestEpisodeRecords(
      ds,
      episode.id,
      colleagueId,
      spec.plan ? { status: spec.plan } : null,
    );
    result.episodes[key] = { id: episode.id, version: episode.version, ...records };
  }
  if (fixture.breakGlass) {
    await ds.query(
      `INSERT INTO break_glass_grant (staff_id, client_id, reason, granted_at, expires_at)
       VALUES ($1, $2, 'matrix test', now() - interval '2 hours',
         now() + CASE WHEN $3 THEN interval '1 hour' ELSE interval '-1 hour' END)`,
      [viewerId, client.id, fixture.breakGlass === 'active'],
    );
  }
  return result;
}

/**
 * What the policy says, per the domain's own definition of how a viewer (with one role, in P)
 * stands to each episode.
 */
function expected(role: StaffRole, fixture: Fixture, probe: Probe): boolean {
  if (probe.roles && !probe.roles.includes(role)) return false;
  const now = new Date();
  const judged = (spec: EpisodeSpec) => {
    const relationships: Relationship[] = episodeRelationships(
      { staffId: 'viewer', programId: 'P', emergencyAccess: fixture.breakGlass === 'active' },
      {
        programId: spec.program,
        status: spec.status,
        primaryClinicianId: spec.me === 'clinician' ? 'viewer' : 'colleague',
        caseManagerId: spec.me === 'case manager' ? 'viewer' : null,
        endedAt:
          spec.endedDaysAgo === undefined
            ? null
            : new Date(now.getTime() - spec.endedDaysAgo * 86_400_000),
      },
      WINDOW_DAYS,
      now,
    );
    return { relationships, phase: episodePhase(spec.status), admitted: spec.admitted };
  };
  if (probe.target === 'client') {
    const episodes = Object.values(fixture.episodes).map(judged);
    return clientAllows(role, episodes, probe.action);
  }
  const key = probe.target === 'program' ? 'current' : probe.target;
  const e = judged(fixture.episodes[key]!);
  return isAllowed(role, e.relationships, probe.action, e.phase, e.admitted);
}

beforeAll(async () => {
  server = await startTestServer();
  const ds = server.database.dataSource;
  programs = {
    P: (await createTestProgram(ds, { careTeamReadDaysAfterDischarge: WINDOW_DAYS })).id,
    Q: (await createTestProgram(ds)).id,
  };
  colleagueId = (await createTestStaff(ds, [{ programId: programs.P, role: 'CLINICIAN' }])).id;
  for (const role of Object.values(StaffRole)) {
    const staff = await createTestStaff(ds, [{ programId: programs.P, role }]);
    viewers.set(role, {
      id: staff.id,
      caller: await server.as(staff),
      token: await tokenCaller(ds, staff.id),
    });
    for (const [name, fixture] of Object.entries(fixtures)) {
      built.set(`${role}:${name}`, await build(ds, staff.id, fixture));
    }
  }
}, 120_000);
afterAll(() => server?.close());

/** A caller using a READ_WRITE personal API token of this member of staff (no cookie). */
async function tokenCaller(ds: DataSource, staffId: string): Promise<Caller> {
  const secret = `wpt_matrix_${randomBytes(16).toString('hex')}`;
  await ds.query(
    `INSERT INTO api_token (staff_id, name, token_hash, prefix, scope) VALUES ($1, 'matrix', $2, 'wpt_matrix', 'READ_WRITE')`,
    [staffId, hashToken(secret)],
  );
  return {
    cookie: undefined,
    gql: (query, variables, headers = {}) =>
      server.anonymous.gql(query, variables, { authorization: `Bearer ${secret}`, ...headers }),
  };
}

const cases = Object.values(StaffRole).flatMap((role) =>
  Object.entries(fixtures).flatMap(([fixtureName, fixture]) =>
    Object.entries(allProbes)
      .filter(([, probe]) => {
        if (probe.target !== 'earlier' && probe.target !== 'current') return true;
        const plan = fixture.episodes[probe.target]?.plan;
        if (!fixture.episodes[probe.target]) return false;
        if (probe.statuses && !probe.statuses.includes(fixture.episodes[probe.target]!.status)) {
          return false;
        }
        return !probe.needsPlan || (probe.needsPlan === 'ACTIVE' ? plan === 'ACTIVE' : !!plan);
      })
      .map(([path, probe]) => ({
        role,
        fixtureName,
        fixture,
        path,
        probe,
        want: expected(role, fixture, probe) ? ('allowed' as const) : ('refused' as const),
      })),
  ),
);

describe('authorization matrix', () => {
  it('probes every operation of the schema, or says why not', () => {
    const schema = buildSchema(
      readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8'),
    );
    const operations = [schema.getQueryType()!, schema.getMutationType()!].flatMap((t) =>
      Object.keys(t.getFields()),
    );
    const probed = new Set(Object.keys(allProbes).map((path) => /^[A-Za-z]+/.exec(path)![0]));
    const missing = operations.filter((op) => !probed.has(op) && !(op in notProbedHere));
    expect(missing).toEqual([]);
  });

  it('covers every role, kind of client and path to client data, with both outcomes', () => {
    const roles = new Set(cases.map((c) => c.role));
    const paths = new Set(cases.map((c) => c.path));
    expect(roles.size).toBe(5);
    expect(paths.size).toBe(Object.keys(allProbes).length);
    // Every path is seen both allowed and refused somewhere, so no probe passes by always failing.
    for (const path of paths) {
      const outcomes = new Set(cases.filter((c) => c.path === path).map((c) => c.want));
      expect([path, [...outcomes].sort()]).toEqual([path, ['allowed', 'refused']]);
    }
    expect(cases.length).toBeGreaterThan(1000);
  });

  it.each(cases.map((c) => [`${c.role} · ${c.fixtureName} · ${c.path} → ${c.want}`, c] as const))(
    '%s',
    async (_name, c) => {
      const ds = server.database.dataSource;
      const viewer = viewers.get(c.role)!;
      const b = c.probe.fresh
        ? await build(ds, viewer.id, c.fixture)
        : built.get(`${c.role}:${c.fixtureName}`)!;
      expect(await c.probe.run(viewer.caller, b, ds)).toBe(c.want);
    },
  );
});

/**
 * Personal API tokens (issue 16): a READ_WRITE token gets exactly its owner's outcome on every
 * path, for the fixtures of a current episode (the ones that change access are left out: their
 * grant would be made twice).
 */
describe('authorization matrix: API tokens act as their owner, never beyond', () => {
  const tokenFixtures = new Set(Object.keys(fixtures).slice(0, 4));
  const tokenCases = cases.filter((c) => !c.probe.fresh && tokenFixtures.has(c.fixtureName));
  it('covers both outcomes', () => {
    expect(new Set(tokenCases.map((c) => c.want))).toEqual(new Set(['allowed', 'refused']));
  });
  it.each(
    tokenCases.map((c) => [`${c.role} · ${c.fixtureName} · ${c.path} → ${c.want}`, c] as const),
  )('token: %s', async (_name, c) => {
    const viewer = viewers.get(c.role)!;
    const b = built.get(`${c.role}:${c.fixtureName}`)!;
    expect(await c.probe.run(viewer.token, b, server.database.dataSource)).toBe(c.want);
  });
});

/**
 * FACILITATES_GROUP (issue 11): a facilitator reads and records the attendance of their groups'
 * members and nothing else of those charts; the relationship is per episode and per current
 * facilitation, so a former facilitator and a returning client's later stay get nothing from it.
 */
describe('authorization matrix: group facilitators', () => {
  let server: TestServer;
  let ds: DataSource;
  let facilitator: Caller;
  let former: Caller;
  let sessionId: string;
  let member: { id: string; clientId: string };
  let returning: { earlier: { id: string }; current: { id: string }; clientId: string };

  const ROSTER = `query ($id: ID!) { sessionRoster(sessionId: $id) { entries { episodeId } } }`;
  const RECORD = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { __typename } }`;
  const record = (caller: Caller, episodeId: string) =>
    caller.gql(RECORD, {
      input: { sessionId, entries: [{ episodeId, status: 'PRESENT', version: null }] },
    });

  beforeAll(async () => {
    server = await startTestServer();
    ds = server.database.dataSource;
    const program = await createTestProgram(ds);
    const [f, g, clinician] = [
      await createTestStaff(ds, [{ programId: program.id, role: 'CLINICIAN' }]),
      await createTestStaff(ds, [{ programId: program.id, role: 'CLINICIAN' }]),
      await createTestStaff(ds, [{ programId: program.id, role: 'CLINICIAN' }]),
    ];
    const { client, episode } = await createTestClient(ds, {
      programId: program.id,
      primaryClinicianId: clinician.id,
    });
    member = { id: episode.id, clientId: client.id };
    await createTestEpisodeRecords(ds, episode.id, clinician.id, { status: 'ACTIVE' });
    const back = await createTestClient(ds, {
      programId: program.id,
      primaryClinicianId: clinician.id,
    });
    const earlier = await createTestEpisode(ds, back.client.id, {
      programId: program.id,
      status: 'CLOSED',
      actorStaffId: clinician.id,
      primaryClinicianId: clinician.id,
      openedDaysAgo: 200,
      admitted: true,
      endedDaysAgo: 90,
    });
    returning = { earlier, current: back.episode, clientId: back.client.id };
    // The group: f facilitates it now; g did once (no longer on it).
    const groupId = await createTestGroup(ds, program.id, clinician.id, [f.id]);
    await enrol(ds, groupId, clinician.id, [member]);
    await enrol(
      ds,
      groupId,
      clinician.id,
      [{ id: earlier.id, clientId: back.client.id }],
      'COMPLETED',
    );
    sessionId = await createGroupSession(
      ds,
      program.id,
      groupId,
      clinician.id,
      new Date(Date.now() - 86_400_000),
    );
    facilitator = await server.as(f);
    former = await server.as(g);
  });
  afterAll(() => server?.close());

  it('a facilitator not on the caseload reads and records the attendance of a member', async () => {
    const roster = await facilitator.gql<{ sessionRoster: { entries: { episodeId: string }[] } }>(
      ROSTER,
      { id: sessionId },
    );
    expect(roster.errors).toBeUndefined();
    expect(roster.data!.sessionRoster.entries.map((e) => e.episodeId)).toEqual([member.id]);
    const saved = await record(facilitator, member.id);
    expect(saved.errors).toBeUndefined();
  });

  it('…and nothing else of that chart: not the client, not the plan', async () => {
    const chart = await facilitator.gql(`query ($id: ID!) { client(id: $id) { id } }`, {
      id: member.clientId,
    });
    expect(chart.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const plan = await facilitator.gql(
      `query ($id: ID!) { episode(id: $id) { id currentTreatmentPlan { id } } }`,
      {
        id: member.id,
      },
    );
    expect(plan.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a facilitator writes and reads the group note of a member who attended; nothing more', async () => {
    await record(facilitator, member.id);
    const part = {
      episodeId: member.id,
      format: 'DAP',
      sections: [{ section: 'data', text: 'Took part.' }],
    };
    const saved = await facilitator.gql(
      `mutation ($input: SaveGroupNoteInput!) { saveGroupNote(input: $input) { version } }`,
      { input: { sessionId, content: 'Coping skills.', attendees: [part] } },
    );
    expect(saved.errors).toBeUndefined();
    const notes = await facilitator.gql<{ sessionNotes: { lines: { note: { id: string } }[] } }>(
      `query ($id: ID!) { sessionNotes(sessionId: $id) { lines { note { id amendments { id } } } } }`,
      { id: sessionId },
    );
    expect(notes.data!.sessionNotes.lines.map((l) => !!l.note)).toEqual([true]);
    const chartNotes = await facilitator.gql(
      `query ($id: ID!) { episode(id: $id) { progressNotes { id } } }`,
      { id: member.id },
    );
    expect(chartNotes.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const asFormer = await former.gql(
      `mutation ($input: SaveGroupNoteInput!) { saveGroupNote(input: $input) { version } }`,
      { input: { sessionId, version: 1, content: 'x', attendees: [] } },
    );
    expect(asFormer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const formerReads = await former.gql<{ sessionNotes: { lines: unknown[] } }>(
      `query ($id: ID!) { sessionNotes(sessionId: $id) { lines { episodeId } } }`,
      { id: sessionId },
    );
    expect(formerReads.data!.sessionNotes.lines).toEqual([]);
  });

  it('a former facilitator reads and records nothing', async () => {
    const roster = await former.gql(ROSTER, { id: sessionId });
    expect(roster.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const saved = await record(former, member.id);
    expect(saved.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a returning client whose earlier stay was in the group: neither stay is open to the facilitator', async () => {
    expect((await record(facilitator, returning.earlier.id)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await record(facilitator, returning.current.id)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const chart = await facilitator.gql(`query ($id: ID!) { client(id: $id) { id } }`, {
      id: returning.clientId,
    });
    expect(chart.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
