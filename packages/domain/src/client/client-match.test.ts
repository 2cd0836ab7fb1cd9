import { describe, expect, it } from 'vitest';
import { classifyClientMatch, normalizeNamePart, sameName } from './client-match.js';

const entered = { firstName: 'Marlowe', lastName: "O'Brien", dateOfBirth: '1988-03-14' };

describe('client matching', () => {
  it('normalises names: case, accents, punctuation', () => {
    expect(normalizeNamePart("O'Brien-Núñez")).toBe('obriennunez');
    expect(sameName({ firstName: 'obrien', lastName: 'MARLOWE' }, entered)).toBe(true);
  });

  it('same name and date of birth is an exact match', () => {
    expect(
      classifyClientMatch(entered, { ...entered, lastName: 'OBrien', nameSimilarity: 0.8 }),
    ).toBe('EXACT');
  });

  it('same date of birth and a similar name, or the same name on another date, is similar', () => {
    expect(
      classifyClientMatch(entered, { ...entered, firstName: 'Marlow', nameSimilarity: 0.7 }),
    ).toBe('SIMILAR');
    expect(
      classifyClientMatch(entered, { ...entered, dateOfBirth: '1988-04-13', nameSimilarity: 1 }),
    ).toBe('SIMILAR');
    expect(
      classifyClientMatch(entered, {
        firstName: 'Zed',
        lastName: 'Quill',
        dateOfBirth: entered.dateOfBirth,
        nameSimilarity: 0,
      }),
    ).toBeNull();
    expect(
      classifyClientMatch(entered, {
        ...entered,
        firstName: 'Marlow',
        dateOfBirth: '1990-01-01',
        nameSimilarity: 0.7,
      }),
    ).toBeNull();
  });
});
