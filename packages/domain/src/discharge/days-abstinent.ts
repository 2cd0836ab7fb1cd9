import { calendarDaysBetween, type CalendarDate } from '../treatment-plan/calendar-date.js';
import type { FollowUpStatus } from './follow-up-schedule.js';

/** Days after the discharge at which abstinence is reported to funders. */
export const ABSTINENCE_MARKS = [30, 60, 90] as const;
export type AbstinenceMark = (typeof ABSTINENCE_MARKS)[number];

/**
 * How far from a mark a contact may fall and still stand for it. Fourteen days reaches the
 * nearest contact of a bi-weekly series, and the windows of 30, 60 and 90 never overlap.
 */
export const ABSTINENCE_WINDOW_DAYS = 14;

/**
 * The most days each BAM answer to "how many days did you drink / use" (items 4 and 6) can
 * mean: the answers are bands (0, 1–3, 4–8, 9–15, 16–30 days), indexed by the answer's value.
 */
export const BAM_USE_DAYS_MOST = [0, 3, 8, 15, 30] as const;

/** The BAM's look-back: "in the past 30 days". */
export const BAM_LOOK_BACK_DAYS = 30;

/** A follow-up contact as the figure needs it: its day, whether it was done, its BAM's answers. */
export interface AbstinenceContact {
  dueOn: CalendarDate;
  status: FollowUpStatus;
  /** BAM item 4 (days of any alcohol), as answered; null without a BAM or an answer. */
  alcoholAnswer: number | null;
  /** BAM item 6 (days of illegal drugs or misused medication), as answered. */
  drugAnswer: number | null;
}

/**
 * Days abstinent from alcohol and drugs in the BAM's 30 days, counted so as never to overstate
 * them: every day of drinking and every day of drug use is taken at its band's top and as a
 * different day. Null when either answer is missing.
 */
export function bamDaysAbstinent(alcoholAnswer: number | null, drugAnswer: number | null) {
  if (alcoholAnswer === null || drugAnswer === null) return null;
  const used = (BAM_USE_DAYS_MOST[alcoholAnswer] ?? 0) + (BAM_USE_DAYS_MOST[drugAnswer] ?? 0);
  return BAM_LOOK_BACK_DAYS - Math.min(BAM_LOOK_BACK_DAYS, used);
}

/**
 * The contact that stands for a mark: a DONE contact with both BAM answers whose day is within
 * the window of the mark (days counted on the program's calendar from the discharge day), the
 * nearest to it; of two equally near, the earlier.
 */
export function contactAtMark<C extends AbstinenceContact>(
  dischargedOn: CalendarDate,
  contacts: readonly C[],
  mark: AbstinenceMark,
): C | null {
  let best: { contact: C; distance: number; day: number } | null = null;
  for (const contact of contacts) {
    if (contact.status !== 'DONE') continue;
    if (bamDaysAbstinent(contact.alcoholAnswer, contact.drugAnswer) === null) continue;
    const day = calendarDaysBetween(dischargedOn, contact.dueOn);
    const distance = Math.abs(day - mark);
    if (distance > ABSTINENCE_WINDOW_DAYS) continue;
    if (!best || distance < best.distance || (distance === best.distance && day < best.day)) {
      best = { contact, distance, day };
    }
  }
  return best?.contact ?? null;
}

/** One discharge's days abstinent at a mark, or null when no contact stands for it. */
export function daysAbstinentAtMark(
  dischargedOn: CalendarDate,
  contacts: readonly AbstinenceContact[],
  mark: AbstinenceMark,
): number | null {
  const c = contactAtMark(dischargedOn, contacts, mark);
  return c && bamDaysAbstinent(c.alcoholAnswer, c.drugAnswer);
}

export interface AbstinenceFigure {
  mark: AbstinenceMark;
  /** Discharges with a contact that stands for the mark. */
  clients: number;
  /** Of them, no alcohol and no drug use in the BAM's 30 days. */
  abstinentAllDays: number;
  /** Mean days abstinent (of 30) over them; null when there are none. */
  meanDaysAbstinent: number | null;
}

/** The days-abstinent figure at each mark over a set of discharges. */
export function abstinenceFigures(
  discharges: readonly { dischargedOn: CalendarDate; contacts: readonly AbstinenceContact[] }[],
): AbstinenceFigure[] {
  return ABSTINENCE_MARKS.map((mark) => {
    const days = discharges
      .map((d) => daysAbstinentAtMark(d.dischargedOn, d.contacts, mark))
      .filter((n): n is number => n !== null);
    return {
      mark,
      clients: days.length,
      abstinentAllDays: days.filter((n) => n === BAM_LOOK_BACK_DAYS).length,
      meanDaysAbstinent: days.length ? days.reduce((s, n) => s + n, 0) / days.length : null,
    };
  });
}

/** The definition, as the dashboard's help text and the CSV state it. */
export const ABSTINENCE_DEFINITION =
  `Days abstinent at 30, 60 and 90 days after discharge: for each mark, the follow-up contact ` +
  `done with a BAM nearest to that day after the discharge (within ${ABSTINENCE_WINDOW_DAYS} days ` +
  `either side; the earlier of two equally near). Days abstinent = 30 − days of alcohol use − ` +
  `days of drug use in the BAM's past 30 days, each answer band taken at its top, so the figure ` +
  `never overstates abstinence.`;
