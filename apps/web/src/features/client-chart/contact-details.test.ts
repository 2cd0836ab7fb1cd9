import { describe, expect, it } from 'vitest';
import {
  changedFields,
  conflictRows,
  contactValues,
  daysSober,
  isContactDraft,
  reapply,
  toUpdateInput,
  validateContact,
} from './contact-details';

const base = contactValues({
  preferredName: null,
  pronouns: 'she/her',
  phone: '562-555-0190',
  email: 'ann@example.org',
  sobrietyDate: '2026-10-03',
});

describe('saving contact details', () => {
  it('sends only what changed, and an emptied field as null', () => {
    const mine = { ...base, phone: ' 562-555-0111 ', email: '' };
    expect(changedFields(base, mine)).toEqual(['phone', 'email']);
    expect(toUpdateInput('c1', 4, base, mine)).toEqual({
      id: 'c1',
      version: 4,
      phone: '562-555-0111',
      email: null,
    });
  });

  it('spaces alone are not a change', () => {
    expect(changedFields(base, { ...base, pronouns: ' she/her ' })).toEqual([]);
  });
});

describe('checking contact details as they are typed', () => {
  const today = '2026-11-27';

  it('accepts empty optional fields and well-formed values', () => {
    expect(validateContact(contactValues({}), today)).toEqual({});
    expect(validateContact(base, today)).toEqual({});
  });

  it('explains a malformed phone number and email', () => {
    const errors = validateContact({ ...base, phone: 'call me', email: 'ann@' }, today);
    expect(Object.keys(errors).sort()).toEqual(['email', 'phone']);
  });

  it('a sobriety date cannot be in the future or impossible', () => {
    expect(validateContact({ ...base, sobrietyDate: '2026-11-28' }, today).sobrietyDate).toMatch(
      /future/,
    );
    expect(validateContact({ ...base, sobrietyDate: '2026-02-30' }, today).sobrietyDate).toBe(
      'Enter a date',
    );
    expect(validateContact({ ...base, sobrietyDate: today }, today)).toEqual({});
  });

  it('keeps to the API’s lengths', () => {
    expect(validateContact({ ...base, pronouns: 'x'.repeat(41) }, today).pronouns).toBeTruthy();
    expect(validateContact({ ...base, preferredLanguage: 'es-419' }, today)).toEqual({
      preferredLanguage: 'Enter a language’s name, like Spanish or Tagalog',
    });
    expect(validateContact({ ...base, preferredLanguage: 'Tagalog' }, today)).toEqual({});
    expect(
      validateContact({ ...base, preferredName: 'x'.repeat(81) }, today).preferredName,
    ).toBeTruthy();
  });
});

describe('when someone else saved first', () => {
  const theirs = { ...base, phone: '213-555-0174', pronouns: 'they/them' };

  it('compares only the fields that differ, saying who changed what', () => {
    const mine = { ...base, phone: '562-555-0111', email: 'ann.lee@example.org' };
    expect(conflictRows(base, mine, theirs)).toEqual([
      {
        field: 'pronouns',
        label: 'Pronouns',
        theirs: 'they/them',
        mine: 'she/her',
        changedByMe: false,
        changedByBoth: false,
      },
      {
        field: 'phone',
        label: 'Phone',
        theirs: '213-555-0174',
        mine: '562-555-0111',
        changedByMe: true,
        changedByBoth: true,
      },
      {
        field: 'email',
        label: 'Email',
        theirs: 'ann@example.org',
        mine: 'ann.lee@example.org',
        changedByMe: true,
        changedByBoth: false,
      },
    ]);
  });

  it('re-applying keeps their other changes and puts mine on top', () => {
    const mine = { ...base, email: 'ann.lee@example.org' };
    expect(reapply(base, mine, theirs)).toEqual({ ...theirs, email: 'ann.lee@example.org' });
  });
});

describe('a draft restored from the tab', () => {
  it('is used only if it has the expected shape', () => {
    expect(isContactDraft({ baseVersion: 1, base, values: base })).toBe(true);
    expect(isContactDraft({ baseVersion: '1', base, values: base })).toBe(false);
    expect(isContactDraft({ baseVersion: 1, base, values: { phone: 1 } })).toBe(false);
    expect(isContactDraft('x')).toBe(false);
  });
});

describe('time since the sobriety date', () => {
  it('counts calendar days', () => {
    expect(daysSober('2026-10-03', '2026-11-27')).toBe('55 days');
    expect(daysSober('2026-11-26', '2026-11-27')).toBe('1 day');
    expect(daysSober('2023-11-27', '2026-11-27')).toBe('1,096 days');
  });

  it('says nothing without a date, or for one not reached', () => {
    expect(daysSober(null, '2026-11-27')).toBeNull();
    expect(daysSober('2026-12-01', '2026-11-27')).toBeNull();
    expect(daysSober('soon', '2026-11-27')).toBeNull();
  });
});
