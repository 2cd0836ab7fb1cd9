import {
  localDate,
  reviewClock,
  type CalendarDate,
  type Instant,
  type ReviewClock,
  type ReviewClockProgram,
} from '@waypoint/domain';

/**
 * The review clock (Rule 1) from the records the API holds. Pure: the caller loads the rows.
 * Level-of-care changes are the only trigger recorded so far; the domain function keeps those
 * after the anchor (activation or last review) and ignores the rest.
 */
export interface ClockEpisode {
  admittedAt: Instant | null;
  openedAt: Instant;
}

export interface ClockPlan {
  activatedAt: Instant | null;
  lastReviewedAt: Instant | null;
}

/** When the client was admitted. An episode admitted before admission was recorded falls back to when it opened. */
export function admissionInstant(episode: ClockEpisode): Instant {
  return episode.admittedAt ?? episode.openedAt;
}

/** The admission date in the program's time zone: nothing clinical is dated before it. */
export function admissionDate(episode: ClockEpisode, timeZone: string): CalendarDate {
  return localDate(admissionInstant(episode), timeZone);
}

/**
 * The clock of an active plan, or of the initial plan when `plan` is null (no version has been
 * activated yet in the episode).
 */
export function planReviewClock(
  input: {
    program: ReviewClockProgram;
    episode: ClockEpisode;
    plan: ClockPlan | null;
    levelOfCareChanges: readonly Instant[];
  },
  now: Instant,
): ReviewClock {
  return reviewClock(
    {
      program: input.program,
      admittedAt: admissionInstant(input.episode),
      lastActivatedAt: input.plan?.activatedAt ?? null,
      lastReviewedAt: input.plan?.lastReviewedAt ?? null,
      triggers: input.plan
        ? input.levelOfCareChanges.map((at) => ({ kind: 'LEVEL_OF_CARE_CHANGE' as const, at }))
        : [],
    },
    now,
  );
}
