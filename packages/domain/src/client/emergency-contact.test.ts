import { describe, expect, it } from 'vitest';
import { fieldIssues } from '../treatment-plan/plan-inputs.js';
import { clientContactSchema, isPlausiblePhone } from './emergency-contact.js';

const valid = {
  name: ' Dana Reyes ',
  relationship: 'Sister',
  phone: '(555) 010-2233',
  kind: 'EMERGENCY',
  mayContact: true,
};

describe('clientContactSchema', () => {
  it('accepts a contact and trims its text', () => {
    expect(clientContactSchema.parse(valid).name).toBe('Dana Reyes');
  });

  it('names each field it refuses', () => {
    const result = clientContactSchema.safeParse({ ...valid, name: ' ', phone: '', kind: 'X' });
    expect(result.success).toBe(false);
    expect(fieldIssues(result.error!).map((i) => i.field)).toEqual(['name', 'phone', 'kind']);
  });

  it('refuses a phone that cannot be dialled', () => {
    const result = clientContactSchema.safeParse({ ...valid, phone: 'call her' });
    expect(fieldIssues(result.error!)).toEqual([
      { field: 'phone', message: 'Enter a phone number (digits, spaces, + ( ) - .)' },
    ]);
  });
});

describe('isPlausiblePhone', () => {
  it.each([
    ['+1 555 010 2233', true],
    ['555-0102', true],
    ['12-34', false],
    ['555 0102 ext', false],
  ])('%s → %s', (phone, ok) => expect(isPlausiblePhone(phone)).toBe(ok));
});
