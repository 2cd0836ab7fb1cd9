import { describe, expect, it } from 'vitest';
import { contactFormValues, contactProblems, emptyContact } from './emergency-contacts';

describe('emergency contact form', () => {
  it('names the fields still to fill in on an empty form', () => {
    expect(Object.keys(contactProblems(emptyContact))).toEqual(['name', 'relationship', 'phone']);
  });

  it('has nothing to say about a complete contact', () => {
    const sister = { name: 'Rosa', relationship: 'Sister', phone: '555-0100' };
    expect(contactProblems({ ...emptyContact, ...sister })).toEqual({});
  });

  it('keeps only the fields the form edits', () => {
    const record = { ...emptyContact, id: 'x', version: 3, __typename: 'ClientContact' };
    expect(contactFormValues(record)).toEqual(emptyContact);
  });
});
