import { describe, expect, it } from 'vitest';
import { fieldIssues } from '../treatment-plan/plan-inputs.js';
import { defaultProgramSettings } from './program-settings.js';
import {
  PROGRAM_SETTING_FIELDS,
  PROGRAM_SETTING_LABELS,
  changedSettings,
  describeChanges,
  editableSettingsOf,
  movesDueDates,
  newProgramSchema,
  programSettingsSchema,
  settingValueLabel,
  settingsChangeReasonSchema,
} from './program-settings-input.js';

const valid = {
  ...defaultProgramSettings('ADULT'),
  timeZone: 'America/Chicago',
  population: 'ADULT' as const,
};
const issues = (value: unknown) => {
  const result = programSettingsSchema.safeParse(value);
  return result.success ? [] : fieldIssues(result.error);
};

describe('program settings input', () => {
  it('accepts the defaults of either population', () => {
    expect(issues(valid)).toEqual([]);
    expect(
      issues({ ...valid, ...defaultProgramSettings('ADOLESCENT'), population: 'ADOLESCENT' }),
    ).toEqual([]);
  });

  it('refuses values out of bounds, naming each field', () => {
    expect(
      issues({
        ...valid,
        planReviewIntervalDays: 0,
        weeklyHoursTarget: 41,
        minimumDaysPerWeek: 8,
        initialPlanDueDays: 31,
        maxGroupSize: 0,
        careTeamReadDaysAfterDischarge: 366,
        followUpCadence: 'MONTHLY',
        followUpPeriodDays: 366,
      }).map((i) => i.field),
    ).toEqual([
      'weeklyHoursTarget',
      'minimumDaysPerWeek',
      'planReviewIntervalDays',
      'initialPlanDueDays',
      'maxGroupSize',
      'careTeamReadDaysAfterDischarge',
      'followUpCadence',
      'followUpPeriodDays',
    ]);
    expect(issues({ ...valid, planReviewIntervalDays: 91 })).toEqual([
      { field: 'planReviewIntervalDays', message: 'Enter 1 to 90 days' },
    ]);
    expect(issues({ ...valid, planReviewIntervalDays: 90 })).toEqual([]);
    expect(issues({ ...valid, planReviewIntervalDays: 14.5 })[0]?.field).toBe(
      'planReviewIntervalDays',
    );
  });

  it('keeps weekly hours to one decimal, from 0 to 40', () => {
    expect(issues({ ...valid, weeklyHoursTarget: 7.5 })).toEqual([]);
    expect(issues({ ...valid, weeklyHoursTarget: 0 })).toEqual([]);
    expect(issues({ ...valid, weeklyHoursTarget: 7.25 })).toEqual([
      { field: 'weeklyHoursTarget', message: 'Use at most one decimal' },
    ]);
    expect(issues({ ...valid, weeklyHoursTarget: -1 })[0]?.field).toBe('weeklyHoursTarget');
  });

  it('needs the youngest age at most the oldest; either may be open', () => {
    expect(issues({ ...valid, minAge: 18, maxAge: 17 })).toEqual([
      { field: 'maxAge', message: 'Cannot be below the youngest age (18)' },
    ]);
    expect(issues({ ...valid, minAge: 17, maxAge: 17 })).toEqual([]);
    expect(issues({ ...valid, minAge: null, maxAge: null })).toEqual([]);
    expect(issues({ ...valid, minAge: -1 })[0]?.field).toBe('minAge');
  });

  it('takes IANA time zones only, not offsets or made-up names', () => {
    expect(issues({ ...valid, timeZone: 'Pacific/Kiritimati' })).toEqual([]);
    expect(issues({ ...valid, timeZone: 'UTC' })).toEqual([]);
    for (const timeZone of ['Mars/Olympus_Mons', '+05:00', 'EST', '', 'America/']) {
      expect(issues({ ...valid, timeZone })[0]?.field).toBe('timeZone');
    }
  });

  it('knows only ASAM levels and the two populations', () => {
    expect(issues({ ...valid, asamLevel: '2.7' })[0]?.field).toBe('asamLevel');
    expect(issues({ ...valid, population: 'SENIOR' })[0]?.field).toBe('population');
    expect(issues({ ...valid, requiresSupervisorSignature: 'yes' })[0]?.field).toBe(
      'requiresSupervisorSignature',
    );
  });

  it('names what changed, and whether due dates move', () => {
    const after = { ...valid, planReviewIntervalDays: 14, maxGroupSize: 10 };
    expect(changedSettings(valid, after)).toEqual(['planReviewIntervalDays', 'maxGroupSize']);
    expect(movesDueDates(['planReviewIntervalDays'])).toBe(true);
    expect(movesDueDates(['timeZone'])).toBe(true);
    expect(movesDueDates(['maxGroupSize', 'weeklyHoursTarget'])).toBe(false);
    expect(editableSettingsOf({ ...valid, code: 'X', id: '1' } as typeof valid)).toEqual(valid);
  });

  it('labels every setting', () => {
    expect(Object.keys(PROGRAM_SETTING_LABELS).sort()).toEqual([...PROGRAM_SETTING_FIELDS].sort());
  });
});

describe('new program input', () => {
  it('stores the code in capitals and names bad fields', () => {
    expect(
      newProgramSchema.parse({
        code: ' adult-iop ',
        name: ' Adult IOP ',
        population: 'ADULT',
        timeZone: 'America/Denver',
      }),
    ).toEqual({
      code: 'ADULT-IOP',
      name: 'Adult IOP',
      population: 'ADULT',
      timeZone: 'America/Denver',
    });
    const result = newProgramSchema.safeParse({
      code: 'a b',
      name: ' ',
      population: 'ADULT',
      timeZone: 'Somewhere',
    });
    expect(result.success ? [] : fieldIssues(result.error).map((i) => i.field)).toEqual([
      'code',
      'name',
      'timeZone',
    ]);
  });

  it('keeps a blank reason as none', () => {
    expect(settingsChangeReasonSchema.parse('  ')).toBeNull();
    expect(settingsChangeReasonSchema.parse(undefined)).toBeUndefined();
    expect(settingsChangeReasonSchema.safeParse('x'.repeat(501)).success).toBe(false);
  });
});

describe('settings history', () => {
  it('shows each change with its label, before and after', () => {
    const before = { ...valid, name: 'Adult IOP' };
    const after = { ...valid, name: 'Adult IOP', planReviewIntervalDays: 14, maxAge: 64 };
    expect(describeChanges(['planReviewIntervalDays', 'maxAge'], before, after)).toEqual([
      {
        field: 'planReviewIntervalDays',
        label: 'Plan review interval (days)',
        before: '30',
        after: '14',
      },
      { field: 'maxAge', label: 'Oldest age', before: 'No limit', after: '64' },
    ]);
    expect(describeChanges(['name'], null, after)).toEqual([
      { field: 'name', label: 'Name', before: null, after: 'Adult IOP' },
    ]);
    expect(settingValueLabel(true)).toBe('Yes');
    const biweekly = { ...after, followUpCadence: 'BIWEEKLY' as const, followUpPeriodDays: 60 };
    expect(describeChanges(['followUpCadence', 'followUpPeriodDays'], after, biweekly)).toEqual([
      {
        field: 'followUpCadence',
        label: 'Follow-up after discharge, by default',
        before: 'Weekly',
        after: 'Every 2 weeks',
      },
      {
        field: 'followUpPeriodDays',
        label: 'Follow-up period after discharge (days)',
        before: '90',
        after: '60',
      },
    ]);
  });
});
