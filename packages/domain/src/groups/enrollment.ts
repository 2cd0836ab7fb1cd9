import type { CalendarDate } from '../treatment-plan/calendar-date.js';
import type { EnrollmentMode } from './group-vocabulary.js';

/** What decides where a new member goes (Rule 3: active enrollments ≤ capacity). */
export interface EnrollmentContext {
  capacity: number;
  activeCount: number;
  enrollmentMode: EnrollmentMode;
  groupStartsOn: CalendarDate;
  groupEndsOn: CalendarDate | null;
  /** The date the client would join. */
  startsOn: CalendarDate;
  /** The caller asked for the waitlist should the group be full. */
  joinWaitlist: boolean;
  /** Today in the program's time zone. */
  today: CalendarDate;
}

export type EnrollmentRefusal =
  'GROUP_FULL' | 'CLOSED_GROUP_STARTED' | 'GROUP_ENDED' | 'BEFORE_GROUP_STARTS';

export type EnrollmentDecision =
  | { status: 'ACTIVE' }
  | { status: 'WAITLISTED' }
  | { refused: EnrollmentRefusal; field: 'startsOn' | 'joinWaitlist'; message: string };

export const ENROLLMENT_MESSAGES: Record<EnrollmentRefusal, string> = {
  GROUP_FULL: 'The group is full. Add the client to the waitlist instead?',
  CLOSED_GROUP_STARTED: 'This group has closed enrollment and has already started',
  GROUP_ENDED: 'The group has ended by this date',
  BEFORE_GROUP_STARTS: 'Choose a date on or after the group starts',
};

/**
 * Where a new member goes: a place when there is one; the waitlist only when the group is full
 * and the caller asked for it; a closed group takes new members only on or before its start date
 * (they join at the start).
 */
export function decideEnrollment(c: EnrollmentContext): EnrollmentDecision {
  const refuse = (refused: EnrollmentRefusal, field: 'startsOn' | 'joinWaitlist' = 'startsOn') => ({
    refused,
    field,
    message: ENROLLMENT_MESSAGES[refused],
  });
  if (c.groupEndsOn && c.startsOn > c.groupEndsOn) return refuse('GROUP_ENDED');
  if (c.enrollmentMode === 'CLOSED') {
    if (c.today > c.groupStartsOn) return refuse('CLOSED_GROUP_STARTED');
    if (c.startsOn !== c.groupStartsOn) {
      return refuse(c.startsOn > c.groupStartsOn ? 'CLOSED_GROUP_STARTED' : 'BEFORE_GROUP_STARTS');
    }
  } else if (c.startsOn < c.groupStartsOn) {
    return refuse('BEFORE_GROUP_STARTS');
  }
  if (c.activeCount < c.capacity) return { status: 'ACTIVE' };
  return c.joinWaitlist ? { status: 'WAITLISTED' } : refuse('GROUP_FULL', 'joinWaitlist');
}

export interface WaitlistEntry {
  id: string;
  waitlistedAt: Date | string;
}

/** The waitlist in the order places are offered: first waitlisted first (id breaks a tie). */
export function waitlistOrder<T extends WaitlistEntry>(entries: readonly T[]): T[] {
  const ms = (e: WaitlistEntry) => new Date(e.waitlistedAt).getTime();
  return [...entries].sort((a, b) => ms(a) - ms(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Who takes the places that free up: as many of the earliest waitlisted as there are places
 * (a capacity raise can free several at once).
 */
export function membersToPromote<T extends WaitlistEntry>(
  capacity: number,
  activeCount: number,
  waitlist: readonly T[],
): T[] {
  const free = Math.max(0, capacity - activeCount);
  return waitlistOrder(waitlist).slice(0, free);
}

/** "11/12", the fill a group list shows. */
export function groupFill(activeCount: number, capacity: number): string {
  return `${activeCount}/${capacity}`;
}
