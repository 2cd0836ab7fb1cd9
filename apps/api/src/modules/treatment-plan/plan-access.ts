import type { DataSource, EntityManager } from 'typeorm';
import {
  localDate,
  type CalendarDate,
  type ClientAction,
  type EpisodeStatus,
  type ReviewClockProgram,
  type SignablePlan,
} from '@waypoint/domain';
import { selectColumns } from '../../db/select-columns.js';
import { ConflictError } from '../../graphql/conflict.js';
import { NotFoundError } from '../../graphql/errors.js';
import type { ClientScope } from '../access/client-scope.js';
import type { PlanElementKind, PlanSnapshot } from './plan-diff.js';
import {
  PlanGoal,
  PlanIntervention,
  PlanObjective,
  PlanProblem,
  TreatmentPlan,
} from './treatment-plan.entity.js';

/** Records of an episode outside the plan, authorised the same way (their own episode). */
export type EpisodeRecordKind = 'ASSESSMENT' | 'DRUG_SCREEN';
export type PlanTargetKind = 'EPISODE' | 'PLAN' | PlanElementKind | EpisodeRecordKind;

/** What every plan operation needs to know about the episode it touches. */
export interface EpisodeTarget {
  episodeId: string;
  episodeStatus: EpisodeStatus;
  clientId: string;
  programId: string;
  admittedAt: Date | null;
  openedAt: Date;
  program: ReviewClockProgram;
}

export interface PlanTarget extends EpisodeTarget {
  planId: string;
}

export const recordTypeOf: Record<PlanTargetKind, string> = {
  EPISODE: 'Episode',
  PLAN: 'TreatmentPlan',
  PROBLEM: 'PlanProblem',
  GOAL: 'PlanGoal',
  OBJECTIVE: 'PlanObjective',
  INTERVENTION: 'PlanIntervention',
  ASSESSMENT: 'Assessment',
  DRUG_SCREEN: 'DrugScreen',
};

/** From a record of each kind (alias `x`) up to its plan (`tp`, none for an episode) and episode (`e`). */
const pathOf: Record<PlanTargetKind, { from: string; planId: string | null }> = {
  EPISODE: { from: `episode x JOIN episode e ON e.id = x.id`, planId: null },
  PLAN: { from: `treatment_plan x JOIN episode e ON e.id = x.episode_id`, planId: 'x.id' },
  PROBLEM: {
    from: `plan_problem x JOIN treatment_plan tp ON tp.id = x.plan_id
      JOIN episode e ON e.id = tp.episode_id`,
    planId: 'tp.id',
  },
  GOAL: {
    from: `plan_goal x JOIN plan_problem pp ON pp.id = x.problem_id
      JOIN treatment_plan tp ON tp.id = pp.plan_id JOIN episode e ON e.id = tp.episode_id`,
    planId: 'tp.id',
  },
  OBJECTIVE: {
    from: `plan_objective x JOIN plan_goal pg ON pg.id = x.goal_id
      JOIN plan_problem pp ON pp.id = pg.problem_id JOIN treatment_plan tp ON tp.id = pp.plan_id
      JOIN episode e ON e.id = tp.episode_id`,
    planId: 'tp.id',
  },
  INTERVENTION: {
    from: `plan_intervention x JOIN plan_objective po ON po.id = x.objective_id
      JOIN plan_goal pg ON pg.id = po.goal_id JOIN plan_problem pp ON pp.id = pg.problem_id
      JOIN treatment_plan tp ON tp.id = pp.plan_id JOIN episode e ON e.id = tp.episode_id`,
    planId: 'tp.id',
  },
  ASSESSMENT: { from: `assessment x JOIN episode e ON e.id = x.episode_id`, planId: null },
  DRUG_SCREEN: { from: `drug_screen x JOIN episode e ON e.id = x.episode_id`, planId: null },
};

type PlanKind = Exclude<PlanTargetKind, 'EPISODE' | EpisodeRecordKind>;

/** The episode (and plan) a record belongs to, with its program's clock settings. */
export async function locate(
  manager: DataSource | EntityManager,
  kind: 'EPISODE' | EpisodeRecordKind,
  id: string,
): Promise<EpisodeTarget>;
export async function locate(
  manager: DataSource | EntityManager,
  kind: PlanKind,
  id: string,
): Promise<PlanTarget>;
export async function locate(
  manager: DataSource | EntityManager,
  kind: PlanTargetKind,
  id: string,
): Promise<EpisodeTarget | PlanTarget>;
export async function locate(
  manager: DataSource | EntityManager,
  kind: PlanTargetKind,
  id: string,
): Promise<EpisodeTarget | PlanTarget> {
  const path = pathOf[kind];
  const [row] = await manager.query<(EpisodeTarget & { planId: string | null })[]>(
    `SELECT ${path.planId ?? 'NULL::uuid'} AS "planId", e.id AS "episodeId",
       e.status AS "episodeStatus", e.client_id AS "clientId", e.program_id AS "programId",
       e.admitted_at AS "admittedAt", e.opened_at AS "openedAt",
       json_build_object('timeZone', p.time_zone,
         'planReviewIntervalDays', p.plan_review_interval_days,
         'initialPlanDueDays', p.initial_plan_due_days) AS program
     FROM ${path.from} JOIN program p ON p.id = e.program_id
     WHERE x.id = $1`,
    [id],
  );
  if (!row) throw new NotFoundError(recordTypeOf[kind]);
  const { planId, ...episode } = row;
  return planId === null ? episode : { ...episode, planId };
}

/**
 * Finds the record's episode and refuses (auditing the refusal, naming the record) unless the
 * viewer may perform `action` on THAT episode: a plan of a closed episode is judged by the
 * relationship to the closed episode, whatever the client's current one. Reading is READ_CHART;
 * every change EDIT_CHART.
 */
export async function requireTarget(
  scope: ClientScope,
  action: ClientAction,
  kind: 'EPISODE' | EpisodeRecordKind,
  id: string,
): Promise<EpisodeTarget>;
export async function requireTarget(
  scope: ClientScope,
  action: ClientAction,
  kind: PlanKind,
  id: string,
): Promise<PlanTarget>;
export async function requireTarget(
  scope: ClientScope,
  action: ClientAction,
  kind: PlanTargetKind,
  id: string,
): Promise<EpisodeTarget | PlanTarget>;
export async function requireTarget(
  scope: ClientScope,
  action: ClientAction,
  kind: PlanTargetKind,
  id: string,
): Promise<EpisodeTarget | PlanTarget> {
  const target = await locate(scope.db, kind as PlanKind, id);
  await scope.requireEpisode(
    action,
    { id: target.episodeId, clientId: target.clientId },
    { recordType: recordTypeOf[kind], recordId: id },
  );
  return target;
}

type PlanRow = TreatmentPlan;

/**
 * Locks a plan row for the rest of the transaction. Content edits take SHARE, so editors of
 * different elements do not wait for each other but a status change waits for them (and they
 * for it): content can never change under a plan that is being submitted or signed. Status
 * changes, and changes to the plan's own list of problems, take NO KEY UPDATE.
 */
export async function lockPlan(
  tx: EntityManager,
  planId: string,
  mode: 'SHARE' | 'NO KEY UPDATE',
): Promise<PlanRow> {
  const [plan] = await tx.query<PlanRow[]>(
    `SELECT ${selectColumns(tx.dataSource, TreatmentPlan, 'tp')} FROM treatment_plan tp
     WHERE tp.id = $1 FOR ${mode}`,
    [planId],
  );
  if (!plan) throw new NotFoundError('TreatmentPlan');
  return plan;
}

/** Locks the plan and checks that the caller read its current version. */
export async function lockPlanVersion(
  tx: EntityManager,
  planId: string,
  version: number,
): Promise<PlanRow> {
  const plan = await lockPlan(tx, planId, 'NO KEY UPDATE');
  if (plan.version !== version) throw new ConflictError('TreatmentPlan', plan);
  return plan;
}

/** The program's local date today. */
export function todayAt(target: EpisodeTarget, now = new Date()): CalendarDate {
  return localDate(now, target.program.timeZone);
}

export interface PlanContent extends PlanSnapshot {
  problems: PlanProblem[];
  goals: PlanGoal[];
  objectives: PlanObjective[];
  interventions: PlanIntervention[];
}

/**
 * The content of some plans, four statements whatever their size, each list in plan order
 * (parents' positions first, so flattening keeps the tree's reading order).
 */
export async function loadContent(
  manager: EntityManager | DataSource,
  planIds: string[],
): Promise<Map<string, PlanContent>> {
  const ds = 'dataSource' in manager ? manager.dataSource : manager;
  // One after another: inside a transaction they share one connection.
  const problems = await manager.query<PlanProblem[]>(
    `SELECT ${selectColumns(ds, PlanProblem, 'x')} FROM plan_problem x
     WHERE x.plan_id = ANY($1::uuid[]) ORDER BY x.position, x.id`,
    [planIds],
  );
  const goals = await manager.query<(PlanGoal & { planId: string })[]>(
    `SELECT ${selectColumns(ds, PlanGoal, 'x')}, pp.plan_id AS "planId" FROM plan_goal x
     JOIN plan_problem pp ON pp.id = x.problem_id
     WHERE pp.plan_id = ANY($1::uuid[]) ORDER BY pp.position, pp.id, x.position, x.id`,
    [planIds],
  );
  const objectives = await manager.query<(PlanObjective & { planId: string })[]>(
    `SELECT ${selectColumns(ds, PlanObjective, 'x')}, pp.plan_id AS "planId" FROM plan_objective x
     JOIN plan_goal pg ON pg.id = x.goal_id JOIN plan_problem pp ON pp.id = pg.problem_id
     WHERE pp.plan_id = ANY($1::uuid[])
     ORDER BY pp.position, pp.id, pg.position, pg.id, x.position, x.id`,
    [planIds],
  );
  const interventions = await manager.query<(PlanIntervention & { planId: string })[]>(
    `SELECT ${selectColumns(ds, PlanIntervention, 'x')}, pp.plan_id AS "planId"
     FROM plan_intervention x JOIN plan_objective po ON po.id = x.objective_id
     JOIN plan_goal pg ON pg.id = po.goal_id JOIN plan_problem pp ON pp.id = pg.problem_id
     WHERE pp.plan_id = ANY($1::uuid[])
     ORDER BY pp.position, pp.id, pg.position, pg.id, po.position, po.id, x.position, x.id`,
    [planIds],
  );
  const content = new Map<string, PlanContent>(
    planIds.map((id) => [id, { problems: [], goals: [], objectives: [], interventions: [] }]),
  );
  for (const p of problems) content.get(p.planId)?.problems.push(p);
  for (const { planId, ...g } of goals) content.get(planId)?.goals.push(g);
  for (const { planId, ...o } of objectives) content.get(planId)?.objectives.push(o);
  for (const { planId, ...i } of interventions) content.get(planId)?.interventions.push(i);
  return content;
}

/** The nested shape Rule 4 reads, from flat lists of one plan's elements. */
export function toSignablePlan(content: {
  problems: readonly PlanProblem[];
  goals: readonly PlanGoal[];
  objectives: readonly PlanObjective[];
  interventions: readonly PlanIntervention[];
}): SignablePlan {
  const childrenOf = <T>(items: readonly T[], parentOf: (item: T) => string) => {
    const map = new Map<string, T[]>();
    for (const item of items) map.set(parentOf(item), [...(map.get(parentOf(item)) ?? []), item]);
    return (id: string) => map.get(id) ?? [];
  };
  const goalsOf = childrenOf(content.goals, (g) => g.problemId);
  const objectivesOf = childrenOf(content.objectives, (o) => o.goalId);
  const interventionsOf = childrenOf(content.interventions, (i) => i.objectiveId);
  return {
    problems: content.problems.map((p) => ({
      goals: goalsOf(p.id).map((g) => ({
        objectives: objectivesOf(g.id).map((o) => ({
          measure: o.measure,
          targetDate: o.targetDate,
          interventions: interventionsOf(o.id),
        })),
      })),
    })),
  };
}
