import { episodePhase, type EpisodeStatus } from '../episode/episode-status.js';
import type { GoalAchievementStatus, GoalLifecycleStatus } from './plan-status.js';

/**
 * A plan is written, submitted, signed, reviewed and tracked only while the client is in
 * treatment: orientation, active, on hold or discharge planning (the IN_TREATMENT phase).
 */
export function planWorkAllowed(episodeStatus: EpisodeStatus): boolean {
  return episodePhase(episodeStatus) === 'IN_TREATMENT';
}

export const PLAN_NEEDS_TREATMENT_MESSAGE =
  'The client is no longer in treatment in this episode; its plan is closed and cannot change';

/**
 * Every move out of treatment (discharge, transfer, closing, referral out, lost contact…) ends
 * the plan: the ACTIVE version closes with each goal's final status, and versions still being
 * written are abandoned, in the transaction that moves the episode.
 */
export function closesPlans(to: EpisodeStatus): boolean {
  return !planWorkAllowed(to);
}

/**
 * An ACTIVE plan can be closed by hand only once discharge is being planned (or the episode has
 * already ended); before that it is revised by a review, never closed.
 */
export function activePlanClosable(episodeStatus: EpisodeStatus): boolean {
  return episodeStatus === 'DISCHARGE_PLANNING' || !planWorkAllowed(episodeStatus);
}

/** Achievement statuses that are already an outcome; they stand as recorded when the plan closes. */
const FINAL_ACHIEVEMENT: ReadonlySet<GoalAchievementStatus> = new Set([
  'ACHIEVED',
  'SUSTAINING',
  'NOT_ACHIEVED',
  'NOT_ATTAINABLE',
]);

/** Lifecycle statuses in which a goal is no longer pursued; they stand as recorded. */
const ENDED_LIFECYCLE: ReadonlySet<GoalLifecycleStatus> = new Set([
  'COMPLETED',
  'CANCELLED',
  'ENTERED_IN_ERROR',
  'REJECTED',
]);

export interface TrackedStatuses {
  lifecycleStatus: GoalLifecycleStatus;
  achievementStatus: GoalAchievementStatus;
}

/**
 * Rule 6, a goal's final status when its plan closes with the episode. An outcome already
 * recorded (achieved, sustaining, not achieved, not attainable) stands; anything still open
 * (in progress, improving, worsening, no change, no progress) was not achieved by the end of the
 * episode, so it becomes NOT_ACHIEVED — the clinician can still correct it on a later episode's
 * plan, but the closed record says what stood at discharge. A goal still pursued ends COMPLETED,
 * which in FHIR means "no longer being sought" (the achievement status says whether it was met);
 * cancelled, rejected and entered-in-error goals keep their status.
 */
export function finalGoalStatuses(current: TrackedStatuses): TrackedStatuses {
  return {
    lifecycleStatus: ENDED_LIFECYCLE.has(current.lifecycleStatus)
      ? current.lifecycleStatus
      : 'COMPLETED',
    achievementStatus: FINAL_ACHIEVEMENT.has(current.achievementStatus)
      ? current.achievementStatus
      : 'NOT_ACHIEVED',
  };
}

/** The SQL-ready lists of the same rule, for the one UPDATE that closes a plan's goals. */
export const FINAL_ACHIEVEMENT_STATUSES: readonly GoalAchievementStatus[] = [...FINAL_ACHIEVEMENT];
export const ENDED_LIFECYCLE_STATUSES: readonly GoalLifecycleStatus[] = [...ENDED_LIFECYCLE];
