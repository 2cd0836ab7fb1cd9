import { describe, expect, it } from 'vitest';
import {
  blankProgress,
  changeWords,
  isProgressDraft,
  progressInput,
  validateProgress,
  currentEntries,
  formatMeasure,
  measureSeries,
  newestFirst,
  progressSummary,
  ratingColor,
  ratingSeries,
  startingRating,
  type ProgressEntry,
} from './progress';

const entries: ProgressEntry[] = [
  { id: 'c', recordedOn: '2026-11-21', rating: 2, note: 'Missed two groups' },
  { id: 'a', recordedOn: '2026-10-02', rating: 4, measureValue: 3, objectiveLineageId: 'o1' },
  { id: 'b', recordedOn: '2026-10-14', rating: null, measureValue: 2, objectiveLineageId: 'o1' },
  { id: 'd', recordedOn: '2026-11-05', rating: 5, measureValue: 1.5, objectiveLineageId: 'o2' },
];

describe('goal progress', () => {
  it('history reads newest first, same-day entries by when they were written', () => {
    expect(newestFirst(entries).map((e) => e.id)).toEqual(['c', 'd', 'b', 'a']);
    const sameDay = [
      { id: 'x', recordedOn: '2026-11-01', createdAt: '2026-11-01T09:00:00Z' },
      { id: 'y', recordedOn: '2026-11-01', createdAt: '2026-11-01T15:00:00Z' },
    ];
    expect(newestFirst(sameDay).map((e) => e.id)).toEqual(['y', 'x']);
  });

  it('the chart shows ratings in time order and skips entries without one', () => {
    expect(ratingSeries(entries)).toEqual([
      { recordedOn: '2026-10-02', rating: 4 },
      { recordedOn: '2026-11-05', rating: 5 },
      { recordedOn: '2026-11-21', rating: 2 },
    ]);
  });

  it('an objective’s measure values chart on their own', () => {
    expect(measureSeries(entries, 'o1')).toEqual([
      { recordedOn: '2026-10-02', value: 3 },
      { recordedOn: '2026-10-14', value: 2 },
    ]);
    expect(measureSeries(entries)).toHaveLength(3);
  });

  it('the summary gives the latest rating and which way it moved', () => {
    const s = progressSummary(entries);
    expect(s.count).toBe(4);
    expect(s.latest?.id).toBe('c');
    expect(s.lastRating).toEqual({ recordedOn: '2026-11-21', rating: 2 });
    expect(s.change).toBe(-3);
    expect(changeWords(s.change)).toBe('down 3');
    expect(changeWords(2)).toBe('up 2');
    expect(changeWords(0)).toBe('no change');
    expect(changeWords(null)).toBeNull();
  });

  it('no entries, no summary', () => {
    expect(progressSummary([])).toEqual({
      count: 0,
      latest: null,
      lastRating: null,
      previousRating: null,
      change: null,
    });
  });

  it('a new entry starts from the last rating, or the middle of the scale', () => {
    expect(startingRating(entries)).toBe(2);
    expect(startingRating([])).toBe(5);
  });

  it('colours and numbers read at a glance', () => {
    expect([ratingColor(2), ratingColor(5), ratingColor(8)]).toEqual(['red', 'yellow', 'teal']);
    expect(formatMeasure(2)).toBe('2');
    expect(formatMeasure(0.1 + 0.2)).toBe('0.3');
  });
});

describe('recording progress', () => {
  const ctx = { today: '2026-11-27', admittedOn: '2026-09-20' };
  const form = { ...blankProgress('2026-11-27', 6) };

  it('starts today, about the goal as a whole, with a rating', () => {
    expect(form).toEqual({
      recordedOn: '2026-11-27',
      objectiveId: '',
      useRating: true,
      rating: 6,
      measureValue: '',
      note: '',
    });
    expect(validateProgress(form, ctx)).toEqual({});
  });

  it('needs a rating, a measure value or both', () => {
    expect(validateProgress({ ...form, useRating: false }, ctx).measureValue).toBe(
      'Give a rating, a measure value or both',
    );
    expect(validateProgress({ ...form, useRating: false, measureValue: '2' }, ctx)).toEqual({});
  });

  it('a date is not in the future or before admission', () => {
    expect(validateProgress({ ...form, recordedOn: '2026-11-28' }, ctx).recordedOn).toMatch(
      /future/,
    );
    expect(validateProgress({ ...form, recordedOn: '2026-09-19' }, ctx).recordedOn).toMatch(
      /admission/,
    );
    expect(validateProgress({ ...form, recordedOn: '' }, ctx).recordedOn).toBeTruthy();
  });

  it('a measure value is a number', () => {
    expect(validateProgress({ ...form, measureValue: 'three' }, ctx).measureValue).toMatch(
      /number/,
    );
    expect(validateProgress({ ...form, measureValue: '1,5' }, ctx)).toEqual({});
  });

  it('is sent as the API takes it', () => {
    expect(
      progressInput({
        ...form,
        useRating: false,
        measureValue: ' 1,5 ',
        objectiveId: 'o1',
        note: ' ',
      }),
    ).toEqual({
      recordedOn: '2026-11-27',
      objectiveId: 'o1',
      rating: null,
      measureValue: 1.5,
      note: null,
    });
    expect(progressInput({ ...form, note: 'Went to 3 groups' })).toMatchObject({
      rating: 6,
      measureValue: null,
      objectiveId: null,
      note: 'Went to 3 groups',
    });
  });

  it('a kept draft is used only if it has the expected shape', () => {
    expect(isProgressDraft(form)).toBe(true);
    expect(isProgressDraft({ ...form, rating: '6' })).toBe(false);
  });
});

describe('corrected and voided entries', () => {
  it('stay in the history but leave the trend', () => {
    const history = [
      { id: 'a', recordedOn: '2026-10-02', rating: 2, status: 'CORRECTED' },
      { id: 'b', recordedOn: '2026-10-02', rating: 6, status: 'CURRENT' },
      { id: 'c', recordedOn: '2026-10-09', rating: 1, status: 'VOIDED' },
    ];
    expect(currentEntries(history).map((e) => e.id)).toEqual(['b']);
    expect(ratingSeries(currentEntries(history))).toEqual([
      { recordedOn: '2026-10-02', rating: 6 },
    ]);
  });

  it('the form checks an entry by the API’s own schema (limits and words)', () => {
    const form = {
      recordedOn: '2026-10-02',
      objectiveId: '',
      useRating: true,
      rating: 11,
      measureValue: '',
      note: 'x'.repeat(4001),
    };
    expect(validateProgress(form, { today: '2026-10-10', admittedOn: null })).toEqual({
      rating: 'Rate from 0 to 10',
      note: 'Use at most 4000 characters',
    });
  });
});
