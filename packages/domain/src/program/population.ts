import { ageOn } from '../client/client-name.js';
import type { Population } from './program-settings.js';

/** The ages a program serves, in whole years on the day that matters; null: no bound. */
export interface AgeRange {
  minAge: number | null;
  maxAge: number | null;
}

/** Adults from 18; adolescents 12 to 17. A program may set its own range. */
export function defaultAgeRange(population: Population): AgeRange {
  return population === 'ADOLESCENT' ? { minAge: 12, maxAge: 17 } : { minAge: 18, maxAge: null };
}

/** "18 and older", "12 to 17". */
export function ageRangeLabel(range: AgeRange): string {
  const { minAge, maxAge } = range;
  if (minAge !== null && maxAge !== null) return `${minAge} to ${maxAge}`;
  if (minAge !== null) return `${minAge} and older`;
  if (maxAge !== null) return `${maxAge} and younger`;
  return 'any age';
}

/** The rule named in refusals, so that clients of the API can tell which check failed. */
export const PROGRAM_AGE_RULE = 'PROGRAM_AGE_RANGE';

export type AgeCheck = { ok: true } | { ok: false; rule: typeof PROGRAM_AGE_RULE; message: string };

/**
 * Whether a client born on `dateOfBirth` is within the program's ages on `onDate` (the program's
 * local date of the inquiry or admission). The message names the rule and the range, never the
 * client's age or date of birth.
 */
export function checkProgramAge(
  range: AgeRange,
  dateOfBirth: string,
  onDate: string,
  when: 'inquiry' | 'admission',
): AgeCheck {
  const age = ageOn(dateOfBirth, onDate);
  const tooYoung = range.minAge !== null && age < range.minAge;
  const tooOld = range.maxAge !== null && age > range.maxAge;
  if (!tooYoung && !tooOld) return { ok: true };
  return {
    ok: false,
    rule: PROGRAM_AGE_RULE,
    message: `The client's age on the ${when} date is outside this program's population (${ageRangeLabel(range)}); a director may override with a reason.`,
  };
}
