import { describe, expect, it } from 'vitest';
import { preferredLanguageProblem, sameLanguage } from './preferred-language.js';

describe('a client’s preferred language', () => {
  it('takes a language’s name in any script, or nothing', () => {
    for (const ok of ['Spanish', 'Haitian Creole', 'Español', 'Tiếng Việt', '中文', ''])
      expect(preferredLanguageProblem(ok)).toBeNull();
  });

  it('refuses digits, punctuation and over-long names, saying what to enter', () => {
    expect(preferredLanguageProblem('es-419')).toMatch(/language’s name/);
    expect(preferredLanguageProblem('Spanish!')).toMatch(/language’s name/);
    expect(preferredLanguageProblem('x'.repeat(41))).toMatch(/at most 40/);
  });

  it('matches names whatever their case', () => {
    expect(sameLanguage(' spanish', 'Spanish')).toBe(true);
    expect(sameLanguage('Spanish', 'Portuguese')).toBe(false);
  });
});
