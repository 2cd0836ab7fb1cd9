import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { selectColumns } from '../../db/select-columns.js';
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

/**
 * Rows of plan records as read for one request. Each carries the id of the client it belongs to
 * (joined through the episode), so a field resolver can audit exactly the records it returns.
 */
export type Owned<T> = T & { clientId: string };

/** A numeric column arrives from PostgreSQL as text (raw SQL skips the entity's transformer). */
export function toProgress<T extends GoalProgress>(row: T): T {
  const value = row.measureValue as unknown;
  return { ...row, measureValue: value === null ? null : Number(value) };
}

/** `FROM … JOIN …` from each element up to its episode (alias `e`). */
const upToEpisode = {
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
};

/** One query for every key asked for in a tick, grouped back by key (each group in SQL order). */
function groupedLoader<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  from: string,
  keyColumn: string,
  keyProperty: keyof T & string,
  orderBy: string,
  map: (row: Owned<T>) => Owned<T> = (row) => row,
) {
  return new DataLoader<string, Owned<T>[]>(async (keys) => {
    const rows = await ds.query<Owned<T>[]>(
      `SELECT ${selectColumns(ds, entity, 'x')}, e.client_id AS "clientId"
       FROM ${from} WHERE x.${keyColumn} = ANY($1::uuid[]) ORDER BY ${orderBy}`,
      [keys],
    );
    const byKey = new Map<string, Owned<T>[]>();
    for (const raw of rows) {
      const row = map(raw);
      const key = row[keyProperty] as string;
      const list = byKey.get(key) ?? [];
      list.push(row);
      byKey.set(key, list);
    }
    return keys.map((k) => byKey.get(k) ?? []);
  });
}

/** Per-request loaders for treatment plans: every level of a plan tree is one query. */
export function createTreatmentPlanLoaders(ds: DataSource) {
  return {
    /** Every version of an episode's plan, newest first. */
    plansByEpisode: groupedLoader(
      ds,
      TreatmentPlan,
      upToEpisode.plan,
      'episode_id',
      'episodeId',
      'x.version_number DESC',
    ),
    problemsByPlan: groupedLoader(
      ds,
      PlanProblem,
      upToEpisode.problem,
      'plan_id',
      'planId',
      'x.position, x.id',
    ),
    goalsByProblem: groupedLoader(
      ds,
      PlanGoal,
      upToEpisode.goal,
      'problem_id',
      'problemId',
      'x.position, x.id',
    ),
    objectivesByGoal: groupedLoader(
      ds,
      PlanObjective,
      upToEpisode.objective,
      'goal_id',
      'goalId',
      'x.position, x.id',
    ),
    interventionsByObjective: groupedLoader(
      ds,
      PlanIntervention,
      upToEpisode.intervention,
      'objective_id',
      'objectiveId',
      'x.position, x.id',
    ),
    signaturesByPlan: groupedLoader(
      ds,
      PlanSignature,
      upToEpisode.signature,
      'plan_id',
      'planId',
      'x.signed_at, x.id',
    ),
    reviewsByPlan: groupedLoader(
      ds,
      PlanReview,
      upToEpisode.review,
      'plan_id',
      'planId',
      'x.reviewed_at DESC, x.id',
    ),
    /** Progress follows a goal across versions by its lineage; newest first. */
    progressByGoalLineage: groupedLoader(
      ds,
      GoalProgress,
      upToEpisode.progress,
      'goal_lineage_id',
      'goalLineageId',
      'x.recorded_on DESC, x.created_at DESC, x.id',
      toProgress,
    ),
    /** When the episode's level of care actually changed (review-clock triggers; re-saves excluded). */
    levelOfCareChangesByEpisode: new DataLoader<string, Date[]>(async (episodeIds) => {
      const rows = await ds.query<{ episodeId: string; changedAt: Date }[]>(
        `SELECT l.episode_id AS "episodeId", l.changed_at AS "changedAt"
         FROM level_of_care_change l WHERE l.episode_id = ANY($1::uuid[]) AND l.level_changed`,
        [episodeIds],
      );
      const byEpisode = new Map<string, Date[]>();
      for (const r of rows)
        byEpisode.set(r.episodeId, [...(byEpisode.get(r.episodeId) ?? []), r.changedAt]);
      return episodeIds.map((id) => byEpisode.get(id) ?? []);
    }),
  };
}

export type TreatmentPlanLoaders = ReturnType<typeof createTreatmentPlanLoaders>;
