import {
  DEFAULT_FOLLOW_UP_PERIOD_DAYS,
  type FollowUpCadence,
} from '../discharge/follow-up-schedule.js';
import { defaultAgeRange, type AgeRange } from './population.js';
import { DEFAULT_RESOURCE_REVERIFY_DAYS } from '../community-resource/resource-directory.js';

/** Who a program serves; it sets the default weekly hours target. */
export const Population = { ADULT: 'ADULT', ADOLESCENT: 'ADOLESCENT' } as const;
export type Population = (typeof Population)[keyof typeof Population];

export interface ProgramSettings extends AgeRange {
  asamLevel: string;
  weeklyHoursTarget: number;
  minimumDaysPerWeek: number;
  planReviewIntervalDays: number;
  initialPlanDueDays: number;
  maxGroupSize: number;
  /**
   * After an episode ends, its care team (primary clinician, case manager) may still read it,
   * not change it, for this many days (to finish notes and the discharge summary); 0: not at all.
   */
  careTeamReadDaysAfterDischarge: number;
  /**
   * PHQ-9, GAD-7 and BAM are given at admission, then every this many days in treatment, and at
   * discharge; 0: at admission and discharge only.
   */
  measureIntervalDays: number;
  /** How often a discharged client is followed up unless their discharge sets otherwise. */
  followUpCadence: FollowUpCadence;
  /** How many days after discharge follow-up contacts are scheduled for. */
  followUpPeriodDays: number;
  /** Whether a plan also needs a director's co-signature (as supervisor) to take effect. */
  requiresSupervisorSignature: boolean;
  /** Every role that reads client records must sign in with a second factor (TOTP). */
  mfaRequired: boolean;
  /** A community resource's details are due to be checked again this many days after the last check. */
  resourceReverifyDays: number;
}

/** The program description's defaults: 9 h/week for adults (3 h × 3 days), 6 for adolescents. */
export function defaultProgramSettings(population: Population): ProgramSettings {
  return {
    asamLevel: '2.1',
    weeklyHoursTarget: population === 'ADOLESCENT' ? 6 : 9,
    minimumDaysPerWeek: 3,
    planReviewIntervalDays: 30,
    initialPlanDueDays: 7,
    maxGroupSize: 12,
    ...defaultAgeRange(population),
    careTeamReadDaysAfterDischarge: 30,
    measureIntervalDays: 30,
    followUpCadence: 'WEEKLY',
    followUpPeriodDays: DEFAULT_FOLLOW_UP_PERIOD_DAYS,
    requiresSupervisorSignature: false,
    mfaRequired: false,
    resourceReverifyDays: DEFAULT_RESOURCE_REVERIFY_DAYS,
  };
}

/** True when the string names an IANA time zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
