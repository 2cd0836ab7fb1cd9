import type { ProgramSettings } from '../program/program-settings.js';
import {
  addCalendarDays,
  calendarDaysBetween,
  instantToMs,
  localDate,
  type CalendarDate,
  type Instant,
} from './calendar-date.js';

/**
 * Rule 1, the review clock. A treatment plan is reviewed every `planReviewIntervalDays` after it
 * was last activated or reviewed, and sooner when something happens that the plan should answer
 * to. The API computes the due date and reason with `nextReviewDue` on every write that changes
 * an input and stores them on the episode; where a due date stands (overdue, due soon) depends on
 * today and is always derived at read time with `reviewDueStatus`.
 */

/** Events after which the plan must be reviewed at once (on the event's local date). */
export const ReviewTriggerKind = {
  /** The client's level of care changed (clinical or authorized). */
  LEVEL_OF_CARE_CHANGE: 'LEVEL_OF_CARE_CHANGE',
  /** A drug screen with a positive analyte that was not prescribed-expected. */
  POSITIVE_DRUG_SCREEN: 'POSITIVE_DRUG_SCREEN',
  /** A PHQ-9 with item 9 (thoughts of self-harm) above 0. */
  PHQ9_SAFETY: 'PHQ9_SAFETY',
  /** A measure scored in a worse severity band than the client's previous one on it. */
  WORSENING_SEVERITY: 'WORSENING_SEVERITY',
  /** A crisis-line contact about the client judged HIGH risk. */
  HIGH_RISK_CRISIS_CONTACT: 'HIGH_RISK_CRISIS_CONTACT',
} as const;
export type ReviewTriggerKind = (typeof ReviewTriggerKind)[keyof typeof ReviewTriggerKind];

/** Which rule set the due date. */
export const ReviewDueReason = {
  /** No plan has been activated yet: admission date + the program's initial-plan window. */
  INITIAL_PLAN: 'INITIAL_PLAN',
  /**
   * The plan in effect ended (closed) while the client stays in treatment: a new plan is due
   * within the program's initial-plan window after it ended.
   */
  NEW_PLAN: 'NEW_PLAN',
  /** The routine interval after the last activation or review. */
  INTERVAL: 'INTERVAL',
  ...ReviewTriggerKind,
  /** Three or more missed sessions within 14 days. */
  MISSED_SESSIONS: 'MISSED_SESSIONS',
} as const;
export type ReviewDueReason = (typeof ReviewDueReason)[keyof typeof ReviewDueReason];

const reasonLabels: Record<ReviewDueReason, string> = {
  INITIAL_PLAN: 'Initial plan',
  NEW_PLAN: 'New plan',
  INTERVAL: 'Routine review',
  LEVEL_OF_CARE_CHANGE: 'Level-of-care change',
  POSITIVE_DRUG_SCREEN: 'Positive drug screen',
  PHQ9_SAFETY: 'PHQ-9 safety item',
  WORSENING_SEVERITY: 'Worsening severity',
  HIGH_RISK_CRISIS_CONTACT: 'High-risk crisis contact',
  MISSED_SESSIONS: 'Missed sessions',
};

export function reviewDueReasonLabel(reason: ReviewDueReason): string {
  return reasonLabels[reason];
}

/** This many missed sessions… */
export const MISSED_SESSIONS_THRESHOLD = 3;
/** …within this many consecutive calendar days make a review due. */
export const MISSED_SESSIONS_WINDOW_DAYS = 14;
/** A review due within this many days (after today) is DUE_SOON, unless configured otherwise. */
export const DEFAULT_DUE_SOON_DAYS = 7;

/** What the clock needs from the program. */
export type ReviewClockProgram = Pick<
  ProgramSettings,
  'planReviewIntervalDays' | 'initialPlanDueDays'
> & {
  /** IANA time zone; every date is the program's local date. */
  timeZone: string;
};

export interface ReviewTriggerEvent {
  kind: ReviewTriggerKind;
  at: Instant;
}

export interface ReviewClockInput {
  program: ReviewClockProgram;
  /** When the client was admitted (entered orientation); anchors the initial plan. */
  admittedAt: Instant;
  /** When the current plan version became ACTIVE; null while no plan has ever been active. */
  lastActivatedAt?: Instant | null;
  /** When the active plan was last reviewed and continued (a revision is a new activation). */
  lastReviewedAt?: Instant | null;
  /**
   * With no plan in effect (`lastActivatedAt` null): when the last plan that was in effect ended.
   * Null or absent when no plan has ever been in effect.
   */
  lastPlanEndedAt?: Instant | null;
  /** Trigger events; the caller decides which records qualify (see ReviewTriggerKind). */
  triggers?: readonly ReviewTriggerEvent[];
  /** Start times of sessions the client missed; three within 14 days trigger a review. */
  missedSessions?: readonly Instant[];
}

export interface ReviewDue {
  /** The program-local date by which the plan (or initial plan) must be signed or reviewed. */
  dueDate: CalendarDate;
  reason: ReviewDueReason;
  /** What the clock runs from. */
  anchor: 'ADMISSION' | 'PLAN_ENDED' | 'ACTIVATION' | 'REVIEW';
  anchorDate: CalendarDate;
  /** The date the interval (or initial-plan window) alone gives; equals dueDate unless a trigger came first. */
  scheduledDate: CalendarDate;
  /** The trigger that brought the review forward (ISO instant), or null. */
  triggeredAt: string | null;
}

/**
 * When the next plan review (or the initial plan) is due, and why.
 *
 * - No activation yet: admission's local date + `initialPlanDueDays` (triggers do not apply; there
 *   is no plan to review yet, and the initial plan is due anyway).
 * - No plan in effect, but one was and ended while the client stays in treatment: the local date
 *   it ended + `initialPlanDueDays` (NEW_PLAN), so the client does not drop off every list.
 * - Otherwise the anchor is the later of the last activation and the last review, and the review
 *   is due on the anchor's local date + `planReviewIntervalDays`, or on the local date of the
 *   earliest trigger that happened after the anchor (compared as instants, so a screen collected
 *   the afternoon after a morning review still counts), whichever is earlier. On a tie between
 *   the interval and a trigger the reason is INTERVAL: the trigger did not bring anything forward.
 * - Missed sessions count only after the anchor: a review that has dealt with earlier absences
 *   starts the count again. The trigger occurs at the third miss within 14 calendar days.
 */
export function nextReviewDue(input: ReviewClockInput): ReviewDue {
  const { program } = input;
  const tz = program.timeZone;

  const anchorCandidates = [
    { anchor: 'ACTIVATION' as const, at: input.lastActivatedAt },
    { anchor: 'REVIEW' as const, at: input.lastReviewedAt },
  ]
    .filter((c): c is { anchor: 'ACTIVATION' | 'REVIEW'; at: Instant } => c.at != null)
    .map((c) => ({ anchor: c.anchor, ms: instantToMs(c.at) }));

  if (anchorCandidates.length === 0) {
    const ended = input.lastPlanEndedAt ?? null;
    const anchorDate = localDate(ended ?? input.admittedAt, tz);
    const dueDate = addCalendarDays(anchorDate, program.initialPlanDueDays);
    return {
      dueDate,
      reason: ended ? 'NEW_PLAN' : 'INITIAL_PLAN',
      anchor: ended ? 'PLAN_ENDED' : 'ADMISSION',
      anchorDate,
      scheduledDate: dueDate,
      triggeredAt: null,
    };
  }

  // The later of activation and review; a review on the very instant of activation changes nothing.
  const latest = anchorCandidates.reduce((a, b) => (b.ms > a.ms ? b : a));
  const anchorDate = localDate(new Date(latest.ms), tz);
  const scheduledDate = addCalendarDays(anchorDate, program.planReviewIntervalDays);

  const candidates: { reason: ReviewDueReason; ms: number }[] = (input.triggers ?? [])
    .map((t) => ({ reason: t.kind, ms: instantToMs(t.at) }))
    .filter((t) => t.ms > latest.ms);
  const missed = missedSessionsTrigger(
    (input.missedSessions ?? []).map(instantToMs).filter((ms) => ms > latest.ms),
    tz,
  );
  if (missed !== null) candidates.push({ reason: 'MISSED_SESSIONS', ms: missed });

  // Earliest instant wins; equal instants keep input order (stable sort).
  const first = [...candidates].sort((a, b) => a.ms - b.ms)[0];
  if (first) {
    const triggerDate = localDate(new Date(first.ms), tz);
    if (triggerDate < scheduledDate) {
      return {
        dueDate: triggerDate,
        reason: first.reason,
        anchor: latest.anchor,
        anchorDate,
        scheduledDate,
        triggeredAt: new Date(first.ms).toISOString(),
      };
    }
  }
  return {
    dueDate: scheduledDate,
    reason: 'INTERVAL',
    anchor: latest.anchor,
    anchorDate,
    scheduledDate,
    triggeredAt: null,
  };
}

/**
 * The instant of the first missed session that completes MISSED_SESSIONS_THRESHOLD misses within
 * MISSED_SESSIONS_WINDOW_DAYS consecutive local calendar days, or null. Two sessions missed on the
 * same day count as two.
 */
function missedSessionsTrigger(missedMs: readonly number[], timeZone: string): number | null {
  const sorted = [...missedMs].sort((a, b) => a - b);
  const dates = sorted.map((ms) => localDate(new Date(ms), timeZone));
  const span = MISSED_SESSIONS_THRESHOLD - 1;
  for (let i = 0; i + span < sorted.length; i++) {
    const firstDate = dates[i];
    const lastDate = dates[i + span];
    const lastMs = sorted[i + span];
    if (firstDate === undefined || lastDate === undefined || lastMs === undefined) break;
    if (calendarDaysBetween(firstDate, lastDate) < MISSED_SESSIONS_WINDOW_DAYS) return lastMs;
  }
  return null;
}

export const ReviewDueStatus = {
  /** The due date has passed. */
  OVERDUE: 'OVERDUE',
  /** Due today. */
  DUE: 'DUE',
  /** Due within the next few days (DEFAULT_DUE_SOON_DAYS unless configured). */
  DUE_SOON: 'DUE_SOON',
  NOT_DUE: 'NOT_DUE',
} as const;
export type ReviewDueStatus = (typeof ReviewDueStatus)[keyof typeof ReviewDueStatus];

const statusLabels: Record<ReviewDueStatus, string> = {
  OVERDUE: 'Overdue',
  DUE: 'Due today',
  DUE_SOON: 'Due soon',
  NOT_DUE: 'Not due',
};

export function reviewDueStatusLabel(status: ReviewDueStatus): string {
  return statusLabels[status];
}

export interface ReviewDueStatusOptions {
  /** Days after today that count as DUE_SOON (inclusive); default 7. */
  dueSoonDays?: number;
}

export interface ReviewDueState {
  status: ReviewDueStatus;
  /** Calendar days from today to the due date: 0 today, negative when overdue. */
  daysUntilDue: number;
}

/** Where a due date stands on a given program-local date. */
export function reviewDueStatus(
  dueDate: CalendarDate,
  today: CalendarDate,
  options: ReviewDueStatusOptions = {},
): ReviewDueState {
  const dueSoonDays = options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const daysUntilDue = calendarDaysBetween(today, dueDate);
  const status: ReviewDueStatus =
    daysUntilDue < 0
      ? 'OVERDUE'
      : daysUntilDue === 0
        ? 'DUE'
        : daysUntilDue <= dueSoonDays
          ? 'DUE_SOON'
          : 'NOT_DUE';
  return { status, daysUntilDue };
}

export interface ReviewClock extends ReviewDue, ReviewDueState {
  /** `now` as a date in the program's time zone. */
  today: CalendarDate;
}

/** The whole clock at an instant: due date, why, and where it stands today in the program. */
export function reviewClock(
  input: ReviewClockInput,
  now: Instant,
  options: ReviewDueStatusOptions = {},
): ReviewClock {
  const due = nextReviewDue(input);
  const today = localDate(now, input.program.timeZone);
  return { ...due, today, ...reviewDueStatus(due.dueDate, today, options) };
}
