import { describe, expect, it } from 'vitest';
import { admissionReadiness, intakeCapabilities, mayDecideAdmission } from './admission.js';

const bps = {
  instrument: 'INTAKE_BPS' as const,
  answers: {
    presentingProblems: 'Daily drinking',
    substanceUseHistory: 'Alcohol since 17',
    strengths: 'Sister',
    problemAreas: 'Sleep',
  },
};
const asam = {
  instrument: 'ASAM' as const,
  answers: { d1: 1, d2: 0, d3: 2, d4: 2, d5: 3, d6: 1, recommendedLevel: '2.1' },
};
const adult = { minAge: 18, maxAge: null };
const facts = {
  roles: ['CLINICIAN'] as const,
  assessments: [asam, bps],
  dateOfBirth: '1990-05-17',
  admissionDate: '2026-12-04',
  ageRange: adult,
};

describe('who may admit', () => {
  it('clinicians and directors decide; intake and case managers prepare', () => {
    expect(mayDecideAdmission(['CLINICIAN'])).toBe(true);
    expect(mayDecideAdmission(['DIRECTOR'])).toBe(true);
    expect(mayDecideAdmission(['INTAKE'])).toBe(false);
    expect(mayDecideAdmission(['CASE_MANAGER', 'ADMIN'])).toBe(false);
    expect(intakeCapabilities(['INTAKE'])).toEqual({
      mayDecideAdmission: false,
      mayRecordAsam: false,
      mayOverrideAgeRule: false,
    });
    expect(intakeCapabilities(['DIRECTOR'])).toEqual({
      mayDecideAdmission: true,
      mayRecordAsam: true,
      mayOverrideAgeRule: true,
    });
  });
});

describe('admission readiness', () => {
  it('is ready with a complete BPS and ASAM; the ASAM recommends the first level of care', () => {
    expect(admissionReadiness(facts)).toEqual({
      problems: [],
      recommendedLevel: '2.1',
      asam,
      ageOverridden: false,
    });
  });

  it('lists each missing assessment; an ASAM without a recommended level does not count', () => {
    const old = {
      instrument: 'ASAM' as const,
      answers: { d1: 1, d2: 0, d3: 2, d4: 2, d5: 3, d6: 1 },
    };
    const r = admissionReadiness({ ...facts, assessments: [old] });
    expect(r.problems.map((p) => p.requirement)).toEqual(['BIO_PSYCHO_SOCIAL', 'ASAM']);
    expect(r.recommendedLevel).toBeNull();
  });

  it('the newest complete ASAM sets the level', () => {
    const newer = { ...asam, answers: { ...asam.answers, recommendedLevel: '2.5' } };
    expect(admissionReadiness({ ...facts, assessments: [newer, asam, bps] }).recommendedLevel).toBe(
      '2.5',
    );
  });

  it('refuses a client outside the program ages on the admission date, in both directions', () => {
    const teen = admissionReadiness({ ...facts, dateOfBirth: '2012-06-01' });
    expect(teen.problems).toEqual([
      expect.objectContaining({ requirement: 'AGE_IN_PROGRAM_RANGE', field: 'ageOverrideReason' }),
    ]);
    expect(teen.problems[0]!.message).toContain('18 and older');
    expect(teen.problems[0]!.message).not.toContain('2012');
    const adultInTeen = admissionReadiness({
      ...facts,
      dateOfBirth: '1970-01-01',
      ageRange: { minAge: 12, maxAge: 17 },
    });
    expect(adultInTeen.problems.map((p) => p.requirement)).toEqual(['AGE_IN_PROGRAM_RANGE']);
    // Turns 18 on the admission day: fits the adult program.
    expect(admissionReadiness({ ...facts, dateOfBirth: '2008-12-04' }).problems).toEqual([]);
  });

  it('a director may override the age rule with a reason; nobody else, and never without one', () => {
    const young = { ...facts, dateOfBirth: '2012-06-01' };
    expect(
      admissionReadiness({ ...young, roles: ['DIRECTOR'], ageOverrideReason: 'Court order' }),
    ).toMatchObject({ problems: [], ageOverridden: true });
    expect(
      admissionReadiness({ ...young, roles: ['DIRECTOR'], ageOverrideReason: '  ' }).problems,
    ).toHaveLength(1);
    expect(
      admissionReadiness({ ...young, roles: ['CLINICIAN'], ageOverrideReason: 'Court order' })
        .problems,
    ).toHaveLength(1);
  });
});
