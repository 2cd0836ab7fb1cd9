import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  calendarDaysBetween,
  instantToMs,
  isCalendarDate,
  localDate,
  mondayOf,
  todayIn,
} from './calendar-date.js';

describe('calendar dates', () => {
  it('only real dates in YYYY-MM-DD form are calendar dates', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-04-31')).toBe(false);
    expect(isCalendarDate('2026-4-1')).toBe(false);
    expect(isCalendarDate('2026-04-01T00:00:00Z')).toBe(false);
  });

  it('adding days crosses month and year ends on the calendar', () => {
    expect(addCalendarDays('2026-01-31', 30)).toBe('2026-03-02');
    expect(addCalendarDays('2028-01-31', 30)).toBe('2028-03-01');
    expect(addCalendarDays('2026-12-25', 7)).toBe('2027-01-01');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addCalendarDays('0099-12-31', 1)).toBe('0100-01-01');
  });

  it('days between two dates is negative when the second is earlier', () => {
    expect(calendarDaysBetween('2026-03-01', '2026-03-31')).toBe(30);
    expect(calendarDaysBetween('2026-03-31', '2026-03-01')).toBe(-30);
    expect(calendarDaysBetween('2026-03-08', '2026-03-08')).toBe(0);
  });

  it('a bad date or day count is refused without repeating the value', () => {
    expect(() => addCalendarDays('1990-02-30', 1)).toThrow('Not a calendar date (YYYY-MM-DD)');
    expect(() => addCalendarDays('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => instantToMs('not a time')).toThrow('Invalid instant');
  });

  it('an instant falls on the date of the time zone it is seen from', () => {
    expect(localDate('2026-03-01T06:30:00Z', 'America/Los_Angeles')).toBe('2026-02-28');
    expect(localDate('2026-03-01T06:30:00Z', 'Europe/Berlin')).toBe('2026-03-01');
    expect(localDate(new Date('2026-03-01T06:30:00Z'), 'UTC')).toBe('2026-03-01');
    expect(localDate('2025-12-31T10:00:00Z', 'Pacific/Kiritimati')).toBe('2026-01-01');
  });

  it('an unknown time zone is refused', () => {
    expect(() => localDate('2026-03-01T06:30:00Z', 'Mars/Olympus_Mons')).toThrow(RangeError);
  });

  it('today is the program’s date around midnight UTC, not the server’s', () => {
    // 23:30 UTC on 31 Dec: already 1 Jan at Kiritimati (UTC+14), still 31 Dec in Honolulu.
    const now = new Date('2026-12-31T23:30:00Z');
    expect(todayIn('Pacific/Kiritimati', now)).toBe('2027-01-01');
    expect(todayIn('Pacific/Honolulu', now)).toBe('2026-12-31');
    // 00:30 UTC on 1 Jan: still 31 Dec in Los Angeles.
    expect(todayIn('America/Los_Angeles', '2027-01-01T00:30:00Z')).toBe('2026-12-31');
  });

  it('a week starts on its Monday', () => {
    expect(mondayOf('2026-03-02')).toBe('2026-03-02'); // a Monday
    expect(mondayOf('2026-03-08')).toBe('2026-03-02'); // Sunday
    expect(mondayOf('2027-01-01')).toBe('2026-12-28'); // across a year
  });
});

describe('localDate kept per quarter hour', () => {
  // Zones with half- and quarter-hour offsets and half-hour daylight saving among them.
  const zones = [
    'America/Los_Angeles',
    'America/St_Johns',
    'Asia/Kathmandu',
    'Asia/Kolkata',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
    'Pacific/Kiritimati',
    'Europe/Dublin',
  ];
  const reference = new Map(
    zones.map((timeZone) => [
      timeZone,
      new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }),
    ]),
  );
  const uncached = (ms: number, timeZone: string) =>
    reference.get(timeZone)!.format(ms).slice(0, 10);

  it('answers what formatting each instant answers, every five minutes around each midnight and transition', () => {
    for (const timeZone of zones) {
      // Every five minutes of two days either side of each 2026 daylight-saving change and of a plain day.
      for (const day of ['2026-01-15', '2026-03-08', '2026-04-05', '2026-09-27', '2026-11-01']) {
        const start = Date.parse(`${day}T00:00:00Z`) - 2 * 86_400_000;
        for (let ms = start; ms < start + 4 * 86_400_000; ms += 5 * 60_000) {
          expect(
            localDate(new Date(ms), timeZone),
            `${timeZone} ${new Date(ms).toISOString()}`,
          ).toBe(uncached(ms, timeZone));
        }
      }
    }
  });
});
