import { z } from 'zod';
import { zonedInstant, isLocalTime } from '../groups/zoned-time.js';
import {
  isCalendarDate,
  instantToMs,
  type CalendarDate,
  type Instant,
} from '../treatment-plan/calendar-date.js';

/**
 * The on-call roster of the 24/7 crisis line: who answers it when. A shift is entered in the
 * program's wall-clock time (an overnight 17:00–09:00 is one shift) and stored as two instants,
 * so "who is on call now" is a plain comparison and a shift across a DST change lasts the hours
 * the clocks actually showed (one hour shorter in spring, longer in autumn).
 */
export interface OnCallShift {
  staffId: string;
  startsAt: Instant;
  endsAt: Instant;
}

/** A shift in the program's wall-clock time, as the roster form takes it. */
export const onCallShiftSchema = z.object({
  startDate: z.string().refine(isCalendarDate, 'must be a date (YYYY-MM-DD)'),
  startTime: z.string().refine(isLocalTime, 'must be a time (HH:MM)'),
  endDate: z.string().refine(isCalendarDate, 'must be a date (YYYY-MM-DD)'),
  endTime: z.string().refine(isLocalTime, 'must be a time (HH:MM)'),
});
export type OnCallShiftInput = z.infer<typeof onCallShiftSchema>;

/** The longest a shift may run: a weekend on call, Friday evening to Monday morning. */
export const MAX_SHIFT_HOURS = 72;

export interface ShiftProblem {
  field: string;
  message: string;
}

/**
 * The instants of a shift entered in wall-clock time, or the problems by field. The end must come
 * after the start (in real time, so a shift ending in the repeated autumn hour is judged right),
 * and a shift may not run longer than MAX_SHIFT_HOURS.
 */
export function shiftInstants(
  input: Record<string, unknown>,
  timeZone: string,
): { startsAt: Date; endsAt: Date } | { problems: ShiftProblem[] } {
  const parsed = onCallShiftSchema.safeParse(input);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((i) => ({
        field: String(i.path[0] ?? 'input'),
        message: i.code === 'invalid_type' ? 'is required' : i.message,
      })),
    };
  }
  const s = parsed.data;
  const startsAt = zonedInstant(s.startDate, s.startTime, timeZone);
  const endsAt = zonedInstant(s.endDate, s.endTime, timeZone);
  const hours = (endsAt.getTime() - startsAt.getTime()) / 3_600_000;
  if (hours <= 0) return { problems: [{ field: 'endTime', message: 'must be after the start' }] };
  if (hours > MAX_SHIFT_HOURS) {
    return {
      problems: [{ field: 'endDate', message: `a shift runs at most ${MAX_SHIFT_HOURS} hours` }],
    };
  }
  return { startsAt, endsAt };
}

/** The shifts in force at an instant (start inclusive, end exclusive: a handover has one answer). */
export function onCallAt<T extends OnCallShift>(shifts: readonly T[], at: Instant): T[] {
  const t = instantToMs(at);
  return shifts
    .filter((s) => instantToMs(s.startsAt) <= t && t < instantToMs(s.endsAt))
    .sort((a, b) => instantToMs(a.startsAt) - instantToMs(b.startsAt));
}

export interface RosterSpan {
  from: Date;
  to: Date;
}

export interface RosterHandover {
  at: Date;
  fromStaffId: string;
  toStaffId: string;
}

export interface RosterCoverage {
  /** Stretches of the period when nobody is on call. */
  gaps: RosterSpan[];
  /** Stretches when two or more are on call at once, with who. */
  overlaps: (RosterSpan & { staffIds: string[] })[];
  /** Where one person's shift ends exactly as another's begins. */
  handovers: RosterHandover[];
}

/**
 * How a roster covers a period [from, to): the gaps (nobody answers the line), the overlaps (two
 * on call at once — sometimes intended, always worth seeing) and the handovers. A sweep over the
 * shifts' start and end instants, so it is exact to the millisecond whatever the time zone.
 */
export function rosterCoverage(
  shifts: readonly OnCallShift[],
  from: Instant,
  to: Instant,
): RosterCoverage {
  const lo = instantToMs(from);
  const hi = instantToMs(to);
  const clipped = shifts
    .map((s) => ({
      staffId: s.staffId,
      start: Math.max(instantToMs(s.startsAt), lo),
      end: Math.min(instantToMs(s.endsAt), hi),
    }))
    .filter((s) => s.start < s.end);
  const points = [...new Set([lo, hi, ...clipped.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  const gaps: RosterSpan[] = [];
  const overlaps: RosterCoverage['overlaps'] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const on = clipped.filter((s) => s.start <= a && a < s.end).map((s) => s.staffId);
    if (on.length === 0) extend(gaps, a, b);
    else if (on.length > 1) {
      const staffIds = [...on].sort();
      const last = overlaps.at(-1);
      if (last && last.to.getTime() === a && same(last.staffIds, staffIds)) last.to = new Date(b);
      else overlaps.push({ from: new Date(a), to: new Date(b), staffIds });
    }
  }
  const handovers: RosterHandover[] = [];
  for (const ending of clipped) {
    for (const starting of clipped) {
      if (ending.end === starting.start && ending.staffId !== starting.staffId && ending.end < hi) {
        handovers.push({
          at: new Date(ending.end),
          fromStaffId: ending.staffId,
          toStaffId: starting.staffId,
        });
      }
    }
  }
  handovers.sort((a, b) => a.at.getTime() - b.at.getTime());
  return { gaps, overlaps, handovers };
}

function extend(spans: RosterSpan[], a: number, b: number) {
  const last = spans.at(-1);
  if (last && last.to.getTime() === a) last.to = new Date(b);
  else spans.push({ from: new Date(a), to: new Date(b) });
}

function same(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The program-local dates of a month, for the roster's month view: `2026-11` → 30 dates. */
export function monthDates(month: string): CalendarDate[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: days }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}
