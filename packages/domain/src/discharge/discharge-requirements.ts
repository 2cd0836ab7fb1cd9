import type { DischargeType } from '../episode/discharge.js';

/**
 * Rule 6. A planned discharge hands the client over to aftercare: it needs an aftercare plan and
 * scheduled follow-up contacts. When the client has already left (walked out, cannot be reached,
 * or was discharged by the program) nobody can plan with them, so the reason and a record of the
 * attempt to reach them are what the chart must show.
 */
export const CLIENT_LEFT_DISCHARGE_TYPES: readonly DischargeType[] = [
  'AMA',
  'LOST_CONTACT',
  'ADMINISTRATIVE',
];

export function clientHasLeft(type: DischargeType): boolean {
  return CLIENT_LEFT_DISCHARGE_TYPES.includes(type);
}

export const ContactMethod = {
  PHONE: 'PHONE',
  VIDEO: 'VIDEO',
  IN_PERSON: 'IN_PERSON',
  TEXT: 'TEXT',
  LETTER: 'LETTER',
} as const;
export type ContactMethod = (typeof ContactMethod)[keyof typeof ContactMethod];

/** The aftercare plan as staff write it; triggers and coping steps in the client's own words. */
export interface AftercarePlanDraft {
  triggers: readonly string[];
  copingSteps: readonly string[];
  crisisPlan: string;
  crisisContacts: readonly { name: string; phone: string }[];
  mutualSupportMeetings: readonly string[];
  medicationContinuity: string;
  referralIds: readonly string[];
}

export interface AttemptedContactDraft {
  attemptedAt: string;
  method: ContactMethod;
  note: string;
}

export interface DischargeDraft {
  type: DischargeType;
  reason: string | null | undefined;
  aftercarePlan: AftercarePlanDraft | null | undefined;
  /** How many follow-up contacts the discharge schedules (from the cadence and period). */
  scheduledFollowUps: number;
  attemptedContact: AttemptedContactDraft | null | undefined;
}

export interface DischargeProblem {
  /** Input path, e.g. `aftercarePlan.copingSteps`. */
  field: string;
  message: string;
}

const blank = (v: string | null | undefined) => v == null || v.trim() === '';
const noneWritten = (items: readonly string[] | undefined) => !items?.some((i) => !blank(i));

/** What the discharge still lacks under Rule 6; empty when it may go ahead. */
export function dischargeProblems(draft: DischargeDraft): DischargeProblem[] {
  const problems: DischargeProblem[] = [];
  if (blank(draft.reason)) problems.push({ field: 'reason', message: 'is required' });
  if (clientHasLeft(draft.type)) {
    const attempt = draft.attemptedContact;
    if (!attempt) {
      problems.push({
        field: 'attemptedContact',
        message: 'record the attempt to reach the client before this discharge',
      });
    } else if (blank(attempt.note)) {
      problems.push({ field: 'attemptedContact.note', message: 'say what happened' });
    }
    return problems;
  }
  const plan = draft.aftercarePlan;
  if (!plan) {
    problems.push({
      field: 'aftercarePlan',
      message: 'a planned discharge needs an aftercare plan',
    });
  } else {
    if (noneWritten(plan.triggers))
      problems.push({ field: 'aftercarePlan.triggers', message: 'name at least one trigger' });
    if (noneWritten(plan.copingSteps))
      problems.push({
        field: 'aftercarePlan.copingSteps',
        message: 'name at least one coping step',
      });
    if (blank(plan.crisisPlan))
      problems.push({ field: 'aftercarePlan.crisisPlan', message: 'is required' });
    if (!plan.crisisContacts.some((c) => !blank(c.name) && !blank(c.phone)))
      problems.push({
        field: 'aftercarePlan.crisisContacts',
        message: 'give at least one crisis contact with a phone number',
      });
  }
  if (draft.scheduledFollowUps < 1) {
    problems.push({
      field: 'followUpCadence',
      message: 'a planned discharge needs scheduled follow-up contacts',
    });
  }
  return problems;
}

/** What the chart holds for a discharge when the episode moves to DISCHARGED. */
export interface DischargeOnFile {
  aftercarePlan: AftercarePlanDraft | null;
  attemptedContact: AttemptedContactDraft | null;
  scheduledFollowUps: number;
}

/**
 * Rule 6 judged on the move itself, whichever way it is asked for: a move to DISCHARGED without
 * the discharge written with it (the discharge workflow writes it in the same transaction) is
 * refused, and one with a discharge is held to the same rule as the workflow's form.
 */
export function dischargeMoveProblems(
  type: DischargeType,
  reason: string | null | undefined,
  onFile: DischargeOnFile | null,
): DischargeProblem[] {
  if (!onFile) {
    return [
      {
        field: clientHasLeft(type) ? 'attemptedContact' : 'aftercarePlan',
        message: clientHasLeft(type)
          ? 'discharge through the discharge form: record the attempt to reach the client'
          : 'discharge through the discharge form: it needs the aftercare plan and scheduled follow-up contacts',
      },
    ];
  }
  return dischargeProblems({ type, reason, ...onFile });
}
