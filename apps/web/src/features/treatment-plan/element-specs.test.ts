import { describe, expect, it } from 'vitest';
import {
  addFields,
  blankValues,
  changedElementFields,
  formatFieldValue,
  isElementDraftOf,
  theirElement,
  validateElement,
  valuesOf,
} from './element-specs';

const ctx = { admittedOn: '2026-10-01' };

describe('plan element forms', () => {
  it('a new goal starts long-term with everything else empty', () => {
    expect(blankValues('GOAL')).toEqual({ description: '', horizon: 'LONG_TERM', targetDate: '' });
    expect(blankValues('PROBLEM')).toEqual({ domain: '', clientWords: '', strengths: '' });
  });

  it('reads an element as queried, and as a save’s conflict answers it', () => {
    expect(
      valuesOf('INTERVENTION', {
        modality: 'CBT',
        frequency: 'Weekly',
        description: null,
        responsibleStaff: { id: 's1', displayName: 'Jonah' },
      }),
    ).toEqual({ modality: 'CBT', frequency: 'Weekly', responsibleStaffId: 's1', description: '' });
    expect(
      theirElement('GOAL', {
        id: 'g1',
        version: 4,
        description: 'Stay sober',
        horizon: 'IMMEDIATE',
        targetDate: null,
        lifecycleStatus: 'ACTIVE',
        updatedAt: '2026-10-12T16:05:00.000Z',
      }),
    ).toEqual({
      version: 4,
      values: { description: 'Stay sober', horizon: 'IMMEDIATE', targetDate: '' },
      savedBy: null,
      savedAt: '2026-10-12T16:05:00.000Z',
    });
  });
});

describe('checking an element as it is typed', () => {
  it('asks for what the API requires, in words', () => {
    expect(validateElement('PROBLEM', blankValues('PROBLEM'), ctx)).toEqual({
      domain: 'Choose the life area',
      clientWords: 'Write the problem as the client put it',
    });
    expect(
      Object.keys(validateElement('INTERVENTION', blankValues('INTERVENTION'), ctx)).sort(),
    ).toEqual(['frequency', 'modality']);
  });

  it('a measure is optional while drafting (it is needed only to sign)', () => {
    expect(
      validateElement(
        'OBJECTIVE',
        { description: 'Attend groups', measure: '', targetDate: '' },
        ctx,
      ),
    ).toEqual({});
  });

  it('keeps to the API’s lengths', () => {
    const long = { description: 'x'.repeat(1001), horizon: 'IMMEDIATE', targetDate: '' };
    expect(validateElement('GOAL', long, ctx).description).toBe('Use at most 1000 characters');
  });

  it('a target date is a real date, not before admission', () => {
    const goal = (targetDate: string) => ({ description: 'g', horizon: 'IMMEDIATE', targetDate });
    expect(validateElement('GOAL', goal('2026-02-30'), ctx).targetDate).toBe('Enter a date');
    expect(validateElement('GOAL', goal('2026-09-30'), ctx).targetDate).toBe(
      'Cannot be before admission (2026-10-01)',
    );
    expect(validateElement('GOAL', goal('2026-10-01'), ctx)).toEqual({});
    expect(validateElement('GOAL', goal('2026-09-30'), { admittedOn: null })).toEqual({});
  });
});

describe('saving an element', () => {
  it('a new one is sent trimmed, with empty optional fields as null', () => {
    expect(
      addFields('PROBLEM', {
        domain: 'HOUSING',
        clientWords: ' I sleep in my car ',
        strengths: '',
      }),
    ).toEqual({
      domain: 'HOUSING',
      clientWords: 'I sleep in my car',
      strengths: null,
    });
  });

  it('an edit sends only what changed, and an emptied field as null', () => {
    const base = { description: 'Attend groups', measure: '3 a week', targetDate: '2026-12-01' };
    expect(
      changedElementFields('OBJECTIVE', base, {
        ...base,
        measure: '',
        description: ' Attend groups ',
      }),
    ).toEqual({ measure: null });
  });
});

describe('showing values', () => {
  it('codes as words, dates as staff read them, staff by name', () => {
    expect(formatFieldValue('domain', 'SUBSTANCE_USE')).toBe('Substance use');
    expect(formatFieldValue('targetDate', '2026-12-01')).toBe('1 Dec 2026');
    expect(formatFieldValue('responsibleStaffId', 's1', () => 'Jonah Whitfield, LCSW')).toBe(
      'Jonah Whitfield, LCSW',
    );
    expect(formatFieldValue('responsibleStaffId', 's9')).toBe('A member of staff');
    expect(formatFieldValue('measure', '')).toBe('');
  });
});

describe('a draft kept through an automatic logoff', () => {
  const isGoalDraft = isElementDraftOf('GOAL');
  const values = { description: 'd', horizon: 'IMMEDIATE', targetDate: '' };
  it('is used only if it has the expected shape', () => {
    expect(isGoalDraft({ baseVersion: null, base: null, values })).toBe(true);
    expect(isGoalDraft({ baseVersion: 3, base: values, values })).toBe(true);
    expect(isGoalDraft({ baseVersion: 3, base: null, values })).toBe(false);
    expect(isGoalDraft({ baseVersion: null, base: null, values: { description: 1 } })).toBe(false);
    expect(isGoalDraft('x')).toBe(false);
  });
});
