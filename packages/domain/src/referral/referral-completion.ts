import type { ReferralStatus } from './referral-lifecycle.js';

/** The director's completion rates count referrals that ended within this many days. */
export const REFERRAL_COMPLETION_WINDOW_DAYS = 90;

/**
 * Whether an ended referral counts toward its category's completion rate, and how: COMPLETED
 * counts for; REJECTED, CLIENT_DECLINED and NO_RESPONSE count against (the loop did not close).
 * CANCELLED does not count (staff withdrew it: a duplicate or a mistake, not the resource's
 * answer), nor does a referral still open.
 */
export function completionOutcome(status: ReferralStatus): 'COMPLETED' | 'NOT_COMPLETED' | null {
  if (status === 'COMPLETED') return 'COMPLETED';
  if (status === 'REJECTED' || status === 'CLIENT_DECLINED' || status === 'NO_RESPONSE') {
    return 'NOT_COMPLETED';
  }
  return null;
}

/** Completed out of ended, as a whole percentage; null when none ended (no rate, not 0 %). */
export function completionPercent(completed: number, ended: number): number | null {
  return ended === 0 ? null : Math.round((completed / ended) * 100);
}
