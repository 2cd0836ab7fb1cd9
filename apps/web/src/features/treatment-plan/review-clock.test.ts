import { describe, expect, it } from 'vitest';
import { reviewClockPhrase, shortDate } from './review-clock';

const today = '2026-12-07';

describe('the review clock in words', () => {
  it('a routine review ahead says when and how soon', () => {
    const p = reviewClockPhrase(
      { dueDate: '2026-12-12', status: 'DUE_SOON', reason: 'INTERVAL', daysUntilDue: 5 },
      today,
    );
    expect(p.text).toBe('Review due 12 Dec — in 5 days');
    expect(p.color).toBe('yellow');
    expect(p.broughtForwardFrom).toBeNull();
  });

  it('an overdue review names what brought it forward', () => {
    const p = reviewClockPhrase(
      {
        dueDate: '2026-12-04',
        status: 'OVERDUE',
        reason: 'LEVEL_OF_CARE_CHANGE',
        daysUntilDue: -3,
        scheduledDate: '2026-12-20',
      },
      today,
    );
    expect(p.text).toBe('Review overdue by 3 days — level-of-care change');
    expect(p.color).toBe('red');
    expect(p.broughtForwardFrom).toBe('20 Dec');
  });

  it('keeps acronyms as they are written', () => {
    const p = reviewClockPhrase(
      { dueDate: today, status: 'DUE', reason: 'PHQ9_SAFETY', daysUntilDue: 0 },
      today,
    );
    expect(p.text).toBe('Review due today — PHQ-9 safety item');
  });

  it('a routine review overdue says when it was due', () => {
    expect(
      reviewClockPhrase(
        { dueDate: '2026-12-06', status: 'OVERDUE', reason: 'INTERVAL', daysUntilDue: -1 },
        today,
      ).text,
    ).toBe('Review overdue by 1 day — was due 6 Dec');
  });

  it('the initial plan has its own words', () => {
    expect(
      reviewClockPhrase(
        { dueDate: '2026-12-09', status: 'DUE_SOON', reason: 'INITIAL_PLAN', daysUntilDue: 2 },
        today,
      ).text,
    ).toBe('Initial plan due 9 Dec — in 2 days');
    expect(
      reviewClockPhrase(
        { dueDate: '2026-12-01', status: 'OVERDUE', reason: 'INITIAL_PLAN', daysUntilDue: -6 },
        today,
      ).text,
    ).toBe('Initial plan overdue by 6 days — was due 1 Dec');
  });
});

describe('short dates', () => {
  it('leave out this year and keep any other', () => {
    expect(shortDate('2026-03-01', today)).toBe('1 Mar');
    expect(shortDate('2027-01-15', today)).toBe('15 Jan 2027');
    expect(shortDate('soon', today)).toBe('soon');
  });
});
