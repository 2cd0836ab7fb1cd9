import { describe, expect, it } from 'vitest';
import { ageRangeLabel, checkProgramAge, defaultAgeRange } from './population.js';

describe('program population', () => {
  it('adults from 18, adolescents 12 to 17', () => {
    expect(defaultAgeRange('ADULT')).toEqual({ minAge: 18, maxAge: null });
    expect(ageRangeLabel(defaultAgeRange('ADOLESCENT'))).toBe('12 to 17');
  });

  it('judges the age on the given date, naming the rule but not the age', () => {
    const teen = defaultAgeRange('ADOLESCENT');
    expect(checkProgramAge(teen, '2010-03-01', '2026-12-04', 'inquiry')).toEqual({ ok: true });
    const r = checkProgramAge(teen, '1970-03-01', '2026-12-04', 'inquiry');
    expect(r).toMatchObject({ ok: false, rule: 'PROGRAM_AGE_RANGE' });
    expect(!r.ok && r.message).toMatch(
      /inquiry date is outside this program's population \(12 to 17\)/,
    );
    // 18th birthday the day after: still 17.
    expect(checkProgramAge(teen, '2008-12-05', '2026-12-04', 'admission').ok).toBe(true);
    expect(checkProgramAge(teen, '2008-12-04', '2026-12-04', 'admission').ok).toBe(false);
  });
});
