import { describe, expect, it } from 'vitest';
import { describeSchedule, scheduleOccurrences } from './weekly-schedule.js';
import { localTimeOf, zonedInstant } from './zoned-time.js';

const LA = 'America/Los_Angeles';
const monWedFri = {
  weekdays: [1, 3, 5],
  startTime: '09:00',
  endTime: '12:00',
  startsOn: '2026-01-05',
  endsOn: null,
};

describe('weekly schedule', () => {
  it('lists the meeting dates of Mon/Wed/Fri in a range, both ends included', () => {
    const dates = scheduleOccurrences(monWedFri, '2026-02-02', '2026-02-13', LA).map((o) => o.date);
    expect(dates).toEqual([
      '2026-02-02',
      '2026-02-04',
      '2026-02-06',
      '2026-02-09',
      '2026-02-11',
      '2026-02-13',
    ]);
  });

  it('keeps 09:00 local across the autumn DST change (2026-11-01 in Los Angeles)', () => {
    const week = scheduleOccurrences(monWedFri, '2026-10-26', '2026-11-06', LA);
    expect(week.map((o) => o.startsAt.toISOString())).toEqual([
      '2026-10-26T16:00:00.000Z',
      '2026-10-28T16:00:00.000Z',
      '2026-10-30T16:00:00.000Z',
      '2026-11-02T17:00:00.000Z',
      '2026-11-04T17:00:00.000Z',
      '2026-11-06T17:00:00.000Z',
    ]);
    for (const o of week) {
      expect(localTimeOf(o.startsAt, LA)).toBe('09:00');
      expect(localTimeOf(o.endsAt, LA)).toBe('12:00');
      expect(o.endsAt.getTime() - o.startsAt.getTime()).toBe(3 * 3_600_000);
    }
  });

  it('keeps 09:00 local across the spring DST change (2026-03-08), a Sunday group included', () => {
    const sundays = { ...monWedFri, weekdays: [7], startTime: '09:00', endTime: '10:30' };
    const [before, onChange] = scheduleOccurrences(sundays, '2026-03-01', '2026-03-08', LA);
    expect(before!.startsAt.toISOString()).toBe('2026-03-01T17:00:00.000Z');
    expect(onChange!.startsAt.toISOString()).toBe('2026-03-08T16:00:00.000Z');
    expect(onChange!.endsAt.getTime() - onChange!.startsAt.getTime()).toBe(90 * 60_000);
  });

  it('skips exception dates (holidays, cancellations)', () => {
    const dates = scheduleOccurrences(monWedFri, '2026-11-23', '2026-11-29', LA, [
      '2026-11-27',
    ]).map((o) => o.date);
    expect(dates).toEqual(['2026-11-23', '2026-11-25']);
  });

  it('starts no earlier than the group and stops at its end date', () => {
    const bounded = { ...monWedFri, startsOn: '2026-02-04', endsOn: '2026-02-09' };
    const dates = scheduleOccurrences(bounded, '2026-02-01', '2026-02-28', LA).map((o) => o.date);
    expect(dates).toEqual(['2026-02-04', '2026-02-06', '2026-02-09']);
    expect(scheduleOccurrences(bounded, '2026-03-01', '2026-03-31', LA)).toEqual([]);
  });

  it('works east of Greenwich too (Europe/Berlin, 2026-03-29 change)', () => {
    const berlin = scheduleOccurrences(
      { ...monWedFri, weekdays: [6, 1] },
      '2026-03-28',
      '2026-03-30',
      'Europe/Berlin',
    );
    expect(berlin.map((o) => o.startsAt.toISOString())).toEqual([
      '2026-03-28T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
    ]);
  });

  it('describes the schedule in words', () => {
    expect(describeSchedule({ weekdays: [5, 1, 3], startTime: '09:00:00', endTime: '12:00' })).toBe(
      'Mon, Wed, Fri 09:00–12:00',
    );
  });

  it('places a wall-clock time skipped by the spring change an hour later, as clocks show it', () => {
    expect(zonedInstant('2026-03-08', '02:30', LA).toISOString()).toBe('2026-03-08T10:30:00.000Z');
  });
});
