import * as rrule from 'rrule';
import type { CalendarDate } from '../treatment-plan/calendar-date.js';
import { WEEKDAY_NAMES } from './group-vocabulary.js';
import { type LocalTime, shortTime, zonedInstant } from './zoned-time.js';

// rrule's UMD build (what Node loads) exposes its exports only on the default; its ESM build (what
// Vite bundles for the web app) has them as named exports.
const { RRule } =
  (rrule as unknown as { default?: typeof rrule }).default?.RRule !== undefined
    ? (rrule as unknown as { default: typeof rrule }).default
    : rrule;

/** A group's weekly schedule as stored: ISO weekdays and local times in the program's zone. */
export interface WeeklySchedule {
  weekdays: readonly number[];
  startTime: LocalTime;
  endTime: LocalTime;
  startsOn: CalendarDate;
  endsOn: CalendarDate | null;
}

export interface Occurrence {
  /** The local date the group meets. */
  date: CalendarDate;
  startsAt: Date;
  endsAt: Date;
}

const RRULE_DAYS = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];

const utcMidnight = (date: CalendarDate) => new Date(`${date}T00:00:00Z`);
const later = (a: CalendarDate, b: CalendarDate) => (a > b ? a : b);
const earlier = (a: CalendarDate, b: CalendarDate) => (a < b ? a : b);

/**
 * The meetings of a weekly schedule from `from` to `through` (both inclusive, local dates). The
 * recurrence runs on "floating" dates (UTC midnights standing for local dates, as rrule
 * recommends), so it never sees a DST change; each date's local start and end are then placed in
 * the program's time zone, which keeps 09:00 at 09:00 across the change. Dates in `skip`
 * (holidays, cancellations) are left out.
 */
export function scheduleOccurrences(
  schedule: WeeklySchedule,
  from: CalendarDate,
  through: CalendarDate,
  timeZone: string,
  skip: Iterable<CalendarDate> = [],
): Occurrence[] {
  const start = later(from, schedule.startsOn);
  const end = schedule.endsOn ? earlier(through, schedule.endsOn) : through;
  if (start > end || schedule.weekdays.length === 0) return [];
  const skipped = new Set(skip);
  const rule = new RRule({
    freq: RRule.WEEKLY,
    byweekday: [...new Set(schedule.weekdays)].map((d) => RRULE_DAYS[d - 1]!),
    dtstart: utcMidnight(start),
    until: utcMidnight(end),
  });
  return rule
    .all()
    .map((d) => d.toISOString().slice(0, 10))
    .filter((date) => !skipped.has(date))
    .map((date) => ({
      date,
      startsAt: zonedInstant(date, schedule.startTime, timeZone),
      endsAt: zonedInstant(date, schedule.endTime, timeZone),
    }));
}

const SHORT_DAYS = WEEKDAY_NAMES.map((n) => n.slice(0, 3));

/** "Mon, Wed, Fri 09:00–12:00": a schedule in words for lists and headings. */
export function describeSchedule(
  schedule: Pick<WeeklySchedule, 'weekdays' | 'startTime' | 'endTime'>,
): string {
  const days = [...new Set(schedule.weekdays)]
    .sort((a, b) => a - b)
    .map((d) => SHORT_DAYS[d - 1])
    .join(', ');
  return `${days} ${shortTime(schedule.startTime)}–${shortTime(schedule.endTime)}`;
}
