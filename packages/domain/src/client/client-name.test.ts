import { describe, expect, it } from 'vitest';
import { ageOn, clientDisplayName } from './client-name.js';

describe('client names and ages', () => {
  it('uses the preferred name when one is given', () => {
    expect(
      clientDisplayName({ firstName: 'Roberta', lastName: 'Quill', preferredName: 'Bobbie' }),
    ).toBe('Bobbie Quill');
  });

  it('falls back to the legal first name when the preferred name is blank', () => {
    expect(
      clientDisplayName({ firstName: 'Roberta', lastName: 'Quill', preferredName: '  ' }),
    ).toBe('Roberta Quill');
  });

  it('counts a birthday only once it has been reached', () => {
    expect(ageOn('2000-06-15', '2026-06-14')).toBe(25);
    expect(ageOn('2000-06-15', '2026-06-15')).toBe(26);
  });

  it('a 29 February birthday is reached on 1 March in common years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });
});
