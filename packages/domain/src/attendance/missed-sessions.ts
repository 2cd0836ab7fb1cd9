import type { Instant } from '../treatment-plan/calendar-date.js';
import { isMissed, type AttendanceStatus } from './attendance-rules.js';

/**
 * What counts as a missed session for the review clock (Rule 1, MISSED_SESSIONS): an unexcused
 * absence from any session, or an individual/family session marked NO_SHOW. The clock itself
 * (three within 14 days, counted after the last review) lives in treatment-plan/review-clock.ts;
 * this only decides which records feed its `missedSessions` input.
 */
export interface SessionOutcome {
  startsAt: Instant;
  sessionStatus: string;
  /** The client's attendance at it, if recorded. */
  attendance: AttendanceStatus | null;
}

export function isMissedSession(outcome: SessionOutcome): boolean {
  if (outcome.sessionStatus === 'CANCELLED') return false;
  if (outcome.attendance !== null) return isMissed(outcome.attendance);
  return outcome.sessionStatus === 'NO_SHOW';
}

/** The start instants of the missed sessions, as the review clock takes them. */
export function missedSessionStarts(outcomes: readonly SessionOutcome[]): Instant[] {
  return outcomes.filter(isMissedSession).map((o) => o.startsAt);
}
