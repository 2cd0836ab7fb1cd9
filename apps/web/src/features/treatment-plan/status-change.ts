import { fieldIssues, statusChangeNeedsReason, statusChangeSchema } from '@waypoint/domain';
import { achievementLabel, lifecycleLabel } from './plan-labels';
import type { StatusField, StatusValues } from './use-status-mutations';

/** A status chosen in a select, waiting for its confirmation. */
export type PendingStatus = Partial<StatusValues>;

const statusWords: Record<StatusField, { name: string; label: (code: string) => string }> = {
  lifecycleStatus: { name: 'lifecycle', label: lifecycleLabel },
  achievementStatus: { name: 'achievement', label: achievementLabel },
};

/** "lifecycle from Active to Cancelled", one per status that changes, for the question asked. */
export function changeWords(current: StatusValues, pending: PendingStatus): string[] {
  return (Object.keys(statusWords) as StatusField[])
    .filter((field) => pending[field] !== undefined && pending[field] !== current[field])
    .map((field) => {
      const { name, label } = statusWords[field];
      return `${name} from ${label(current[field])} to ${label(pending[field]!)}`;
    });
}

/** Whether confirming this change asks for a reason (cancelling, entered in error). */
export const pendingNeedsReason = (pending: PendingStatus | null): boolean =>
  statusChangeNeedsReason(pending?.lifecycleStatus);

/** The domain's verdict on the change as it would be sent: the reason's message, if any. */
export function reasonIssue(pending: PendingStatus, reason: string): string | null {
  const result = statusChangeSchema.safeParse({ ...pending, reason });
  if (result.success) return null;
  return fieldIssues(result.error).find((issue) => issue.field === 'reason')?.message ?? null;
}

interface RecordedChange extends Record<
  `${'from' | 'to'}${'Lifecycle' | 'Achievement'}Status`,
  string
> {
  reason?: string | null;
}

/** One line of the status history: what changed (a status kept as it was is not repeated). */
export function historyLine(change: RecordedChange): string {
  const parts: string[] = [];
  if (change.fromLifecycleStatus !== change.toLifecycleStatus) {
    parts.push(
      `${lifecycleLabel(change.fromLifecycleStatus)} → ${lifecycleLabel(change.toLifecycleStatus)}`,
    );
  }
  if (change.fromAchievementStatus !== change.toAchievementStatus) {
    parts.push(
      `${achievementLabel(change.fromAchievementStatus)} → ${achievementLabel(change.toAchievementStatus)}`,
    );
  }
  return parts.join('; ');
}
