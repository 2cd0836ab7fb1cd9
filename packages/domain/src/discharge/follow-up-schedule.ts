import type { EpisodeStatus } from '../episode/episode-status.js';
import {
  addCalendarDays,
  calendarDaysBetween,
  localDate,
  type CalendarDate,
  type Instant,
} from '../treatment-plan/calendar-date.js';

export const FollowUpCadence = { WEEKLY: 'WEEKLY', BIWEEKLY: 'BIWEEKLY' } as const;
export type FollowUpCadence = (typeof FollowUpCadence)[keyof typeof FollowUpCadence];

export const FOLLOW_UP_CADENCE_LABELS: Record<FollowUpCadence, string> = {
  WEEKLY: 'Weekly',
  BIWEEKLY: 'Every 2 weeks',
};

export const FollowUpStatus = {
  SCHEDULED: 'SCHEDULED',
  DONE: 'DONE',
  ATTEMPTED: 'ATTEMPTED',
  MISSED: 'MISSED',
} as const;
export type FollowUpStatus = (typeof FollowUpStatus)[keyof typeof FollowUpStatus];

export const FollowUpOutcome = {
  IN_RECOVERY: 'IN_RECOVERY',
  USING: 'USING',
  READMITTED_ELSEWHERE: 'READMITTED_ELSEWHERE',
  UNREACHABLE: 'UNREACHABLE',
} as const;
export type FollowUpOutcome = (typeof FollowUpOutcome)[keyof typeof FollowUpOutcome];

export const DEFAULT_FOLLOW_UP_PERIOD_DAYS = 90;
export const MAX_FOLLOW_UP_PERIOD_DAYS = 365;

const stepDays: Record<FollowUpCadence, number> = { WEEKLY: 7, BIWEEKLY: 14 };

export interface FollowUpPeriod {
  /** The discharge day where the program is. */
  dischargedOn: CalendarDate;
  /** The last day of the follow-up period; contacts fall on or before it. */
  endsOn: CalendarDate;
  /** The follow-up contacts' due dates, in order. */
  dueDates: CalendarDate[];
}

/**
 * The follow-up contacts a discharge schedules: one every 7 or 14 calendar days after the
 * discharge day in the program's time zone, up to the end of the period. Days are counted on
 * the calendar, so a contact stays on the same weekday across DST changes and month ends, and
 * the same discharge always yields the same dates (generation is idempotent by construction).
 */
export function followUpPeriod(
  dischargedAt: Instant,
  timeZone: string,
  cadence: FollowUpCadence,
  periodDays: number = DEFAULT_FOLLOW_UP_PERIOD_DAYS,
): FollowUpPeriod {
  if (!Number.isInteger(periodDays) || periodDays < 1 || periodDays > MAX_FOLLOW_UP_PERIOD_DAYS) {
    throw new RangeError(`The follow-up period is 1 to ${MAX_FOLLOW_UP_PERIOD_DAYS} days`);
  }
  const dischargedOn = localDate(dischargedAt, timeZone);
  const endsOn = addCalendarDays(dischargedOn, periodDays);
  const step = stepDays[cadence];
  const dueDates: CalendarDate[] = [];
  for (let day = step; day <= periodDays; day += step) {
    dueDates.push(addCalendarDays(dischargedOn, day));
  }
  return { dischargedOn, endsOn, dueDates };
}

/** Due dates not yet scheduled: adding them to what exists never duplicates a contact. */
export function unscheduledDueDates(
  wanted: readonly CalendarDate[],
  existing: readonly CalendarDate[],
): CalendarDate[] {
  const have = new Set(existing);
  return wanted.filter((d) => !have.has(d));
}

/** A contact where nobody was reached: missed outright, or tried without getting through. */
function unreached(status: FollowUpStatus): boolean {
  return status === 'MISSED' || status === 'ATTEMPTED';
}

export const OUTREACH_AFTER_MISSED = 3;

/**
 * Three recorded contacts in a row without reaching the client flag them for outreach. Contacts
 * are judged in due-date order; ones not yet recorded neither count nor break the run.
 */
export function needsOutreach(
  contacts: readonly { dueOn: CalendarDate; status: FollowUpStatus }[],
): boolean {
  const recorded = contacts
    .filter((c) => c.status !== 'SCHEDULED')
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
  const last = recorded.slice(-OUTREACH_AFTER_MISSED);
  return last.length === OUTREACH_AFTER_MISSED && last.every((c) => unreached(c.status));
}

/** Where a contact stands today: due today, overdue, or still to come (once recorded, none). */
export function followUpTiming(
  contact: { dueOn: CalendarDate; status: FollowUpStatus },
  today: CalendarDate,
): 'UPCOMING' | 'DUE_TODAY' | 'OVERDUE' | null {
  if (contact.status !== 'SCHEDULED') return null;
  const days = calendarDaysBetween(today, contact.dueOn);
  return days > 0 ? 'UPCOMING' : days === 0 ? 'DUE_TODAY' : 'OVERDUE';
}

/**
 * The moves aftercare makes on its own as time passes: a discharged episode enters FOLLOW_UP on
 * the day its first contact is due, and closes once its follow-up period has run out. An episode
 * with no contacts scheduled (the client left) closes when the period ends. Returns the moves
 * due today, in order (a job that was down for a while makes both at once).
 */
export function aftercareMoves(
  status: EpisodeStatus,
  schedule: { firstDueOn: CalendarDate | null; endsOn: CalendarDate },
  today: CalendarDate,
): EpisodeStatus[] {
  const over = today > schedule.endsOn;
  if (status === 'DISCHARGED') {
    const started = schedule.firstDueOn !== null && today >= schedule.firstDueOn;
    if (started) return over ? ['FOLLOW_UP', 'CLOSED'] : ['FOLLOW_UP'];
    return over ? ['CLOSED'] : [];
  }
  if (status === 'FOLLOW_UP') return over ? ['CLOSED'] : [];
  return [];
}
