import type { MantineColor } from '@mantine/core';
import {
  ReviewDueReason,
  reviewDueReasonLabel,
  reviewDueStatusLabel,
  type ReviewDueStatus,
} from '@waypoint/domain';

const statusColors: Record<ReviewDueStatus, MantineColor> = {
  OVERDUE: 'red',
  DUE: 'orange',
  DUE_SOON: 'yellow',
  NOT_DUE: 'gray',
};

export function reviewStatusColor(status: ReviewDueStatus): MantineColor {
  return statusColors[status] ?? 'gray';
}

export function reviewStatusLabel(status: ReviewDueStatus): string {
  return reviewDueStatusLabel(status) ?? status;
}

const reasons = new Set<string>(Object.values(ReviewDueReason));

/** Why a review is due, as staff say it; a reason this version does not know is left unsaid. */
export function reviewReasonLabel(reason: string | null | undefined): string | null {
  return reason && reasons.has(reason) ? reviewDueReasonLabel(reason as ReviewDueReason) : null;
}

/** Today where the program is, so "3 days overdue" agrees with the program's review clock. */
export { todayIn } from '../../ui/dates';
