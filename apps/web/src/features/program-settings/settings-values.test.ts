import { describe, expect, it } from 'vitest';
import { defaultProgramSettings } from '@waypoint/domain';
import { formValuesOf, toSettingsInput, validateSettings } from './settings-values';

const settings = {
  ...defaultProgramSettings('ADULT'),
  timeZone: 'America/Chicago',
  population: 'ADULT' as const,
};

describe('program settings form', () => {
  it('holds settings as text, an open age bound as empty', () => {
    const values = formValuesOf(settings);
    expect(values.planReviewIntervalDays).toBe('30');
    expect(values.maxAge).toBe('');
    expect(values.requiresSupervisorSignature).toBe('false');
    expect(validateSettings(values)).toEqual({});
  });

  it('names each field the domain refuses', () => {
    const values = {
      ...formValuesOf(settings),
      planReviewIntervalDays: '0',
      minAge: '30',
      maxAge: '20',
    };
    expect(validateSettings(values)).toEqual({
      planReviewIntervalDays: 'Enter 1 to 90 days',
      maxAge: 'Cannot be below the youngest age (30)',
    });
    expect(validateSettings({ ...values, planReviewIntervalDays: '' }).planReviewIntervalDays).toBe(
      'Enter 1 to 90 days',
    );
  });

  it('sends only what changed, typed, with the reason', () => {
    const base = formValuesOf(settings);
    const values = {
      ...base,
      planReviewIntervalDays: '14',
      maxAge: '64',
      requiresSupervisorSignature: 'true',
    };
    expect(toSettingsInput('p1', 3, base, values, '  Payer rule ')).toEqual({
      programId: 'p1',
      version: 3,
      reason: 'Payer rule',
      planReviewIntervalDays: 14,
      requiresSupervisorSignature: true,
      maxAge: 64,
    });
    expect(toSettingsInput('p1', 3, base, { ...base, maxAge: '' }, '')).toEqual({
      programId: 'p1',
      version: 3,
      reason: null,
    });
  });
});
