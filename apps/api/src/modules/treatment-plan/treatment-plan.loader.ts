import DataLoader from 'dataloader';
import type { ObjectLiteral } from 'typeorm';
import { SqlParams, type ClientScope } from '../access/client-scope.js';
import { selectColumns } from '../../db/select-columns.js';
import { scopedGroupLoader, type Owned, type ScopedRecordSpec } from '../access/scoped-loader.js';
import {
  GoalProgress,
  PlanGoal,
  PlanIntervention,
  PlanObjective,
  PlanProblem,
  PlanReview,
  PlanSignature,
  TreatmentPlan,
} from './treatment-plan.entity.js';
import { PlanStatusChange } from './status-change.entity.js';

export type { Owned };

/** What an episode's plan fields need: the current version and whether one was ever active. */
export interface PlanState {
  current: Owned<TreatmentPlan> | null;
  anyActivated: boolean;
}

/** A numeric column arrives from PostgreSQL as text (raw SQL skips the entity's transformer). */
export function toProgress<T extends GoalProgress>(row: T): T {
  const value = row.measureValue as unknown;
  return { ...row, measureValue: value === null ? null : Number(value) };
}

/** `FROM … JOIN …` from each element up to its episode (alias `e`), whose access decides. */
export const upToEpisode = {
  plan: `treatment_plan x JOIN episode e ON e.id = x.episode_id`,
  problem: `plan_problem x JOIN treatment_plan tp ON tp.id = x.plan_id
    JOIN episode e ON e.id = tp.episode_id`,
  goal: `plan_goal x JOIN plan_problem pp ON pp.id = x.problem_id
    JOIN treatment_plan tp ON tp.id = pp.plan_id JOIN episode e ON e.id = tp.episode_id`,
  objective: `plan_objective x JOIN plan_goal pg ON pg.id = x.goal_id
    JOIN plan_problem pp ON pp.id = pg.problem_id JOIN treatment_plan tp ON tp.id = pp.plan_id
    JOIN episode e ON e.id = tp.episode_id`,
  intervention: `plan_intervention x JOIN plan_objective po ON po.id = x.objective_id
    JOIN plan_goal pg ON pg.id = po.goal_id JOIN plan_problem pp ON pp.id = pg.problem_id
    JOIN treatment_plan tp ON tp.id = pp.plan_id JOIN episode e ON e.id = tp.episode_id`,
  signature: `plan_signature x JOIN treatment_plan tp ON tp.id = x.plan_id
    JOIN episode e ON e.id = tp.episode_id`,
  review: `plan_review x JOIN treatment_plan tp ON tp.id = x.plan_id
    JOIN episode e ON e.id = tp.episode_id`,
  progress: `goal_progress x JOIN episode e ON e.id = x.episode_id`,
  statusChange: `plan_status_change x JOIN episode e ON e.id = x.episode_id`,
};

/** Children of a plan element, in plan order, through the scope. */
function children<T extends ObjectLiteral & { id: string }>(
  scope: () => ClientScope,
  spec: ScopedRecordSpec<T>,
  keyColumn: string,
  keyProperty: keyof T & string,
  orderBy = 'x.position, x.id',
) {
  return scopedGroupLoader(scope, { ...spec, keyColumn, keyProperty, orderBy });
}

/**
 * Per-request loaders for treatment plans: every level of a plan tree is one query, each row
 * checked against the episode the plan belongs to and recorded as read by the loader itself.
 */
export function createTreatmentPlanLoaders(scope: () => ClientScope) {
  const plan = { entity: TreatmentPlan, recordType: 'TreatmentPlan', from: upToEpisode.plan };
  return {
    /** Every version of an episode's plan, newest first. */
    plansByEpisode: children(scope, plan, 'episode_id', 'episodeId', 'x.version_number DESC'),
    /**
     * Per episode: the version in effect (ACTIVE), or while none is the newest one being written
     * (DRAFT or PENDING_SIGNATURE), and whether any version was ever activated (for the initial
     * plan's clock). One statement serves both fields; only the current version is a record
     * handed out, so only it is recorded as read.
     */
    planStateByEpisode: new DataLoader<string, PlanState>(async (episodeIds) => {
      const s = scope();
      const params = new SqlParams([episodeIds]);
      const rows = await s.db.query<
        (Owned<TreatmentPlan> & { stateOf: string; activated: boolean })[]
      >(
        `SELECT e.id AS "stateOf", e.client_id AS "clientId", cur.*,
           EXISTS (SELECT 1 FROM treatment_plan a
                   WHERE a.episode_id = e.id AND a.activated_at IS NOT NULL) AS activated
         FROM episode e
         LEFT JOIN LATERAL (
           SELECT ${selectColumns(s.db, TreatmentPlan, 'x')} FROM treatment_plan x
           WHERE x.episode_id = e.id AND x.status IN ('ACTIVE', 'DRAFT', 'PENDING_SIGNATURE')
           ORDER BY (x.status = 'ACTIVE') DESC, x.version_number DESC LIMIT 1
         ) cur ON true
         WHERE e.id = ANY($1::uuid[]) AND ${s.episodeCondition('READ_CHART', params)}`,
        params.values,
      );
      const byEpisode = new Map<string, PlanState>();
      for (const { stateOf, activated, ...plan } of rows) {
        const current = plan.id ? plan : null;
        if (current) s.audit.read('TreatmentPlan', current.id, current.clientId);
        byEpisode.set(stateOf, { current, anyActivated: activated });
      }
      return episodeIds.map((id) => byEpisode.get(id) ?? { current: null, anyActivated: false });
    }),
    problemsByPlan: children(
      scope,
      { entity: PlanProblem, recordType: 'PlanProblem', from: upToEpisode.problem },
      'plan_id',
      'planId',
    ),
    goalsByProblem: children(
      scope,
      { entity: PlanGoal, recordType: 'PlanGoal', from: upToEpisode.goal },
      'problem_id',
      'problemId',
    ),
    objectivesByGoal: children(
      scope,
      { entity: PlanObjective, recordType: 'PlanObjective', from: upToEpisode.objective },
      'goal_id',
      'goalId',
    ),
    interventionsByObjective: children(
      scope,
      { entity: PlanIntervention, recordType: 'PlanIntervention', from: upToEpisode.intervention },
      'objective_id',
      'objectiveId',
    ),
    signaturesByPlan: children(
      scope,
      { entity: PlanSignature, recordType: 'PlanSignature', from: upToEpisode.signature },
      'plan_id',
      'planId',
      'x.signed_at, x.id',
    ),
    reviewsByPlan: children(
      scope,
      { entity: PlanReview, recordType: 'PlanReview', from: upToEpisode.review },
      'plan_id',
      'planId',
      'x.reviewed_at DESC, x.id',
    ),
    /** Progress follows a goal across versions by its lineage; newest first. */
    progressByGoalLineage: scopedGroupLoader(scope, {
      entity: GoalProgress,
      recordType: 'GoalProgress',
      from: upToEpisode.progress,
      keyColumn: 'goal_lineage_id',
      keyProperty: 'goalLineageId',
      orderBy: 'x.recorded_on DESC, x.created_at DESC, x.id',
      map: toProgress,
    }),
    /** Status history follows a goal or objective across versions by its lineage; newest first. */
    statusChangesByLineage: scopedGroupLoader(scope, {
      entity: PlanStatusChange,
      recordType: 'PlanStatusChange',
      from: upToEpisode.statusChange,
      keyColumn: 'lineage_id',
      keyProperty: 'lineageId',
      orderBy: 'x.changed_at DESC, x.id DESC',
    }),
  };
}

export type TreatmentPlanLoaders = ReturnType<typeof createTreatmentPlanLoaders>;
