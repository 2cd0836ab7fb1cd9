import {
  PROGRAM_SETTING_FIELDS,
  PROGRAM_SETTING_LIMITS as LIMITS,
  PROGRAM_SETTING_LABELS,
  fieldIssues,
  programSettingsSchema,
  type EditableProgramSettings,
  type ProgramSettingField,
} from '@waypoint/domain';
import { changedFieldsOf, type FieldValues } from '../../ui/field-merge';

/**
 * The settings form works in text (what the inputs hold: '' for empty), so that a conflict can
 * be merged field by field like every other form (ui/field-merge). The rules are the domain's
 * `programSettingsSchema`, the same the API checks.
 */
export type SettingsValues = FieldValues<ProgramSettingField>;

/** How each setting is entered. A new setting is one more entry here (TypeScript asks for it). */
export type SettingInput =
  | { kind: 'number'; min: number; max: number; step?: number; unit: string }
  | { kind: 'age' }
  | { kind: 'switch'; description: string }
  | { kind: 'timeZone' }
  | { kind: 'population' }
  | { kind: 'asamLevel' }
  | { kind: 'cadence' };

export const settingInputs: Record<ProgramSettingField, SettingInput> = {
  timeZone: { kind: 'timeZone' },
  population: { kind: 'population' },
  asamLevel: { kind: 'asamLevel' },
  weeklyHoursTarget: { kind: 'number', ...LIMITS.weeklyHoursTarget, step: 0.5, unit: 'hours' },
  minimumDaysPerWeek: { kind: 'number', ...LIMITS.minimumDaysPerWeek, unit: 'days' },
  planReviewIntervalDays: { kind: 'number', ...LIMITS.planReviewIntervalDays, unit: 'days' },
  initialPlanDueDays: { kind: 'number', ...LIMITS.initialPlanDueDays, unit: 'days' },
  maxGroupSize: { kind: 'number', ...LIMITS.maxGroupSize, unit: 'clients' },
  careTeamReadDaysAfterDischarge: {
    kind: 'number',
    ...LIMITS.careTeamReadDaysAfterDischarge,
    unit: 'days',
  },
  measureIntervalDays: { kind: 'number', ...LIMITS.measureIntervalDays, unit: 'days' },
  followUpCadence: { kind: 'cadence' },
  followUpPeriodDays: { kind: 'number', ...LIMITS.followUpPeriodDays, unit: 'days' },
  requiresSupervisorSignature: {
    kind: 'switch',
    description: 'A plan takes effect only once a director has co-signed it as supervisor.',
  },
  mfaRequired: {
    kind: 'switch',
    description:
      'Everyone who reads client records here signs in with a code from an authenticator app; ' +
      'those without one set it up at their next sign-in.',
  },
  minAge: { kind: 'age' },
  maxAge: { kind: 'age' },
  resourceReverifyDays: { kind: 'number', ...LIMITS.resourceReverifyDays, unit: 'days' },
};

export const settingLabel = (field: ProgramSettingField) => PROGRAM_SETTING_LABELS[field];

/** The program's settings as the form holds them. */
export function formValuesOf(settings: EditableProgramSettings): SettingsValues {
  const values = {} as SettingsValues;
  for (const field of PROGRAM_SETTING_FIELDS) {
    const value = settings[field] as string | number | boolean | null | undefined;
    values[field] = value === null || value === undefined ? '' : String(value);
  }
  return values;
}

/** The form's text as typed values for the schema: '' is no value (null). */
function typedValue(field: ProgramSettingField, text: string): unknown {
  const input = settingInputs[field];
  if (input.kind === 'switch') return text === 'true';
  if (input.kind === 'number' || input.kind === 'age') {
    const trimmed = text.trim();
    return trimmed === '' ? null : Number(trimmed);
  }
  return text;
}

function typedSettings(values: SettingsValues): Record<ProgramSettingField, unknown> {
  return Object.fromEntries(
    PROGRAM_SETTING_FIELDS.map((f) => [f, typedValue(f, values[f])]),
  ) as Record<ProgramSettingField, unknown>;
}

/** The form's errors by field (empty when it may be sent), by the domain's rules. */
export function validateSettings(values: SettingsValues): Partial<Record<string, string>> {
  const result = programSettingsSchema.safeParse(typedSettings(values));
  if (result.success) return {};
  return Object.fromEntries(fieldIssues(result.error).map((i) => [i.field, i.message]));
}

/** The mutation's input: only what changed from the version read, and the reason. */
export function toSettingsInput(
  programId: string,
  version: number,
  base: SettingsValues,
  values: SettingsValues,
  reason: string,
) {
  const typed = typedSettings(values);
  const changed = changedFieldsOf(PROGRAM_SETTING_FIELDS, base, values);
  return {
    programId,
    version,
    reason: reason.trim() || null,
    ...Object.fromEntries(changed.map((f) => [f, typed[f]])),
  };
}

export function changedSettingFields(base: SettingsValues, values: SettingsValues) {
  return changedFieldsOf(PROGRAM_SETTING_FIELDS, base, values);
}
