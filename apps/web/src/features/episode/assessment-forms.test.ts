import { INTAKE_SUMMARY_FIELDS } from '@waypoint/domain';
import { describe, expect, it } from 'vitest';
import {
  answerErrors,
  apiAnswerErrors,
  asamAnswers,
  bpsAnswers,
  canRecordAssessment,
  emptyAsam,
  emptyBps,
  hasInput,
  isAsamValues,
  isBpsValues,
  latestOf,
  OWN_WORDS_FIELDS,
  readAsam,
  readBps,
  suggestsMoreIntensiveCare,
  type AsamValues,
} from './assessment-forms';

const rated = (ratings: string[], notes: Record<string, string> = {}): AsamValues => {
  const v = emptyAsam();
  ratings.forEach((r, i) => (v[`d${i + 1}` as 'd1'] = r));
  return { ...v, ...notes };
};

describe('the bio-psycho-social summary', () => {
  it('every section is required (the domain’s rule, as the API applies it)', () => {
    const errors = answerErrors('INTAKE_BPS', bpsAnswers({ ...emptyBps(), strengths: '  ' }));
    expect(Object.keys(errors).sort()).toEqual([
      'presentingProblems',
      'problemAreas',
      'strengths',
      'substanceUseHistory',
    ]);
    expect(errors.strengths).toBe('Write this section before saving');
  });

  it('is sent trimmed, and complete answers pass', () => {
    const answers = bpsAnswers({
      presentingProblems: ' Drinking daily ',
      substanceUseHistory: 'Alcohol since 19',
      strengths: '“I show up for my kids.”',
      problemAreas: '“Evenings alone.”',
    });
    expect(answers.presentingProblems).toBe('Drinking daily');
    expect(answerErrors('INTAKE_BPS', answers)).toEqual({});
  });

  it('the client’s-own-words sections are the ones the domain labels so', () => {
    for (const f of INTAKE_SUMMARY_FIELDS) {
      expect(OWN_WORDS_FIELDS.has(f.key)).toBe(f.label.includes("client's own words"));
    }
  });

  it('reads back section by section, with the client’s-own-words labels', () => {
    const sections = readBps({ strengths: 'Humour', problemAreas: 7 });
    expect(sections.map((s) => s.text)).toEqual(['', '', 'Humour', '']);
    expect(sections[2]?.label).toBe("Strengths, in the client's own words");
  });
});

describe('ASAM ratings', () => {
  it('every dimension must be rated 0–4', () => {
    const errors = answerErrors('ASAM', asamAnswers(rated(['1', '2', '', '0', '3', ''])));
    expect(errors).toEqual({
      d3: 'Choose a rating from 0 to 4',
      d6: 'Choose a rating from 0 to 4',
      recommendedLevel: 'Choose the level of care you recommend',
    });
  });

  it('the recommended level of care is sent with the ratings', () => {
    const values = { ...rated(['1', '0', '2', '3', '2', '1']), recommendedLevel: '2.1' };
    expect(answerErrors('ASAM', asamAnswers(values))).toEqual({});
    expect(asamAnswers(values).recommendedLevel).toBe('2.1');
  });

  it('ratings are sent as numbers and notes only when written', () => {
    expect(
      asamAnswers(
        rated(['1', '0', '2', '3', '2', '4'], { d2Note: '  ', d6Note: ' Unstable housing ' }),
      ),
    ).toEqual({ d1: 1, d2: 0, d3: 2, d4: 3, d5: 2, d6: 4, d6Note: 'Unstable housing' });
  });

  it('reads back with the meaning of each rating, ignoring malformed values', () => {
    const readings = readAsam({ d1: 2, d2: '3', d4: 9, d1Note: 'Shakes in the morning' });
    expect(readings[0]).toMatchObject({
      rating: { label: 'Moderate' },
      note: 'Shakes in the morning',
    });
    expect(readings[1]?.rating).toBeNull();
    expect(readings[3]?.rating).toBeNull();
  });

  it('a severe rating anywhere is flagged for the admission decision', () => {
    expect(suggestsMoreIntensiveCare(readAsam({ d1: 1, d2: 4 }))).toBe(true);
    expect(suggestsMoreIntensiveCare(readAsam({ d1: 3, d2: 3 }))).toBe(false);
  });

  it('the API’s field paths point at the form’s fields', () => {
    expect(apiAnswerErrors({ 'answers.d2': 'Must be a whole number', strengths: 'x' })).toEqual({
      d2: 'Must be a whole number',
      strengths: 'x',
    });
  });
});

describe('recorded assessments', () => {
  const a = (id: string, instrument: string, day: number) => ({
    id,
    instrument,
    administeredAt: `2026-10-${String(day).padStart(2, '0')}T10:00:00Z`,
  });

  it('the newest of each instrument is shown, with a count of earlier ones', () => {
    const list = [a('1', 'ASAM', 3), a('2', 'INTAKE_BPS', 4), a('3', 'ASAM', 9), a('4', 'ASAM', 5)];
    expect(latestOf(list, 'ASAM')).toEqual({ latest: list[2], earlier: 2 });
    expect(latestOf(list, 'INTAKE_BPS')).toEqual({ latest: list[1], earlier: 0 });
    expect(latestOf([], 'ASAM')).toEqual({ latest: null, earlier: 0 });
  });

  it('are recorded during screening, assessment and the waitlist only', () => {
    expect(canRecordAssessment('INQUIRY')).toBe(false);
    expect(canRecordAssessment('SCREENING')).toBe(true);
    expect(canRecordAssessment('ASSESSMENT')).toBe(true);
    expect(canRecordAssessment('WAITLISTED')).toBe(true);
    expect(canRecordAssessment('ACTIVE')).toBe(false);
  });
});

describe('drafts of these forms', () => {
  it('are recognised by shape, and kept only once something was entered', () => {
    expect(isBpsValues(emptyBps())).toBe(true);
    expect(isAsamValues(emptyAsam())).toBe(true);
    expect(isAsamValues(emptyBps())).toBe(false);
    expect(isBpsValues(null)).toBe(false);
    expect(hasInput(emptyAsam())).toBe(false);
    expect(hasInput(rated(['2']))).toBe(true);
  });
});
