import { z } from 'zod';
import { isCalendarDate, type CalendarDate } from './calendar-date.js';
import { GoalHorizon, InterventionModality, ProblemDomain } from './plan-vocabulary.js';

/**
 * The limits and words of every plan input, once: the API validates mutations with these
 * schemas (after authorizing) and the web forms check the same before sending. Text is trimmed;
 * optional text left blank becomes null. On an update a field left out (undefined) stays as it is,
 * a required one cannot be cleared (null) and an optional one is cleared by null or blank.
 */
export const PLAN_TEXT_LIMITS = {
  clientWords: 2000,
  strengths: 2000,
  goalDescription: 1000,
  objectiveDescription: 1000,
  measure: 500,
  frequency: 200,
  interventionDescription: 1000,
  progressNote: 4000,
  reviewNote: 4000,
  closeReason: 500,
  amendReason: 500,
  signedName: 200,
} as const;

export const PROGRESS_RATING = { min: 0, max: 10 } as const;
export const PROGRESS_MEASURE_LIMIT = 1_000_000;

const tooLong = (max: number) => `Use at most ${max} characters`;

/** Text that must hold something; `blank` is what the form says when it is missing. */
function requiredText(max: number, blank: string) {
  return z
    .string({ error: (issue) => (issue.input == null ? blank : 'Must be text') })
    .trim()
    .min(1, blank)
    .max(max, tooLong(max));
}

/** Text that may be left out or blank (then null). */
function optionalText(max: number) {
  return z
    .string({ error: 'Must be text' })
    .trim()
    .max(max, tooLong(max))
    .transform((v) => v || null)
    .nullish();
}

/** A program-local calendar date, optionally not before admission. */
function calendarDate(admittedOn: CalendarDate | null | undefined) {
  return z
    .string({ error: 'Enter a date' })
    .refine(isCalendarDate, 'Enter a date')
    .refine(
      (d) => !admittedOn || d >= admittedOn,
      `Cannot be before admission${admittedOn ? ` (${admittedOn})` : ''}`,
    );
}

function enumOf<T extends Record<string, string>>(values: T, missing: string) {
  return z.enum(values, { error: missing });
}

/** What dates in plan content are checked against. */
export interface PlanInputContext {
  /** The admission date (program-local); clinical dates may not precede it. */
  admittedOn?: CalendarDate | null;
}

/** The editable fields of each kind of plan element, for adding one (updates use `.partial()`). */
export function planElementSchemas(context: PlanInputContext = {}) {
  const date = calendarDate(context.admittedOn).nullish();
  return {
    PROBLEM: z.object({
      domain: enumOf(ProblemDomain, 'Choose the life area'),
      clientWords: requiredText(
        PLAN_TEXT_LIMITS.clientWords,
        'Write the problem as the client put it',
      ),
      strengths: optionalText(PLAN_TEXT_LIMITS.strengths),
    }),
    GOAL: z.object({
      description: requiredText(PLAN_TEXT_LIMITS.goalDescription, 'Describe the goal'),
      horizon: enumOf(GoalHorizon, 'Choose a horizon'),
      targetDate: date,
    }),
    OBJECTIVE: z.object({
      description: requiredText(PLAN_TEXT_LIMITS.objectiveDescription, 'Describe the objective'),
      measure: optionalText(PLAN_TEXT_LIMITS.measure),
      targetDate: date,
    }),
    INTERVENTION: z.object({
      modality: enumOf(InterventionModality, 'Choose a modality'),
      frequency: requiredText(
        PLAN_TEXT_LIMITS.frequency,
        'Say how often, e.g. “3 group sessions a week”',
      ),
      description: optionalText(PLAN_TEXT_LIMITS.interventionDescription),
      responsibleStaffId: z.uuid({ error: 'Choose a member of staff' }).nullish(),
    }),
  } as const;
}

export type PlanElementSchemas = ReturnType<typeof planElementSchemas>;
export type PlanElementSchemaKind = keyof PlanElementSchemas;

/** A progress entry's values: a rating 0–10, a measure value or both, a note, a date. */
export function progressEntrySchema(context: PlanInputContext & { today?: CalendarDate } = {}) {
  return z
    .object({
      recordedOn: calendarDate(context.admittedOn).refine(
        (d) => !context.today || d <= context.today,
        'Cannot be in the future',
      ),
      rating: z
        .number({ error: 'Rate from 0 to 10' })
        .int('Rate from 0 to 10')
        .min(PROGRESS_RATING.min, 'Rate from 0 to 10')
        .max(PROGRESS_RATING.max, 'Rate from 0 to 10')
        .nullish(),
      measureValue: z
        .number({ error: 'Enter a number' })
        .min(-PROGRESS_MEASURE_LIMIT, 'Enter a smaller number')
        .max(PROGRESS_MEASURE_LIMIT, 'Enter a smaller number')
        .nullish(),
      note: optionalText(PLAN_TEXT_LIMITS.progressNote),
    })
    .refine((v) => v.rating != null || v.measureValue != null, {
      path: ['rating'],
      message: 'Give a rating, a measure value or both',
    });
}

/** Why a progress entry is corrected or voided: always said, since the original stays visible. */
export const amendReasonSchema = requiredText(
  PLAN_TEXT_LIMITS.amendReason,
  'Say why the entry is corrected or voided',
);

export const reviewNoteSchema = requiredText(PLAN_TEXT_LIMITS.reviewNote, 'Write the review note');

/** Abandoning a version needs a reason (the plan lifecycle asks); its length is limited here. */
export const closeReasonSchema = z
  .string({ error: 'Must be text' })
  .trim()
  .max(PLAN_TEXT_LIMITS.closeReason, tooLong(PLAN_TEXT_LIMITS.closeReason));

/** The name the client signed, needed when the client signs. */
export const signedNameSchema = requiredText(
  PLAN_TEXT_LIMITS.signedName,
  'Enter the name the client signed',
);

export interface FieldIssue {
  /** Dotted path of the field, e.g. `clientWords`. */
  field: string;
  message: string;
}

/** A schema's verdict as one message per field (the first for each), in input order. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  const seen = new Set<string>();
  const out: FieldIssue[] = [];
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || 'input';
    if (seen.has(field)) continue;
    seen.add(field);
    out.push({ field, message: issue.message });
  }
  return out;
}
