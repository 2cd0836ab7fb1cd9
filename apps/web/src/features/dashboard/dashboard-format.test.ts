import { describe, expect, it } from 'vitest';
import {
  formatDays,
  formatUpdatedAt,
  formatWeekLabel,
  formatWeekOf,
  plural,
  reviewDueSummary,
} from './dashboard-format';

describe('week labels', () => {
  it('a week is labelled by its Monday, day and short month', () => {
    expect(formatWeekLabel('2026-10-06')).toBe('6 Oct');
    expect(formatWeekLabel('2026-09-28')).toBe('28 Sep');
    expect(formatWeekLabel('2027-01-04')).toBe('4 Jan');
  });

  it('the label never shifts a day, whatever the browser’s time zone', () => {
    // Built from the date's parts in UTC: midnight in Los Angeles is still the same date.
    expect(formatWeekLabel('2026-03-09')).toBe('9 Mar');
  });

  it('unreadable input is no label', () => {
    expect(formatWeekLabel('last week')).toBe('');
    expect(formatWeekOf('nope')).toBe('week');
    expect(formatWeekOf('2026-10-05')).toBe('week of 5 Oct 2026');
  });
});

describe('numbers as staff read them', () => {
  it('days are rounded to a tenth and a missing figure is a dash', () => {
    expect(formatDays(30)).toBe('30 days');
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(42.345)).toBe('42.3 days');
    expect(formatDays(null)).toBe('—');
    expect(formatDays(Number.NaN)).toBe('—');
  });

  it('counts agree with their noun', () => {
    expect(plural(1, 'client')).toBe('1 client');
    expect(plural(1200, 'client')).toBe('1,200 clients');
  });

  it('the update time reads to the second', () => {
    expect(formatUpdatedAt('2026-10-12T16:05:09Z')).toMatch(/^\d{1,2}:05:09 (AM|PM)$/);
    expect(formatUpdatedAt('soon')).toBe('');
  });
});

describe('how a plan review stands against today', () => {
  const today = '2026-10-12';
  it('counts the days overdue or to go', () => {
    expect(reviewDueSummary('2026-10-02', today, 'OVERDUE')).toBe('10 days overdue');
    expect(reviewDueSummary('2026-10-11', today)).toBe('1 day overdue');
    expect(reviewDueSummary('2026-10-12', today, 'DUE')).toBe('due today');
    expect(reviewDueSummary('2026-10-13', today)).toBe('due tomorrow');
    expect(reviewDueSummary('2026-10-15', today, 'DUE_SOON')).toBe('due in 3 days');
  });

  it('says nothing without a due date', () => {
    expect(reviewDueSummary(null, today)).toBe('');
  });
});
