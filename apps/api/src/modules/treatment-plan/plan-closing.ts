import type { EntityManager } from 'typeorm';
import {
  closesPlans,
  episodeStatusLabel,
  finalGoalStatuses,
  type EpisodeStatus,
  type GoalAchievementStatus,
  type GoalLifecycleStatus,
} from '@waypoint/domain';
import { TRANSACTION_TIME } from '../../db/guarded-update.js';
import { selectColumns } from '../../db/select-columns.js';
import type { ClientScope } from '../access/client-scope.js';
import { moveTo } from './plan-transition.js';
import { TreatmentPlan } from './treatment-plan.entity.js';

interface Tracked {
  id: string;
  lifecycleStatus: GoalLifecycleStatus;
  achievementStatus: GoalAchievementStatus;
}

/**
 * Rule 6: records each goal's and objective's final status (finalGoalStatuses decides) on a
 * version that is closing, one UPDATE per table for the rows whose status changes.
 */
async function recordFinalStatuses(
  scope: ClientScope,
  tx: EntityManager,
  clientId: string,
  planId: string,
): Promise<void> {
  const tables = [
    {
      table: 'plan_goal',
      recordType: 'PlanGoal',
      from: 'plan_goal x JOIN plan_problem pp ON pp.id = x.problem_id',
    },
    {
      table: 'plan_objective',
      recordType: 'PlanObjective',
      from: `plan_objective x JOIN plan_goal pg ON pg.id = x.goal_id
        JOIN plan_problem pp ON pp.id = pg.problem_id`,
    },
  ];
  for (const { table, recordType, from } of tables) {
    const rows = await tx.query<Tracked[]>(
      `SELECT x.id, x.lifecycle_status AS "lifecycleStatus", x.achievement_status AS "achievementStatus"
       FROM ${from} WHERE pp.plan_id = $1 FOR NO KEY UPDATE OF x`,
      [planId],
    );
    const changed = rows
      .map((r) => ({ id: r.id, before: r, after: finalGoalStatuses(r) }))
      .filter(
        (c) =>
          c.after.lifecycleStatus !== c.before.lifecycleStatus ||
          c.after.achievementStatus !== c.before.achievementStatus,
      );
    if (!changed.length) continue;
    await tx.query(
      `UPDATE ${table} x SET lifecycle_status = f.lifecycle, achievement_status = f.achievement,
         version = x.version + 1, updated_at = now()
       FROM unnest($1::uuid[], $2::text[], $3::text[]) AS f(id, lifecycle, achievement)
       WHERE x.id = f.id`,
      [
        changed.map((c) => c.id),
        changed.map((c) => c.after.lifecycleStatus),
        changed.map((c) => c.after.achievementStatus),
      ],
    );
    await scope.audit.write(
      changed.map((c) => ({
        action: 'UPDATE' as const,
        recordType,
        recordId: c.id,
        clientId,
        outcome: 'SUCCESS' as const,
        note: `final status at closing: ${c.after.lifecycleStatus}/${c.after.achievementStatus}`,
      })),
      tx,
    );
  }
}

/**
 * Closes one locked version: an ACTIVE one with its goals' final statuses, a DRAFT or pending one
 * abandoned (it never took effect). The one place a plan version closes, whoever asks.
 */
export async function closeVersion(
  scope: ClientScope,
  tx: EntityManager,
  clientId: string,
  plan: TreatmentPlan,
  reason: string,
): Promise<TreatmentPlan> {
  if (plan.status === 'ACTIVE') await recordFinalStatuses(scope, tx, clientId, plan.id);
  return moveTo(
    scope,
    tx,
    { clientId },
    plan,
    'CLOSED',
    { reason },
    { endedAt: TRANSACTION_TIME, endReason: reason.trim() || null },
  );
}

/** Every version of an episode still open (ACTIVE, DRAFT, PENDING_SIGNATURE), locked. */
export async function lockOpenVersions(
  tx: EntityManager,
  episodeId: string,
  except?: string,
): Promise<TreatmentPlan[]> {
  return tx.query<TreatmentPlan[]>(
    `SELECT ${selectColumns(tx.connection, TreatmentPlan, 'x')} FROM treatment_plan x
     WHERE x.episode_id = $1 AND x.status IN ('DRAFT', 'PENDING_SIGNATURE', 'ACTIVE')
       AND x.id IS DISTINCT FROM $2::uuid
     ORDER BY x.version_number FOR NO KEY UPDATE`,
    [episodeId, except ?? null],
  );
}

/**
 * Called in the transaction that moves an episode (episode.service.ts transitionEpisode), after
 * the episode row is updated: when the move takes the client out of treatment (discharge,
 * transfer, closing, referral out, lost contact…) the ACTIVE version closes with each goal's
 * final status and versions still being written are abandoned — all or nothing with the move.
 * Any other move does nothing.
 */
export async function closePlansForEndedEpisode(
  tx: EntityManager,
  scope: ClientScope,
  episode: { id: string; clientId: string },
  to: EpisodeStatus,
): Promise<TreatmentPlan[]> {
  if (!closesPlans(to)) return [];
  const reason = `Episode ended: ${episodeStatusLabel(to)}`;
  const closed: TreatmentPlan[] = [];
  for (const plan of await lockOpenVersions(tx, episode.id)) {
    closed.push(await closeVersion(scope, tx, episode.clientId, plan, reason));
  }
  return closed;
}
