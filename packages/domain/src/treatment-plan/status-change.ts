import { z } from 'zod';
import {
  GoalAchievementStatus,
  GoalLifecycleStatus,
  goalLifecycleStatusLabel,
} from './plan-status.js';

/**
 * A goal's or objective's status is changed deliberately: chosen, then confirmed. Some changes
 * end or undo the element — cancelling it, or saying it never should have been there — and those
 * carry the reason why, kept with the change in its status history.
 */
export const LIFECYCLE_STATUSES_NEEDING_REASON: readonly GoalLifecycleStatus[] = [
  'CANCELLED',
  'ENTERED_IN_ERROR',
];

export const STATUS_CHANGE_REASON_LIMIT = 500;

export function statusChangeNeedsReason(lifecycleStatus: string | null | undefined): boolean {
  return LIFECYCLE_STATUSES_NEEDING_REASON.some((status) => status === lifecycleStatus);
}

/** What the form says when the reason is missing for this status. */
export function statusChangeReasonMessage(lifecycleStatus: GoalLifecycleStatus): string {
  return `Say why it is ${goalLifecycleStatusLabel(lifecycleStatus).toLowerCase()}`;
}

/**
 * A status change as the API accepts it and the confirm step checks it: at least one of the two
 * statuses, and a reason (trimmed, blank is none) when the lifecycle status needs one. Errors
 * name their field.
 */
export const statusChangeSchema = z
  .object({
    lifecycleStatus: z.enum(GoalLifecycleStatus).nullish(),
    achievementStatus: z.enum(GoalAchievementStatus).nullish(),
    reason: z
      .string({ error: 'Must be text' })
      .trim()
      .max(STATUS_CHANGE_REASON_LIMIT, `Use at most ${STATUS_CHANGE_REASON_LIMIT} characters`)
      .transform((v) => v || null)
      .nullish(),
  })
  .superRefine((change, ctx) => {
    if (change.lifecycleStatus == null && change.achievementStatus == null) {
      ctx.addIssue({
        code: 'custom',
        path: ['lifecycleStatus'],
        message: 'Give a lifecycle or an achievement status',
      });
    }
    if (
      change.lifecycleStatus &&
      statusChangeNeedsReason(change.lifecycleStatus) &&
      !change.reason
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: statusChangeReasonMessage(change.lifecycleStatus),
      });
    }
  });

export type StatusChange = z.output<typeof statusChangeSchema>;
