import { addCalendarDays, type CalendarDate } from '../treatment-plan/calendar-date.js';
import { isOpenReferral, type ReferralStatus } from './referral-lifecycle.js';

/** Why a referral is on a worklist. */
export const ReferralAttention = {
  /** Waiting for the client's Part 2 consent before it may be sent. */
  AWAITING_CONSENT: 'AWAITING_CONSENT',
  /** Still open after its "answer due by" day. */
  OVERDUE: 'OVERDUE',
  /** Closed as NO_RESPONSE lately: the case manager decides whether to try again. */
  NO_RESPONSE: 'NO_RESPONSE',
} as const;
export type ReferralAttention = (typeof ReferralAttention)[keyof typeof ReferralAttention];

/** A referral closed as NO_RESPONSE stays on the worklist this many days. */
export const NO_RESPONSE_WORKLIST_DAYS = 14;

/**
 * What a referral needs from its case manager today, if anything. `statusSince` is the day it
 * reached its current status; all days are calendar days in the program's time zone.
 */
export function referralAttention(
  referral: { status: ReferralStatus; dueBy: CalendarDate | null; statusSince: CalendarDate },
  today: CalendarDate,
): ReferralAttention | null {
  const { status, dueBy, statusSince } = referral;
  if (status === 'NO_RESPONSE') {
    return addCalendarDays(statusSince, NO_RESPONSE_WORKLIST_DAYS) > today ? 'NO_RESPONSE' : null;
  }
  if (!isOpenReferral(status)) return null;
  if (dueBy !== null && dueBy < today && status !== 'SCHEDULED') return 'OVERDUE';
  return status === 'PENDING_CONSENT' ? 'AWAITING_CONSENT' : null;
}
