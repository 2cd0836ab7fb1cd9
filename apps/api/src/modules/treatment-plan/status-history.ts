import type { EntityManager } from 'typeorm';
import type { GoalAchievementStatus, GoalLifecycleStatus } from '@waypoint/domain';
import type { ClientScope } from '../access/client-scope.js';
import type { PlanTarget } from './plan-access.js';
import type { TrackedElementKind } from './status-change.entity.js';

const tableOf: Record<TrackedElementKind, string> = {
  GOAL: 'plan_goal',
  OBJECTIVE: 'plan_objective',
};

export interface TrackedStatuses {
  lifecycleStatus: GoalLifecycleStatus;
  achievementStatus: GoalAchievementStatus;
}

/**
 * The statuses an element has at the version the caller read, locked until the change commits;
 * none when that version is no longer current (the guarded UPDATE then answers a conflict).
 */
export async function statusesAtVersion(
  tx: EntityManager,
  kind: TrackedElementKind,
  id: string,
  version: number,
): Promise<TrackedStatuses | undefined> {
  const [row] = await tx.query<TrackedStatuses[]>(
    `SELECT lifecycle_status AS "lifecycleStatus", achievement_status AS "achievementStatus"
     FROM ${tableOf[kind]} WHERE id = $1 AND version = $2 FOR NO KEY UPDATE`,
    [id, version],
  );
  return row;
}

interface StatusChangeRecord {
  kind: TrackedElementKind;
  target: PlanTarget;
  element: TrackedStatuses & { id: string; lineageId: string };
  previous: TrackedStatuses;
  reason: string | null | undefined;
}

/**
 * Adds the change to the element's status history (and the audit trail), in the transaction
 * that made it. Choosing the statuses it already had changes nothing and records nothing.
 */
export async function recordStatusChange(
  scope: ClientScope,
  tx: EntityManager,
  { kind, target, element, previous, reason }: StatusChangeRecord,
): Promise<void> {
  if (
    previous.lifecycleStatus === element.lifecycleStatus &&
    previous.achievementStatus === element.achievementStatus
  ) {
    return;
  }
  const [row] = await tx.query<{ id: string }[]>(
    `INSERT INTO plan_status_change (episode_id, element_kind, element_id, lineage_id,
       from_lifecycle_status, to_lifecycle_status, from_achievement_status, to_achievement_status,
       reason, changed_by_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      target.episodeId,
      kind,
      element.id,
      element.lineageId,
      previous.lifecycleStatus,
      element.lifecycleStatus,
      previous.achievementStatus,
      element.achievementStatus,
      reason ?? null,
      scope.viewer.staffId,
    ],
  );
  await scope.audit.write(
    {
      action: 'CREATE',
      recordType: 'PlanStatusChange',
      recordId: row!.id,
      clientId: target.clientId,
      outcome: 'SUCCESS',
    },
    tx,
  );
}
