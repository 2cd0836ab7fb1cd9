import type { MantineColor } from '@mantine/core';
import type { ReviewDueStatus } from '@waypoint/domain';
import { formatLocalDate } from '../../ui/dates';
import { reviewReasonLabel, reviewStatusColor } from '../dashboard/review-due';

/** The API's PlanReviewClock, as much of it as the phrasing reads. */
export interface ClockReading {
  dueDate: string;
  status: ReviewDueStatus;
  reason: string;
  daysUntilDue: number;
  scheduledDate?: string | null;
}

/** "12 Dec" this year, "12 Dec 2027" otherwise: the year is noise when it is this one. */
export function shortDate(isoDate: string, today: string): string {
  const full = formatLocalDate(isoDate);
  if (!full) return isoDate;
  return isoDate.slice(0, 4) === today.slice(0, 4) ? full.replace(/ \d{4}$/, '') : full;
}

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/** "Level-of-care change" → "level-of-care change", leaving "PHQ-9 safety item" as it is. */
function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** The reason a review came due, when it is not the routine interval or the initial plan. */
function triggerOf(clock: ClockReading): string | null {
  if (clock.reason === 'INTERVAL' || clock.reason === 'INITIAL_PLAN') return null;
  const label = reviewReasonLabel(clock.reason);
  return label ? inSentence(label) : null;
}

export interface ClockPhrase {
  text: string;
  color: MantineColor;
  /** A trigger brought the due date forward from the routine one. */
  broughtForwardFrom: string | null;
}

/**
 * The review clock in one line, as a clinician says it: "Review due 12 Dec — in 5 days",
 * "Review overdue by 3 days — level-of-care change", "Initial plan due today".
 */
export function reviewClockPhrase(
  clock: ClockReading,
  today: string,
  kind: 'review' | 'initial' = clock.reason === 'INITIAL_PLAN' ? 'initial' : 'review',
): ClockPhrase {
  const noun = kind === 'initial' ? 'Initial plan' : 'Review';
  const trigger = triggerOf(clock);
  const due = shortDate(clock.dueDate, today);
  const n = clock.daysUntilDue;
  let text: string;
  if (n < 0) {
    text = `${noun} overdue by ${days(-n)} — ${trigger ?? `was due ${due}`}`;
  } else if (n === 0) {
    text = `${noun} due today${trigger ? ` — ${trigger}` : ''}`;
  } else {
    text = `${noun} due ${due} — in ${days(n)}${trigger ? ` (${trigger})` : ''}`;
  }
  const moved =
    clock.scheduledDate && clock.scheduledDate !== clock.dueDate
      ? shortDate(clock.scheduledDate, today)
      : null;
  return { text, color: reviewStatusColor(clock.status), broughtForwardFrom: moved };
}
