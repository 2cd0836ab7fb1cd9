import { z } from 'zod';

/**
 * The intake screening: the first structured call with someone seeking treatment. Why they
 * called, what they use, how urgent it is, and the safety questions whose positive answers
 * escalate the screening. Validation, urgency and escalation are decided here once, for the
 * intake form (live, as the answers are given) and the API (authoritative, on save).
 */

export const REASONS_FOR_CALL = [
  { key: 'SEEKING_TREATMENT', label: 'Wants treatment for their own use' },
  { key: 'RETURN_TO_USE', label: 'Returned to use after a time in recovery' },
  { key: 'FAMILY_CONCERN', label: 'A family member or friend is worried' },
  { key: 'LEGAL', label: 'Court, probation or legal requirement' },
  { key: 'MEDICAL_REFERRAL', label: 'A physician or hospital referred them' },
  { key: 'STEP_DOWN', label: 'Stepping down from residential or inpatient care' },
  { key: 'EMPLOYER_OR_SCHOOL', label: 'Employer or school requirement' },
  { key: 'OTHER', label: 'Other (say what)' },
] as const;
export type ReasonForCall = (typeof REASONS_FOR_CALL)[number]['key'];
export const ReasonForCall = Object.fromEntries(REASONS_FOR_CALL.map((r) => [r.key, r.key])) as {
  [K in ReasonForCall]: K;
};

export const SCREENING_SUBSTANCES = [
  { key: 'ALCOHOL', label: 'Alcohol' },
  { key: 'OPIOIDS', label: 'Opioids (heroin, pain pills)' },
  { key: 'FENTANYL', label: 'Fentanyl' },
  { key: 'STIMULANTS', label: 'Stimulants / methamphetamine' },
  { key: 'COCAINE', label: 'Cocaine' },
  { key: 'CANNABIS', label: 'Cannabis' },
  { key: 'BENZODIAZEPINES', label: 'Benzodiazepines' },
  { key: 'OTHER', label: 'Other (say what)' },
] as const;
export type ScreeningSubstance = (typeof SCREENING_SUBSTANCES)[number]['key'];
export const ScreeningSubstance = Object.fromEntries(
  SCREENING_SUBSTANCES.map((s) => [s.key, s.key]),
) as { [K in ScreeningSubstance]: K };

export const USE_ROUTES = [
  { key: 'ORAL', label: 'By mouth' },
  { key: 'SMOKED', label: 'Smoked or vaped' },
  { key: 'INTRANASAL', label: 'Snorted' },
  { key: 'INJECTED', label: 'Injected' },
  { key: 'OTHER', label: 'Other' },
] as const;
export type UseRoute = (typeof USE_ROUTES)[number]['key'];
export const UseRoute = Object.fromEntries(USE_ROUTES.map((r) => [r.key, r.key])) as {
  [K in UseRoute]: K;
};

export const USE_FREQUENCIES = [
  { key: 'DAILY', label: 'Daily or almost daily' },
  { key: 'SEVERAL_WEEKLY', label: 'Several times a week' },
  { key: 'WEEKLY', label: 'About once a week' },
  { key: 'MONTHLY_OR_LESS', label: 'Monthly or less' },
  { key: 'NOT_IN_30_DAYS', label: 'Not in the last 30 days' },
] as const;
export type UseFrequency = (typeof USE_FREQUENCIES)[number]['key'];
export const UseFrequency = Object.fromEntries(USE_FREQUENCIES.map((f) => [f.key, f.key])) as {
  [K in UseFrequency]: K;
};

/** How soon the person must be seen; ordered, least urgent first. */
export const SCREENING_URGENCIES = ['ROUTINE', 'URGENT', 'EMERGENT'] as const;
export type ScreeningUrgency = (typeof SCREENING_URGENCIES)[number];
export const ScreeningUrgency = {
  ROUTINE: 'ROUTINE',
  URGENT: 'URGENT',
  EMERGENT: 'EMERGENT',
} as const;
export const SCREENING_URGENCY_LABELS: Record<ScreeningUrgency, string> = {
  ROUTINE: 'Routine',
  URGENT: 'Urgent (same day)',
  EMERGENT: 'Emergent (now)',
};

const rank = (u: ScreeningUrgency) => SCREENING_URGENCIES.indexOf(u);
export const higherUrgency = (a: ScreeningUrgency, b: ScreeningUrgency): ScreeningUrgency =>
  rank(a) >= rank(b) ? a : b;

/** What the screener does when an answer escalates; the form shows these, the API stores them. */
export const ESCALATION_STEPS = {
  CALL_911: 'If anyone is in immediate danger, call 911 now and stay on the line with the caller.',
  CONNECT_988:
    'Connect the caller with the 988 Suicide & Crisis Lifeline (call or text 988) and stay with them until connected.',
  NOTIFY_SUPERVISOR_NOW: 'Tell the clinical supervisor now, before ending the call.',
  SAME_DAY_RISK_ASSESSMENT:
    'Arrange a suicide risk assessment with a clinician today, and give the caller 988 for any time before then.',
  DUTY_TO_PROTECT:
    'The supervisor decides today on any duty to warn or protect a named person; record what was decided.',
  WITHDRAWAL_MANAGEMENT:
    'Refer to withdrawal management or a medical evaluation before IOP: seizure or DT history, or withdrawal now, is not managed in outpatient groups.',
  NO_DRIVING_RESCREEN:
    'The caller is intoxicated: make sure they are safe and not driving, and screen again when sober.',
  PRENATAL_CARE:
    'Pregnant: prioritise admission, confirm prenatal care, and arrange a medical evaluation (and MAT for opioid use).',
} as const;
export type EscalationStep = keyof typeof ESCALATION_STEPS;

/**
 * The safety questions, in the order they are asked, with the urgency a "yes" calls for and the
 * steps the screener takes. A "yes" to any of them escalates the screening.
 */
export const SAFETY_QUESTIONS = [
  {
    key: 'suicidalIdeation',
    label: 'Thoughts of suicide or of being better off dead, now or in the past two weeks',
    urgency: 'URGENT',
    steps: ['SAME_DAY_RISK_ASSESSMENT', 'NOTIFY_SUPERVISOR_NOW'],
  },
  {
    key: 'suicidePlanOrIntent',
    label: 'A plan or intent to act on those thoughts',
    urgency: 'EMERGENT',
    steps: ['CALL_911', 'CONNECT_988', 'NOTIFY_SUPERVISOR_NOW'],
  },
  {
    key: 'recentSuicideAttempt',
    label: 'A suicide attempt in the past three months',
    urgency: 'URGENT',
    steps: ['SAME_DAY_RISK_ASSESSMENT', 'NOTIFY_SUPERVISOR_NOW'],
  },
  {
    key: 'homicidalIdeation',
    label: 'Thoughts of harming someone else',
    urgency: 'EMERGENT',
    steps: ['CALL_911', 'NOTIFY_SUPERVISOR_NOW', 'DUTY_TO_PROTECT'],
  },
  {
    key: 'withdrawalRisk',
    label: 'Withdrawal risk: seizures or DTs when stopping before, or withdrawal symptoms now',
    urgency: 'URGENT',
    steps: ['WITHDRAWAL_MANAGEMENT', 'NOTIFY_SUPERVISOR_NOW'],
  },
  {
    key: 'currentlyIntoxicated',
    label: 'Intoxicated or high right now',
    urgency: 'URGENT',
    steps: ['NO_DRIVING_RESCREEN'],
  },
  {
    key: 'pregnant',
    label: 'Pregnant',
    urgency: 'URGENT',
    steps: ['PRENATAL_CARE'],
  },
  {
    key: 'medicalEmergency',
    label: 'A medical emergency now (chest pain, trouble breathing, overdose signs)',
    urgency: 'EMERGENT',
    steps: ['CALL_911', 'NOTIFY_SUPERVISOR_NOW'],
  },
] as const satisfies readonly {
  key: string;
  label: string;
  urgency: ScreeningUrgency;
  steps: readonly EscalationStep[];
}[];
export type SafetyQuestion = (typeof SAFETY_QUESTIONS)[number]['key'];

/** A "yes" or "no" per question; null or missing while not yet asked. */
export type SafetyAnswers = Partial<Record<SafetyQuestion, boolean | null>>;

export interface Escalation {
  /** The urgency the positive answers call for (at least URGENT). */
  urgency: ScreeningUrgency;
  /** The questions answered "yes", in asking order. */
  positive: SafetyQuestion[];
  /** What to do, most pressing first, each once. */
  steps: EscalationStep[];
}

/** The escalation the safety answers call for, or null when every answer given is "no". */
export function screeningEscalation(safety: SafetyAnswers | null | undefined): Escalation | null {
  const positive = SAFETY_QUESTIONS.filter((q) => safety?.[q.key] === true);
  if (!positive.length) return null;
  const urgency = positive.reduce<ScreeningUrgency>(
    (u, q) => higherUrgency(u, q.urgency),
    'URGENT',
  );
  const wanted = new Set<EscalationStep>(positive.flatMap((q) => q.steps));
  // The order of ESCALATION_STEPS is the order of action: danger first, then the supervisor.
  const steps = (Object.keys(ESCALATION_STEPS) as EscalationStep[]).filter((s) => wanted.has(s));
  return { urgency, positive: positive.map((q) => q.key), steps };
}

/** The urgency the answers call for: ROUTINE unless a safety answer escalates. */
export function derivedUrgency(safety: SafetyAnswers | null | undefined): ScreeningUrgency {
  return screeningEscalation(safety)?.urgency ?? 'ROUTINE';
}

/** What is stored: the urgency the screener chose, never below what the answers call for. */
export function effectiveUrgency(
  safety: SafetyAnswers | null | undefined,
  chosen: ScreeningUrgency | null | undefined,
): ScreeningUrgency {
  const derived = derivedUrgency(safety);
  return chosen ? higherUrgency(derived, chosen) : derived;
}

export const SCREENING_LIMITS = {
  reasonNote: 2000,
  otherSubstance: 80,
  escalationNote: 2000,
  notes: 4000,
  substances: 8,
  ageAtFirstUse: { min: 3, max: 100 },
} as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (v: string) => {
  if (!DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

const keys = <T extends readonly { key: string }[]>(list: T) =>
  list.map((i) => i.key) as [T[number]['key'], ...T[number]['key'][]];

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

const substanceSchema = z.object({
  substance: z.enum(keys(SCREENING_SUBSTANCES), { error: 'Choose the substance' }),
  otherSubstance: optionalText(SCREENING_LIMITS.otherSubstance),
  route: z.enum(keys(USE_ROUTES), { error: 'Choose how it is used' }),
  frequency: z.enum(keys(USE_FREQUENCIES), { error: 'Choose how often' }),
  lastUseOn: z
    .string({ error: 'Enter the date of last use' })
    .refine(isRealDate, 'Enter the date of last use (YYYY-MM-DD)'),
  ageAtFirstUse: z
    .number({ error: 'Enter an age in years' })
    .int('Enter a whole number of years')
    .min(
      SCREENING_LIMITS.ageAtFirstUse.min,
      `Enter an age from ${SCREENING_LIMITS.ageAtFirstUse.min}`,
    )
    .max(
      SCREENING_LIMITS.ageAtFirstUse.max,
      `Enter an age up to ${SCREENING_LIMITS.ageAtFirstUse.max}`,
    )
    .nullish()
    .transform((v) => v ?? null),
});
export type ScreeningSubstanceUse = z.output<typeof substanceSchema>;

const safetySchema = z.object(
  Object.fromEntries(
    SAFETY_QUESTIONS.map((q) => [q.key, z.boolean({ error: 'Answer yes or no' })]),
  ) as Record<SafetyQuestion, z.ZodBoolean>,
);

const baseSchema = z.object({
  reasonsForCall: z
    .array(z.enum(keys(REASONS_FOR_CALL), { error: 'Choose a reason from the list' }), {
      error: 'Choose at least one reason for the call',
    })
    .min(1, 'Choose at least one reason for the call'),
  reasonNote: optionalText(SCREENING_LIMITS.reasonNote),
  substances: z
    .array(substanceSchema)
    .max(SCREENING_LIMITS.substances, `List at most ${SCREENING_LIMITS.substances} substances`),
  safety: safetySchema,
  urgency: z.enum(SCREENING_URGENCIES, { error: 'Choose routine, urgent or emergent' }).nullish(),
  escalationNote: optionalText(SCREENING_LIMITS.escalationNote),
  notes: optionalText(SCREENING_LIMITS.notes),
});

export interface ScreeningContext {
  /** The program's local date: no last use after it. */
  today: string;
  /** The client's date of birth, when known: no last use before it, no first use past their age. */
  dateOfBirth?: string | null;
}

function yearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

/** One substance as entered, checked against the day and the client. */
function substanceSchemaFor(context: ScreeningContext) {
  return substanceSchema.superRefine((s, ctx) => {
    if (s.substance === 'OTHER' && !s.otherSubstance) {
      ctx.addIssue({ code: 'custom', path: ['otherSubstance'], message: 'Name the substance' });
    }
    if (s.lastUseOn > context.today) {
      ctx.addIssue({
        code: 'custom',
        path: ['lastUseOn'],
        message: 'Last use cannot be in the future',
      });
    } else if (context.dateOfBirth && s.lastUseOn < context.dateOfBirth) {
      ctx.addIssue({
        code: 'custom',
        path: ['lastUseOn'],
        message: 'Last use cannot be before the date of birth',
      });
    }
    if (
      context.dateOfBirth &&
      s.ageAtFirstUse !== null &&
      s.ageAtFirstUse > yearsBetween(context.dateOfBirth, context.today)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['ageAtFirstUse'],
        message: 'Cannot be older than the client is now',
      });
    }
  });
}

/** The screening schema for a given day and client, so dates and ages are checked against them. */
export function intakeScreeningSchema(context: ScreeningContext) {
  return baseSchema
    .extend({
      substances: z
        .array(substanceSchemaFor(context))
        .max(SCREENING_LIMITS.substances, `List at most ${SCREENING_LIMITS.substances} substances`)
        .superRefine((list, ctx) => {
          const seen = new Set<string>();
          list.forEach((s, i) => {
            if (s.substance === 'OTHER') return;
            if (seen.has(s.substance)) {
              ctx.addIssue({
                code: 'custom',
                path: [i, 'substance'],
                message: 'Already listed: give each substance once',
              });
            }
            seen.add(s.substance);
          });
        }),
    })
    .superRefine((v, ctx) => {
      if (v.reasonsForCall.includes('OTHER') && !v.reasonNote) {
        ctx.addIssue({
          code: 'custom',
          path: ['reasonNote'],
          message: 'Say what the other reason is',
        });
      }
    });
}

/**
 * What the safety answers ask of the rest of the form, checked on the raw input so the form
 * shows it while other fields are still incomplete.
 */
function escalationIssues(input: unknown): ScreeningIssue[] {
  const raw = (input ?? {}) as {
    safety?: SafetyAnswers;
    urgency?: unknown;
    escalationNote?: unknown;
  };
  const escalation = screeningEscalation(raw.safety);
  if (!escalation) return [];
  const issues: ScreeningIssue[] = [];
  const chosen = raw.urgency as ScreeningUrgency | null | undefined;
  if (chosen && SCREENING_URGENCIES.includes(chosen) && rank(chosen) < rank(escalation.urgency)) {
    issues.push({
      field: 'urgency',
      message: `The safety answers make this ${escalation.urgency.toLowerCase()}: it cannot be lower`,
    });
  }
  if (typeof raw.escalationNote !== 'string' || !raw.escalationNote.trim()) {
    issues.push({ field: 'escalationNote', message: 'Record what was advised and who was told' });
  }
  return issues;
}
export type IntakeScreeningValues = z.output<typeof baseSchema>;

export interface ScreeningIssue {
  /** The field, with list positions in brackets: `substances[1].lastUseOn`. */
  field: string;
  message: string;
}

/** `['substances', 1, 'lastUseOn']` → `substances[1].lastUseOn`. */
export function screeningFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
    .join('');
}

export type ScreeningCheck =
  { ok: true; values: IntakeScreeningValues } | { ok: false; issues: ScreeningIssue[] };

/** Checks a screening as entered: the values to store, or one message per field. */
export function checkIntakeScreening(input: unknown, context: ScreeningContext): ScreeningCheck {
  const result = intakeScreeningSchema(context).safeParse(input);
  const found = [
    ...(result.success
      ? []
      : result.error.issues.map((i) => ({
          field: screeningFieldPath(i.path) || 'input',
          message: i.message,
        }))),
    ...escalationIssues(input),
  ];
  if (result.success && !found.length) return { ok: true, values: result.data };
  const seen = new Set<string>();
  const issues = found.filter((i) => !seen.has(i.field) && seen.add(i.field));
  return { ok: false, issues };
}

/** Screening is intake's work before admission; afterwards it is read-only history. */
export const SCREENING_EDITABLE_STATUSES = [
  'INQUIRY',
  'SCREENING',
  'ASSESSMENT',
  'WAITLISTED',
] as const;
export function mayEditScreeningIn(status: string): boolean {
  return (SCREENING_EDITABLE_STATUSES as readonly string[]).includes(status);
}
