import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from './instruments.js';
import {
  answerProblems,
  changeSinceIntake,
  isWorseningBand,
  scoreMeasure,
  type SeverityBand,
} from './scoring.js';

/** Answers whose items sum to `total`, filled from item 1 with the item's maximum (3). */
function answersSumming(count: number, total: number, overrides: Record<string, number> = {}) {
  const answers: Record<string, number> = {};
  let left = total;
  for (let i = 1; i <= count; i++) {
    const v = Math.min(3, left);
    answers[String(i)] = v;
    left -= v;
  }
  return { ...answers, ...overrides };
}

describe('PHQ-9 (Rule 7)', () => {
  const edges: [number, SeverityBand][] = [
    [0, 'MINIMAL'],
    [4, 'MINIMAL'],
    [5, 'MILD'],
    [9, 'MILD'],
    [10, 'MODERATE'],
    [14, 'MODERATE'],
    [15, 'MODERATELY_SEVERE'],
    [19, 'MODERATELY_SEVERE'],
    [20, 'SEVERE'],
    [27, 'SEVERE'],
  ];
  it.each(edges)('a total of %i is %s', (total, band) => {
    const score = scoreMeasure('PHQ9', answersSumming(9, total));
    expect(score).toMatchObject({ status: 'COMPLETE', total, band });
  });

  it('item 9 above 0 raises the safety flag, whatever the total', () => {
    const answers = { ...answersSumming(8, 0), '9': 1 };
    expect(scoreMeasure('PHQ9', answers)).toMatchObject({
      total: 1,
      band: 'MINIMAL',
      flags: ['SAFETY'],
    });
    expect(scoreMeasure('PHQ9', answersSumming(9, 24)).flags).toEqual([]);
  });

  it('a missing item makes it incomplete: no total, no band, but item 9 still flags', () => {
    const answers: Record<string, number> = { ...answersSumming(9, 12), '9': 2 };
    delete answers['3'];
    expect(scoreMeasure('PHQ9', answers)).toEqual({
      status: 'INCOMPLETE',
      total: null,
      band: null,
      subscales: {},
      flags: ['SAFETY'],
      missingItems: ['3'],
    });
  });

  it('a null answer counts as missing', () => {
    expect(scoreMeasure('PHQ9', { ...answersSumming(9, 3), '1': null }).status).toBe('INCOMPLETE');
  });

  it('refuses answers outside 0–3 and items the instrument does not have, by item', () => {
    expect(answerProblems('PHQ9', { '1': 4, '2': -1, '3': 1.5, '10': 0, '4': 2 })).toEqual([
      { field: '1', message: 'must be one of 0, 1, 2, 3' },
      { field: '2', message: 'must be one of 0, 1, 2, 3' },
      { field: '3', message: 'must be one of 0, 1, 2, 3' },
      { field: '10', message: 'is not an item of this instrument' },
    ]);
  });

  it('records the LOINC code of the total and the version', () => {
    expect(INSTRUMENTS.PHQ9.totalLoinc).toBe('44261-6');
    expect(INSTRUMENTS.PHQ9.items).toHaveLength(9);
    expect(INSTRUMENTS.PHQ9.version).toMatch(/PHQ-9/);
  });
});

describe('GAD-7 (Rule 7)', () => {
  const edges: [number, SeverityBand][] = [
    [0, 'MINIMAL'],
    [4, 'MINIMAL'],
    [5, 'MILD'],
    [9, 'MILD'],
    [10, 'MODERATE'],
    [14, 'MODERATE'],
    [15, 'SEVERE'],
    [21, 'SEVERE'],
  ];
  it.each(edges)('a total of %i is %s', (total, band) => {
    expect(scoreMeasure('GAD7', answersSumming(7, total))).toMatchObject({ total, band });
  });

  it('has 7 items and the total LOINC 70274-6; an item 8 is refused', () => {
    expect(INSTRUMENTS.GAD7.items).toHaveLength(7);
    expect(INSTRUMENTS.GAD7.totalLoinc).toBe('70274-6');
    expect(answerProblems('GAD7', { '8': 1 })).toHaveLength(1);
  });

  it('a missing item makes it incomplete', () => {
    const answers: Record<string, number> = answersSumming(7, 10);
    delete answers['7'];
    expect(scoreMeasure('GAD7', answers)).toMatchObject({
      status: 'INCOMPLETE',
      total: null,
      missingItems: ['7'],
    });
  });

  it('never raises a safety flag', () => {
    expect(scoreMeasure('GAD7', answersSumming(7, 21)).flags).toEqual([]);
  });
});

describe('BAM (Rule 7)', () => {
  // Each item answered with its own number mod 5 makes every subscale's sum distinct.
  const complete: Record<string, number> = {
    '1': 1,
    '2': 2,
    '3': 3,
    '4': 4,
    '5': 0,
    '6': 1,
    '7a': 2,
    '7e': 3,
    '8': 3,
    '9': 4,
    '10': 0,
    '11': 1,
    '12': 2,
    '13': 3,
    '14': 4,
    '15': 0,
    '16': 1,
    '17': 2,
  };

  it('Use = items 4 + 5 + 6', () => {
    expect(scoreMeasure('BAM', complete).subscales.USE).toBe(4 + 0 + 1);
  });
  it('Risk = items 1, 2, 3, 8, 11, 15', () => {
    expect(scoreMeasure('BAM', complete).subscales.RISK).toBe(1 + 2 + 3 + 3 + 1 + 0);
  });
  it('Protective = items 9, 10, 12, 13, 14, 16', () => {
    expect(scoreMeasure('BAM', complete).subscales.PROTECTIVE).toBe(4 + 0 + 2 + 3 + 4 + 1);
  });
  it('has no total and no band', () => {
    expect(scoreMeasure('BAM', complete)).toMatchObject({
      status: 'COMPLETE',
      total: null,
      band: null,
    });
  });
  it('items 7 and 17 are unscored: changing them changes no subscale, and they may be skipped', () => {
    const without = { ...complete };
    delete without['7a'];
    delete without['7e'];
    delete without['17'];
    expect(scoreMeasure('BAM', without)).toEqual(scoreMeasure('BAM', complete));
    expect(scoreMeasure('BAM', { ...complete, '17': 4, '7a': 4 }).subscales).toEqual(
      scoreMeasure('BAM', complete).subscales,
    );
  });
  it('the published worst case: Use 12, Risk 24, Protective 0; best: 0, 0, 24', () => {
    const worst = {
      ...complete,
      '1': 4,
      '2': 4,
      '3': 4,
      '4': 4,
      '5': 4,
      '6': 4,
      '8': 4,
      '11': 4,
      '15': 4,
      '9': 0,
      '10': 0,
      '12': 0,
      '13': 0,
      '14': 0,
      '16': 0,
    };
    expect(scoreMeasure('BAM', worst).subscales).toEqual({ USE: 12, RISK: 24, PROTECTIVE: 0 });
    const best = {
      ...worst,
      '1': 0,
      '2': 0,
      '3': 0,
      '4': 0,
      '5': 0,
      '6': 0,
      '8': 0,
      '11': 0,
      '15': 0,
      '9': 4,
      '10': 4,
      '12': 4,
      '13': 4,
      '14': 4,
      '16': 4,
    };
    expect(scoreMeasure('BAM', best).subscales).toEqual({ USE: 0, RISK: 0, PROTECTIVE: 24 });
  });
  it('item 1 (physical health) runs 0–4; item 14 (enough income) is No 0 or Yes 4 only', () => {
    expect(answerProblems('BAM', { '1': 4 })).toEqual([]);
    expect(answerProblems('BAM', { '1': 5 })).toEqual([
      { field: '1', message: 'must be one of 0, 1, 2, 3, 4' },
    ]);
    expect(answerProblems('BAM', { '14': 4, '9': 0 })).toEqual([]);
    expect(answerProblems('BAM', { '14': 2 })).toEqual([
      { field: '14', message: 'must be one of 0, 4' },
    ]);
  });
  it('a missing scored item makes every subscale null', () => {
    const missing = { ...complete };
    delete missing['11'];
    expect(scoreMeasure('BAM', missing)).toMatchObject({
      status: 'INCOMPLETE',
      subscales: { USE: null, RISK: null, PROTECTIVE: null },
      missingItems: ['11'],
    });
  });
  it('has no published LOINC code', () => {
    expect(INSTRUMENTS.BAM.totalLoinc).toBeNull();
  });
});

describe('worsening band', () => {
  it('a worse band than the previous one is worsening; the same or better is not', () => {
    expect(isWorseningBand('MILD', 'MODERATE')).toBe(true);
    expect(isWorseningBand('MODERATE', 'MODERATE')).toBe(false);
    expect(isWorseningBand('SEVERE', 'MILD')).toBe(false);
  });
  it('an incomplete administration on either side is no signal', () => {
    expect(isWorseningBand(null, 'SEVERE')).toBe(false);
    expect(isWorseningBand('MINIMAL', null)).toBe(false);
  });
});

describe('change since intake', () => {
  it('is the latest complete total minus the first, skipping incomplete ones', () => {
    expect(
      changeSinceIntake([
        { administeredAt: '2026-03-01T10:00:00Z', total: 18, band: 'MODERATELY_SEVERE' },
        { administeredAt: '2026-04-01T10:00:00Z', total: null, band: null },
        { administeredAt: '2026-03-15T10:00:00Z', total: 12, band: 'MODERATE' },
      ]),
    ).toEqual({ first: 18, latest: 12, change: -6 });
  });
  it('needs two complete administrations', () => {
    expect(
      changeSinceIntake([{ administeredAt: '2026-03-01T10:00:00Z', total: 8, band: 'MILD' }]),
    ).toBeNull();
  });
});
