import { z } from 'zod';
import { localTimeOf } from '../groups/zoned-time.js';
import type { ReviewTriggerEvent } from '../treatment-plan/review-clock.js';
import {
  addCalendarDays,
  instantToMs,
  localDate,
  type CalendarDate,
  type Instant,
} from '../treatment-plan/calendar-date.js';

/**
 * A contact on the 24/7 crisis line: when, who called, the client if known, the risk as the
 * on-call staff judged it, and what was done. Every contact about a known client puts an urgent
 * follow-up on the primary clinician's Today; a HIGH risk contact also brings the plan review
 * forward (Rule 1), as a PHQ-9 safety flag does.
 */
export const CrisisRiskLevel = { LOW: 'LOW', MODERATE: 'MODERATE', HIGH: 'HIGH' } as const;
export type CrisisRiskLevel = (typeof CrisisRiskLevel)[keyof typeof CrisisRiskLevel];

export const CrisisCaller = {
  CLIENT: 'CLIENT',
  FAMILY: 'FAMILY',
  OTHER: 'OTHER',
} as const;
export type CrisisCaller = (typeof CrisisCaller)[keyof typeof CrisisCaller];

export const CrisisAction = {
  SAFETY_PLAN_REVIEWED: 'SAFETY_PLAN_REVIEWED',
  CALLED_988: 'CALLED_988',
  CALLED_911: 'CALLED_911',
  MOBILE_CRISIS: 'MOBILE_CRISIS',
  NEXT_DAY_FOLLOW_UP: 'NEXT_DAY_FOLLOW_UP',
} as const;
export type CrisisAction = (typeof CrisisAction)[keyof typeof CrisisAction];

const actionLabels: Record<CrisisAction, string> = {
  SAFETY_PLAN_REVIEWED: 'Safety plan reviewed',
  CALLED_988: '988 called',
  CALLED_911: '911 called',
  MOBILE_CRISIS: 'Mobile crisis',
  NEXT_DAY_FOLLOW_UP: 'Next-day follow-up',
};

export function crisisActionLabel(action: CrisisAction): string {
  return actionLabels[action];
}

const callerLabels: Record<CrisisCaller, string> = {
  CLIENT: 'Client',
  FAMILY: 'Family member',
  OTHER: 'Someone else',
};

export function crisisCallerLabel(caller: CrisisCaller): string {
  return callerLabels[caller];
}

/** Clock skew allowed between a phone and the server before "in the future" is refused. */
const SKEW_MS = 5 * 60_000;

export const crisisContactSchema = z.object({
  occurredAt: z.coerce.date({ message: 'must be a date and time' }),
  caller: z.enum(['CLIENT', 'FAMILY', 'OTHER']),
  riskLevel: z.enum(['LOW', 'MODERATE', 'HIGH']),
  actions: z.array(z.enum(Object.values(CrisisAction) as [CrisisAction, ...CrisisAction[]])).max(5),
  notes: z.string().trim().max(4000, 'must be at most 4000 characters'),
});
export type CrisisContactInput = z.infer<typeof crisisContactSchema>;

/**
 * Problems by field; empty when the contact can be logged. A contact cannot be in the future, and
 * a HIGH risk contact says what was done (at least one action), so nobody reads "high risk" and
 * wonders whether anyone acted.
 */
export function crisisContactProblems(
  input: Record<string, unknown>,
  now: Instant = new Date(),
): { field: string; message: string }[] {
  const result = crisisContactSchema.safeParse(input);
  if (!result.success) {
    return result.error.issues.map((i) => ({
      field: String(i.path[0] ?? 'input'),
      message: i.code === 'invalid_type' ? 'is required' : i.message,
    }));
  }
  const problems: { field: string; message: string }[] = [];
  if (result.data.occurredAt.getTime() > instantToMs(now) + SKEW_MS) {
    problems.push({ field: 'occurredAt', message: 'cannot be in the future' });
  }
  if (result.data.riskLevel === 'HIGH' && result.data.actions.length === 0) {
    problems.push({ field: 'actions', message: 'say what was done for a high-risk contact' });
  }
  return problems;
}

/** The review-clock triggers the crisis contacts of an episode fire: each HIGH risk contact. */
export function crisisTriggers(
  contacts: readonly { riskLevel: CrisisRiskLevel; occurredAt: Instant }[],
): ReviewTriggerEvent[] {
  return contacts
    .filter((c) => c.riskLevel === 'HIGH')
    .map((c) => ({ kind: 'HIGH_RISK_CRISIS_CONTACT' as const, at: c.occurredAt }));
}

/** Calls before this local time belong to the night before: followed up that same day. */
const NIGHT_ENDS = '06:00';

/**
 * The program-local date by which the primary clinician follows a contact up: the next day, where
 * a call in the small hours (before 06:00) counts as the night before, so it is due that morning.
 */
export function crisisFollowUpDue(occurredAt: Instant, timeZone: string): CalendarDate {
  const at = new Date(instantToMs(occurredAt));
  const day = localDate(at, timeZone);
  return localTimeOf(at, timeZone) < NIGHT_ENDS ? day : addCalendarDays(day, 1);
}
