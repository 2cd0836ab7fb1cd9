import { describe, expect, it } from 'vitest';
import {
  formatCountdown,
  formatDateTime,
  formatInstantDate,
  formatLocalDate,
  formatTime,
  formatTimeRange,
  savedAtClause,
  formatWeekdayDate,
  todayIn,
} from './dates';

describe('dates as staff read them', () => {
  it('shows day, short month and year', () => {
    expect(formatLocalDate('2026-10-12')).toBe('12 Oct 2026');
  });

  it('abbreviates September as "Sep"', () => {
    expect(formatLocalDate('2026-09-03')).toBe('3 Sep 2026');
  });

  it('an admission is dated on the day it happened in the program’s time zone', () => {
    // 03:00 UTC on 12 Oct is still the evening of 11 Oct in Los Angeles.
    expect(formatInstantDate('2026-10-12T03:00:00Z', 'America/Los_Angeles')).toBe('11 Oct 2026');
    expect(formatInstantDate('2026-10-12T03:00:00Z', 'Europe/Berlin')).toBe('12 Oct 2026');
  });

  it('an unknown time zone falls back instead of failing the page', () => {
    expect(formatInstantDate('2026-10-12T12:00:00Z', 'Mars/Olympus_Mons')).toBe('12 Oct 2026');
  });

  it('unreadable input renders as nothing rather than "Invalid Date"', () => {
    expect(formatInstantDate('yesterday')).toBe('');
    expect(formatLocalDate('12/10/2026')).toBe('');
  });

  it('today is the program’s date, not the browser’s, around midnight UTC', () => {
    // 23:30 UTC on 31 Dec: 1 Jan in Kiritimati, 31 Dec in Los Angeles, whatever the browser says.
    const now = new Date('2026-12-31T23:30:00Z');
    expect(todayIn('Pacific/Kiritimati', now)).toBe('2027-01-01');
    expect(todayIn('America/Los_Angeles', now)).toBe('2026-12-31');
    expect(todayIn('Pacific/Pago_Pago', new Date('2027-01-01T10:30:00Z'))).toBe('2026-12-31');
  });

  it('a day heading names the calendar date itself', () => {
    expect(formatWeekdayDate('2026-12-04')).toBe('Friday 4 December');
    expect(formatWeekdayDate(todayIn('Pacific/Kiritimati', new Date('2026-12-31T23:30:00Z')))).toBe(
      'Friday 1 January',
    );
    expect(formatWeekdayDate('soon')).toBe('');
  });

  it('with no program known yet, today is the browser’s calendar day (the API decides)', () => {
    expect(todayIn(null, new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    expect(todayIn('Mars/Olympus_Mons', new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

describe('times of day', () => {
  it('an audit entry reads as day and time', () => {
    expect(formatDateTime('2026-10-12T16:05:00Z', 'UTC', 'UTC')).toBe('12 Oct 2026, 4:05 PM');
    expect(
      formatDateTime('2026-10-12T16:05:00Z', 'America/Los_Angeles', 'America/Los_Angeles'),
    ).toBe('12 Oct 2026, 9:05 AM');
  });

  it('a span of time names the program’s zone once, at its end', () => {
    expect(
      formatTimeRange(
        '2026-10-12T16:00:00Z',
        '2026-10-12T19:00:00Z',
        'America/Los_Angeles',
        'America/New_York',
      ),
    ).toBe('9:00 AM–12:00 PM PDT');
    expect(
      formatTimeRange(
        '2026-10-12T16:00:00Z',
        '2026-10-12T19:00:00Z',
        'America/Los_Angeles',
        'America/Los_Angeles',
      ),
    ).toBe('9:00 AM–12:00 PM');
  });

  it('names the program’s zone only where the reader’s clock shows another time', () => {
    // A Los Angeles program read from New York: the program's time, labelled.
    expect(formatTime('2026-10-12T16:05:00Z', 'America/Los_Angeles', 'America/New_York')).toBe(
      '9:05 AM PDT',
    );
    expect(formatTime('2026-01-12T16:05:00Z', 'America/Los_Angeles', 'America/New_York')).toBe(
      '8:05 AM PST',
    );
    // Another zone name, the same clock (Vancouver and Los Angeles): nothing to say.
    expect(formatTime('2026-10-12T16:05:00Z', 'America/Los_Angeles', 'America/Vancouver')).toBe(
      '9:05 AM',
    );
    // Outside the US the short name is an offset.
    expect(formatDateTime('2026-10-12T16:05:00Z', 'Europe/Berlin', 'UTC')).toBe(
      '12 Oct 2026, 6:05 PM GMT+2',
    );
  });

  it('without a program zone, the browser’s own time, unlabelled', () => {
    expect(formatTime('2026-10-12T16:05:00Z', null, 'Asia/Tokyo')).not.toMatch(/[A-Z]{3}|GMT/);
  });

  it('unreadable input renders as nothing', () => {
    expect(formatDateTime('soon')).toBe('');
    expect(formatTime('soon')).toBe('');
  });
});

describe('countdowns', () => {
  it('count down in minutes and seconds', () => {
    expect(formatCountdown(60_000)).toBe('1:00');
    expect(formatCountdown(41_200)).toBe('0:42');
    expect(formatCountdown(-5)).toBe('0:00');
  });
});

describe('when someone else saved', () => {
  const now = new Date('2026-10-12T20:00:00Z');
  it('today: the time; earlier: the day too; unknown: nothing', () => {
    expect(savedAtClause('2026-10-12T16:05:00Z', 'UTC', now, 'UTC')).toBe(' at 4:05 PM');
    expect(savedAtClause('2026-10-10T16:05:00Z', 'UTC', now, 'UTC')).toBe(
      ' on 10 Oct 2026 at 4:05 PM',
    );
    expect(savedAtClause(null, 'UTC', now, 'UTC')).toBe('');
  });
  it('in the program’s zone, named when the reader’s clock differs', () => {
    expect(savedAtClause('2026-10-12T16:05:00Z', 'America/Los_Angeles', now, 'UTC')).toBe(
      ' at 9:05 AM PDT',
    );
  });
});
