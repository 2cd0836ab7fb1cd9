import { describe, expect, it } from 'vitest';
import {
  asamRecommendedLevel,
  mayRecordInstrument,
  validateAssessmentAnswers,
} from './intake-assessment.js';

const asam = { d1: 0, d2: 1, d3: 2, d4: 3, d5: 4, d6: 2, recommendedLevel: '2.1' };

describe('intake assessment answers', () => {
  it('six ASAM dimensions rated 0–4 are complete', () => {
    expect(validateAssessmentAnswers('ASAM', asam)).toEqual([]);
    expect(validateAssessmentAnswers('ASAM', { ...asam, d3Note: 'Anxious in groups' })).toEqual([]);
  });

  it('a rating outside 0–4, a fraction or a missing dimension is named', () => {
    expect(validateAssessmentAnswers('ASAM', { ...asam, d2: 5, d4: 1.5, d6: undefined })).toEqual([
      { field: 'd2', message: 'must be a whole number from 0 to 4' },
      { field: 'd4', message: 'must be a whole number from 0 to 4' },
      { field: 'd6', message: 'must be a whole number from 0 to 4' },
    ]);
  });

  it('the bio-psycho-social summary needs every section in words', () => {
    expect(
      validateAssessmentAnswers('INTAKE_BPS', {
        presentingProblems: 'Drinking most days since the lay-off',
        substanceUseHistory: 'Alcohol since 19; cannabis occasionally',
        strengths: '"I show up for my kids"',
        problemAreas: '   ',
      }),
    ).toEqual([{ field: 'problemAreas', message: 'is required' }]);
  });

  it('answers that belong to no question are refused', () => {
    expect(validateAssessmentAnswers('ASAM', { ...asam, d7: 1 })).toEqual([
      { field: 'd7', message: 'is not part of this instrument' },
    ]);
  });
});

describe('the ASAM recommendation', () => {
  it('carries a recommended ASAM level of care', () => {
    expect(asamRecommendedLevel(asam)).toBe('2.1');
    const { recommendedLevel: _none, ...without } = asam;
    const problems = validateAssessmentAnswers('ASAM', without);
    expect(problems.map((p) => p.field)).toEqual(['recommendedLevel']);
    expect(problems[0]!.message).toMatch(/^must be an ASAM level of care \(0\.5, 1\.0, 2\.1/);
    expect(validateAssessmentAnswers('ASAM', { ...asam, recommendedLevel: '2' })).toHaveLength(1);
  });

  it('is recorded by clinicians and directors; intake records the bio-psycho-social summary', () => {
    expect(mayRecordInstrument(['INTAKE'], 'ASAM')).toBe(false);
    expect(mayRecordInstrument(['INTAKE'], 'INTAKE_BPS')).toBe(true);
    expect(mayRecordInstrument(['CLINICIAN'], 'ASAM')).toBe(true);
    expect(mayRecordInstrument(['DIRECTOR'], 'ASAM')).toBe(true);
  });
});
