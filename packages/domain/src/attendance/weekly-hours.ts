import type { ProgramSettings } from '../program/program-settings.js';
import {
  addCalendarDays,
  instantToMs,
  localDate,
  mondayOf,
  type CalendarDate,
  type Instant,
} from '../treatment-plan/calendar-date.js';

/**
 * Rule 2, weekly hours. Per ISO week (Monday to Sunday) in the program's time zone: attended group
 * minutes and individual/family minutes against the program's weekly target, and days attended
 * against its minimum days per week. Below target is flagged, never blocked.
 *
 * Choices (the dashboard's SQL makes the same ones; a property test holds the two together):
 * - A session counts on its date of service, the local date it starts on, as billing does: a
 *   group from 23:00 to 01:00 on Sunday counts wholly to Sunday and to that week.
 * - Attended minutes are laid from the session's start. When two attended sessions overlap (Rule 3
 *   refuses it on entry, but an individual session held during a group is possible), the time is
 *   counted once, to the session that started first (a group before an individual on a tie).
 * - A week that admission or discharge splits is PARTIAL: the target is prorated by the calendar
 *   days in treatment (floor(target × 60 × days / 7) minutes) and the minimum days likewise
 *   (ceil(minimum × days / 7)). A week with no day in treatment has no target and is never below.
 * - Only GROUP, INDIVIDUAL and FAMILY sessions count; case management and intake do not.
 */
export const HoursServiceKind = {
  GROUP: 'GROUP',
  INDIVIDUAL: 'INDIVIDUAL',
  FAMILY: 'FAMILY',
} as const;
export type HoursServiceKind = (typeof HoursServiceKind)[keyof typeof HoursServiceKind];

const COUNTED: readonly string[] = Object.values(HoursServiceKind);

/** One session the client attended, with the minutes recorded. */
export interface AttendedService {
  /** Session kind; kinds other than GROUP, INDIVIDUAL, FAMILY are ignored. */
  kind: string;
  startsAt: Instant;
  endsAt: Instant;
  minutes: number;
}

export type HoursProgram = Pick<ProgramSettings, 'weeklyHoursTarget' | 'minimumDaysPerWeek'> & {
  timeZone: string;
};

/** The local dates the episode is in treatment (inclusive); null: not admitted / not discharged. */
export interface TreatmentSpan {
  admittedOn: CalendarDate | null;
  dischargedOn: CalendarDate | null;
}

export interface ServiceDay {
  date: CalendarDate;
  groupMinutes: number;
  individualFamilyMinutes: number;
}

/**
 * Attended minutes per local date of service, overlaps counted once (see the file comment).
 * Sorted by date.
 */
export function serviceDays(services: readonly AttendedService[], timeZone: string): ServiceDay[] {
  const counted = services
    .filter((s) => COUNTED.includes(s.kind) && s.minutes > 0)
    .map((s) => {
      const start = instantToMs(s.startsAt);
      const length = Math.max(0, instantToMs(s.endsAt) - start);
      return { s, start, end: start + Math.min(s.minutes * 60_000, length) };
    })
    .sort((a, b) => a.start - b.start || groupFirst(a.s.kind) - groupFirst(b.s.kind));
  const days = new Map<CalendarDate, ServiceDay>();
  let coveredUntil = Number.NEGATIVE_INFINITY;
  for (const { s, start, end } of counted) {
    const from = Math.max(start, coveredUntil);
    const minutes = Math.max(0, Math.round((end - from) / 60_000));
    coveredUntil = Math.max(coveredUntil, end);
    if (minutes === 0) continue;
    const date = localDate(new Date(start), timeZone);
    const day = days.get(date) ?? { date, groupMinutes: 0, individualFamilyMinutes: 0 };
    if (s.kind === 'GROUP') day.groupMinutes += minutes;
    else day.individualFamilyMinutes += minutes;
    days.set(date, day);
  }
  return [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

function groupFirst(kind: string): number {
  return kind === 'GROUP' ? 0 : 1;
}

/** Minutes of attended service that make a day one billable IOP day (H0015: 3 hours). */
export const BILLABLE_DAY_MINUTES = 180;

export interface WeekHours {
  /** The Monday that starts the ISO week. */
  weekStart: CalendarDate;
  /** The Sunday that ends it. */
  weekEnd: CalendarDate;
  groupMinutes: number;
  individualFamilyMinutes: number;
  totalMinutes: number;
  /** The program's weekly target in minutes, prorated in a partial week. */
  targetMinutes: number;
  /** Days with any attended service. */
  daysAttended: number;
  /** Days with at least BILLABLE_DAY_MINUTES of attended service. */
  billableDays: number;
  /** The program's minimum days per week, prorated in a partial week. */
  minimumDays: number;
  /** Calendar days of the week the client was in treatment (0–7). */
  daysInTreatment: number;
  /** Admission or discharge falls inside the week. */
  partial: boolean;
  belowTarget: boolean;
  belowMinimumDays: boolean;
}

/** Calendar days of [weekStart, weekStart + 6] inside the treatment span. */
export function daysInTreatment(weekStart: CalendarDate, span: TreatmentSpan): number {
  if (span.admittedOn === null) return 0;
  let n = 0;
  for (let i = 0; i < 7; i++) {
    const d = addCalendarDays(weekStart, i);
    if (d >= span.admittedOn && (span.dischargedOn === null || d <= span.dischargedOn)) n++;
  }
  return n;
}

/** The week's target minutes and minimum days, prorated by the days in treatment. */
export function weekTarget(
  program: Pick<HoursProgram, 'weeklyHoursTarget' | 'minimumDaysPerWeek'>,
  inTreatmentDays: number,
): { targetMinutes: number; minimumDays: number } {
  // Whole minutes first (the target is kept to tenths of an hour), so no float error can tip floor.
  const weeklyMinutes = Math.round(program.weeklyHoursTarget * 60);
  return {
    targetMinutes: Math.floor((weeklyMinutes * inTreatmentDays) / 7),
    minimumDays: Math.ceil((program.minimumDaysPerWeek * inTreatmentDays) / 7),
  };
}

function summariseWeek(
  weekStart: CalendarDate,
  days: readonly ServiceDay[],
  program: HoursProgram,
  span: TreatmentSpan,
): WeekHours {
  const weekEnd = addCalendarDays(weekStart, 6);
  const inWeek = days.filter((d) => d.date >= weekStart && d.date <= weekEnd);
  const groupMinutes = sum(inWeek.map((d) => d.groupMinutes));
  const individualFamilyMinutes = sum(inWeek.map((d) => d.individualFamilyMinutes));
  const totalMinutes = groupMinutes + individualFamilyMinutes;
  const inTreatment = daysInTreatment(weekStart, span);
  const { targetMinutes, minimumDays } = weekTarget(program, inTreatment);
  const daysAttended = inWeek.length;
  return {
    weekStart,
    weekEnd,
    groupMinutes,
    individualFamilyMinutes,
    totalMinutes,
    targetMinutes,
    daysAttended,
    billableDays: inWeek.filter(
      (d) => d.groupMinutes + d.individualFamilyMinutes >= BILLABLE_DAY_MINUTES,
    ).length,
    minimumDays,
    daysInTreatment: inTreatment,
    partial: inTreatment > 0 && inTreatment < 7,
    belowTarget: inTreatment > 0 && totalMinutes < targetMinutes,
    belowMinimumDays: inTreatment > 0 && daysAttended < minimumDays,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Rule 2 for the ISO week containing `date` (any day of it). */
export function weeklyHours(
  services: readonly AttendedService[],
  program: HoursProgram,
  span: TreatmentSpan,
  date: CalendarDate,
): WeekHours {
  return summariseWeek(mondayOf(date), serviceDays(services, program.timeZone), program, span);
}

/**
 * The last `weeks` ISO weeks ending with the week containing `date`, oldest first (the chart's
 * 12 bars). Overlaps are resolved once over all services, so a week boundary cannot count
 * the same time twice.
 */
export function weeklyHoursSeries(
  services: readonly AttendedService[],
  program: HoursProgram,
  span: TreatmentSpan,
  date: CalendarDate,
  weeks = 12,
): WeekHours[] {
  const days = serviceDays(services, program.timeZone);
  const last = mondayOf(date);
  return Array.from({ length: weeks }, (_, i) =>
    summariseWeek(addCalendarDays(last, -7 * (weeks - 1 - i)), days, program, span),
  );
}
