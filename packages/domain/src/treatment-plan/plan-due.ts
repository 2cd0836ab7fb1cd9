import type { EpisodeStatus } from '../episode/episode-status.js';
import { instantToMs, type Instant } from './calendar-date.js';
import type { PlanVersionStatus } from './plan-status.js';
import { planWorkAllowed } from './plan-episode.js';

export interface PlanDueVersion {
  status: PlanVersionStatus;
  activatedAt: Instant | null;
  endedAt: Instant | null;
}

export interface PlanDueInput {
  episodeStatus: EpisodeStatus;
  /** When the client was admitted (entered orientation). */
  admittedAt: Instant;
  /** Every version of the episode's plan. */
  versions: readonly PlanDueVersion[];
  /** When the episode moved from DISCHARGE_PLANNING back into treatment (any order). */
  returnsToTreatment: readonly Instant[];
}

export interface NewPlanDue {
  /** What the initial-plan window runs from. */
  from: Instant;
  anchor: 'ADMISSION' | 'RETURN_TO_TREATMENT';
}

/**
 * While no version is in effect, whether a plan is due and from when; the due date is that
 * instant's program-local date + the program's initial-plan window (Rule 1's INITIAL_PLAN).
 *
 * - No version was ever in effect: the initial plan, from admission.
 * - A version was in effect and was closed (in discharge planning) and the client has since come
 *   back into treatment: a new plan is due, from the first return after that closing. The closed
 *   plan is the record of the stay so far and is never reopened; the return is a new start, so it
 *   gets the same window as an admission rather than being overdue at once.
 * - Closed and still in discharge planning (or back in it): nothing is due; the plan was closed
 *   for the discharge under way.
 * - Not in treatment, or a version is ACTIVE (then the review clock applies): null.
 */
export function newPlanDue(input: PlanDueInput): NewPlanDue | null {
  if (!planWorkAllowed(input.episodeStatus)) return null;
  if (input.versions.some((v) => v.status === 'ACTIVE')) return null;
  const everInEffect = input.versions.filter((v) => v.activatedAt != null);
  if (everInEffect.length === 0) return { from: input.admittedAt, anchor: 'ADMISSION' };
  if (input.episodeStatus === 'DISCHARGE_PLANNING') return null;
  const closedMs = Math.max(
    ...everInEffect.map((v) => (v.endedAt == null ? -Infinity : instantToMs(v.endedAt))),
  );
  const returns = input.returnsToTreatment
    .map(instantToMs)
    .filter((ms) => ms >= closedMs)
    .sort((a, b) => a - b);
  // Without a recorded return (data from before transitions were kept), the closing itself.
  const fromMs =
    returns[0] ?? (Number.isFinite(closedMs) ? closedMs : instantToMs(input.admittedAt));
  return { from: new Date(fromMs), anchor: 'RETURN_TO_TREATMENT' };
}
