import { z } from 'zod';
import {
  FOLLOW_UP_CADENCE_LABELS,
  FollowUpCadence,
  MAX_FOLLOW_UP_PERIOD_DAYS,
} from '../discharge/follow-up-schedule.js';
import { isAsamLevel } from '../episode/level-of-care.js';
import { Population, isValidTimeZone } from './program-settings.js';

/**
 * What a director or administrator may set on a program, once: the API validates with these
 * schemas (after authorizing) and the settings form checks the same before sending. Each refusal
 * names its field. A setting added later is one more entry in `programSettingsSchema` and in
 * `PROGRAM_SETTING_LABELS`; the history, the list of changed fields and the form follow.
 */
export const PROGRAM_SETTING_LIMITS = {
  weeklyHoursTarget: { min: 0, max: 40 },
  minimumDaysPerWeek: { min: 1, max: 7 },
  planReviewIntervalDays: { min: 1, max: 90 },
  initialPlanDueDays: { min: 1, max: 30 },
  maxGroupSize: { min: 1, max: 50 },
  careTeamReadDaysAfterDischarge: { min: 0, max: 365 },
  measureIntervalDays: { min: 0, max: 180 },
  resourceReverifyDays: { min: 7, max: 730 },
  followUpPeriodDays: { min: 1, max: MAX_FOLLOW_UP_PERIOD_DAYS },
  age: { min: 0, max: 120 },
} as const;

export const PROGRAM_TEXT_LIMITS = { code: 20, name: 120, reason: 500 } as const;

const between = (min: number, max: number, unit: string) => `Enter ${min} to ${max} ${unit}`;

function wholeNumber(limits: { min: number; max: number }, unit: string) {
  const message = between(limits.min, limits.max, unit);
  return z
    .number({ error: message })
    .int(message)
    .min(limits.min, message)
    .max(limits.max, message);
}

const age = wholeNumber(PROGRAM_SETTING_LIMITS.age, 'years').nullable();

/**
 * An IANA zone name ("America/Chicago", or UTC) that this runtime knows. Offsets such as "+05:00"
 * are refused even where Intl accepts them: PostgreSQL reads a bare offset with the POSIX sign
 * (the opposite one), so the program's dates would be wrong there.
 */
export const timeZoneSchema = z
  .string({ error: 'Choose a time zone' })
  .trim()
  .refine(
    (tz) => /^(UTC|[A-Za-z]+(\/[A-Za-z0-9_+-]+)+)$/.test(tz) && isValidTimeZone(tz),
    'Choose a time zone from the list (e.g. America/Chicago)',
  );

export const populationSchema = z.enum(Population, { error: 'Choose who the program serves' });

export const programSettingsSchema = z
  .object({
    timeZone: timeZoneSchema,
    population: populationSchema,
    asamLevel: z
      .string({ error: 'Choose an ASAM level' })
      // Not narrowed to the known levels: a program row may hold an older one.
      .refine((level): boolean => isAsamLevel(level), 'Choose an ASAM level'),
    weeklyHoursTarget: z
      .number({ error: between(0, 40, 'hours') })
      .min(PROGRAM_SETTING_LIMITS.weeklyHoursTarget.min, between(0, 40, 'hours'))
      .max(PROGRAM_SETTING_LIMITS.weeklyHoursTarget.max, between(0, 40, 'hours'))
      // The column keeps one decimal: 7.5 hours, not 7.25.
      .refine((h) => Number.isInteger(Math.round(h * 1e6) / 1e5), 'Use at most one decimal'),
    minimumDaysPerWeek: wholeNumber(PROGRAM_SETTING_LIMITS.minimumDaysPerWeek, 'days'),
    planReviewIntervalDays: wholeNumber(PROGRAM_SETTING_LIMITS.planReviewIntervalDays, 'days'),
    initialPlanDueDays: wholeNumber(PROGRAM_SETTING_LIMITS.initialPlanDueDays, 'days'),
    maxGroupSize: wholeNumber(PROGRAM_SETTING_LIMITS.maxGroupSize, 'clients'),
    careTeamReadDaysAfterDischarge: wholeNumber(
      PROGRAM_SETTING_LIMITS.careTeamReadDaysAfterDischarge,
      'days',
    ),
    measureIntervalDays: wholeNumber(PROGRAM_SETTING_LIMITS.measureIntervalDays, 'days'),
    followUpCadence: z.enum(FollowUpCadence, { error: 'Choose weekly or every two weeks' }),
    followUpPeriodDays: wholeNumber(PROGRAM_SETTING_LIMITS.followUpPeriodDays, 'days'),
    requiresSupervisorSignature: z.boolean({ error: 'Choose yes or no' }),
    mfaRequired: z.boolean({ error: 'Choose yes or no' }),
    minAge: age,
    maxAge: age,
    resourceReverifyDays: wholeNumber(PROGRAM_SETTING_LIMITS.resourceReverifyDays, 'days'),
  })
  .superRefine((s, ctx) => {
    if (s.minAge !== null && s.maxAge !== null && s.minAge > s.maxAge) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxAge'],
        message: `Cannot be below the youngest age (${s.minAge})`,
      });
    }
  });

export type EditableProgramSettings = z.output<typeof programSettingsSchema>;
export type ProgramSettingField = keyof EditableProgramSettings;

/** Every editable setting, in the form's order. */
export const PROGRAM_SETTING_FIELDS = Object.keys(
  programSettingsSchema.shape,
) as ProgramSettingField[];

/** How the form and the change history name each setting. */
export const PROGRAM_SETTING_LABELS: Record<ProgramSettingField, string> = {
  timeZone: 'Time zone',
  population: 'Population',
  asamLevel: 'ASAM level of care',
  weeklyHoursTarget: 'Weekly hours target',
  minimumDaysPerWeek: 'Minimum days per week',
  planReviewIntervalDays: 'Plan review interval (days)',
  initialPlanDueDays: 'Initial plan due (days after admission)',
  maxGroupSize: 'Maximum group size',
  careTeamReadDaysAfterDischarge: 'Care team may read after discharge (days)',
  measureIntervalDays: 'Measures repeated every (days; 0: at admission and discharge only)',
  followUpCadence: 'Follow-up after discharge, by default',
  followUpPeriodDays: 'Follow-up period after discharge (days)',
  requiresSupervisorSignature: 'Plans need a supervisor’s signature',
  mfaRequired: 'Two-step sign-in required',
  minAge: 'Youngest age',
  maxAge: 'Oldest age',
  resourceReverifyDays: 'Community resources need re-checking after (days)',
};

/** What a program version can change: a setting, or the program's name. */
export type ProgramVersionField = ProgramSettingField | 'name';

export const PROGRAM_VERSION_LABELS: Record<ProgramVersionField, string> = {
  ...PROGRAM_SETTING_LABELS,
  name: 'Name',
};

/** A setting's value as the history shows it: "Yes", "No limit", "30". */
export function settingValueLabel(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return 'No limit';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}

/** The settings whose change moves the due dates stored on episodes (the review clock). */
export const DUE_DATE_SETTINGS: readonly ProgramSettingField[] = [
  'timeZone',
  'planReviewIntervalDays',
  'initialPlanDueDays',
];

/** The settings that differ between two versions, in the form's order. */
export function changedSettings(
  before: EditableProgramSettings,
  after: EditableProgramSettings,
): ProgramSettingField[] {
  return PROGRAM_SETTING_FIELDS.filter((f) => before[f] !== after[f]);
}

/** Whether a change of these settings moves due dates that depend on them. */
export function movesDueDates(changed: readonly ProgramSettingField[]): boolean {
  return changed.some((f) => DUE_DATE_SETTINGS.includes(f));
}

/** Picks the editable settings out of a program record (ignores everything else it holds). */
export function editableSettingsOf(program: EditableProgramSettings): EditableProgramSettings {
  return Object.fromEntries(
    PROGRAM_SETTING_FIELDS.map((f) => [f, program[f]]),
  ) as EditableProgramSettings;
}

const programName = z
  .string({ error: 'Enter the program’s name' })
  .trim()
  .min(1, 'Enter the program’s name')
  .max(PROGRAM_TEXT_LIMITS.name, `Use at most ${PROGRAM_TEXT_LIMITS.name} characters`);

/** The program's name as staff see it. */
export const programNameSchema = z.object({ name: programName });

/** A new program: its short code (stored in capitals), name, who it serves and where. */
export const newProgramSchema = z.object({
  code: z
    .string({ error: 'Enter a short code' })
    .trim()
    .toUpperCase()
    .regex(
      new RegExp(`^[A-Z0-9][A-Z0-9-]{1,${PROGRAM_TEXT_LIMITS.code - 1}}$`),
      `Use 2 to ${PROGRAM_TEXT_LIMITS.code} letters, digits or hyphens (e.g. ADULT-IOP)`,
    ),
  name: programName,
  population: populationSchema,
  timeZone: timeZoneSchema,
});

/** Why the settings changed: optional, kept with the settings version. */
export const settingsChangeReasonSchema = z
  .string({ error: 'Must be text' })
  .trim()
  .max(PROGRAM_TEXT_LIMITS.reason, `Use at most ${PROGRAM_TEXT_LIMITS.reason} characters`)
  .transform((v) => v || null)
  .nullish();

function versionValueLabel(field: ProgramVersionField, version: ProgramSnapshot): string {
  if (field === 'followUpCadence') return FOLLOW_UP_CADENCE_LABELS[version.followUpCadence];
  return settingValueLabel(version[field]);
}

/** A program version as the history keeps it: its name and every setting. */
export type ProgramSnapshot = EditableProgramSettings & { name: string };

export interface ProgramChangeView {
  field: ProgramVersionField;
  label: string;
  /** Null when there is no earlier version to compare with. */
  before: string | null;
  after: string;
}

/** What a version changed, labelled and shown as the history lists it. */
export function describeChanges(
  fields: readonly ProgramVersionField[],
  before: ProgramSnapshot | null,
  after: ProgramSnapshot,
): ProgramChangeView[] {
  return fields.map((field) => ({
    field,
    label: PROGRAM_VERSION_LABELS[field],
    before: before ? versionValueLabel(field, before) : null,
    after: versionValueLabel(field, after),
  }));
}
