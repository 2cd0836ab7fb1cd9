import { describe, expect, it } from 'vitest';
import {
  aftercareMoves,
  followUpPeriod,
  followUpTiming,
  needsOutreach,
  unscheduledDueDates,
  type FollowUpStatus,
} from './follow-up-schedule.js';

const LA = 'America/Los_Angeles';

describe('follow-up schedule', () => {
  it('weekly over 90 days: 12 contacts on the discharge weekday, in the program time zone', () => {
    // 23:30 on Friday 6 March in Los Angeles is already Saturday in UTC.
    const p = followUpPeriod('2026-03-07T07:30:00Z', LA, 'WEEKLY', 90);
    expect(p.dischargedOn).toBe('2026-03-06');
    expect(p.endsOn).toBe('2026-06-04');
    expect(p.dueDates).toHaveLength(12);
    // DST began on 8 March: the first contact is still the next Friday.
    expect(p.dueDates.slice(0, 2)).toEqual(['2026-03-13', '2026-03-20']);
    expect(p.dueDates.at(-1)).toBe('2026-05-29');
    for (const d of p.dueDates) expect(new Date(`${d}T12:00:00Z`).getUTCDay()).toBe(5);
  });

  it('biweekly crosses month ends and the autumn DST change on calendar days', () => {
    const p = followUpPeriod('2026-10-17T18:00:00Z', LA, 'BIWEEKLY', 60);
    expect(p.dueDates).toEqual(['2026-10-31', '2026-11-14', '2026-11-28', '2026-12-12']);
    const feb = followUpPeriod('2028-01-31T20:00:00Z', 'Europe/Berlin', 'BIWEEKLY', 30);
    expect(feb.dueDates).toEqual(['2028-02-14', '2028-02-28']);
    expect(feb.endsOn).toBe('2028-03-01');
  });

  it('is idempotent: the same discharge gives the same dates and nothing is scheduled twice', () => {
    const a = followUpPeriod('2026-03-07T07:30:00Z', LA, 'WEEKLY', 90).dueDates;
    const b = followUpPeriod('2026-03-07T07:30:00Z', LA, 'WEEKLY', 90).dueDates;
    expect(b).toEqual(a);
    expect(unscheduledDueDates(b, a)).toEqual([]);
    expect(unscheduledDueDates(b, a.slice(0, 10))).toEqual(a.slice(10));
  });

  it('refuses a period outside 1 to 365 days', () => {
    expect(() => followUpPeriod('2026-03-07T07:30:00Z', LA, 'WEEKLY', 0)).toThrow(RangeError);
    expect(() => followUpPeriod('2026-03-07T07:30:00Z', LA, 'WEEKLY', 400)).toThrow(RangeError);
  });
});

describe('outreach flag', () => {
  const series = (...statuses: FollowUpStatus[]) =>
    statuses.map((status, i) => ({
      dueOn: `2026-04-${String(10 + i * 7).padStart(2, '0')}`,
      status,
    }));

  it('three unreached contacts in a row flag the client; a reached one resets the run', () => {
    expect(needsOutreach(series('MISSED', 'ATTEMPTED', 'MISSED'))).toBe(true);
    expect(needsOutreach(series('MISSED', 'MISSED'))).toBe(false);
    expect(needsOutreach(series('MISSED', 'MISSED', 'DONE'))).toBe(false);
    expect(needsOutreach(series('DONE', 'MISSED', 'MISSED', 'MISSED'))).toBe(true);
  });

  it('contacts still scheduled neither count nor break the run; order is by due date', () => {
    expect(needsOutreach(series('MISSED', 'SCHEDULED', 'MISSED', 'MISSED'))).toBe(true);
    expect(needsOutreach([...series('MISSED', 'MISSED', 'MISSED')].reverse())).toBe(true);
  });

  it('timing: due today, overdue, upcoming; a recorded contact is none of them', () => {
    const c = { dueOn: '2026-04-10', status: 'SCHEDULED' as const };
    expect(followUpTiming(c, '2026-04-10')).toBe('DUE_TODAY');
    expect(followUpTiming(c, '2026-04-11')).toBe('OVERDUE');
    expect(followUpTiming(c, '2026-04-09')).toBe('UPCOMING');
    expect(followUpTiming({ ...c, status: 'DONE' }, '2026-04-11')).toBeNull();
  });
});

describe('DISCHARGED → FOLLOW_UP → CLOSED as time passes', () => {
  const schedule = { firstDueOn: '2026-03-13', endsOn: '2026-06-04' };
  it('enters follow-up on the first due day and closes after the period', () => {
    expect(aftercareMoves('DISCHARGED', schedule, '2026-03-12')).toEqual([]);
    expect(aftercareMoves('DISCHARGED', schedule, '2026-03-13')).toEqual(['FOLLOW_UP']);
    expect(aftercareMoves('FOLLOW_UP', schedule, '2026-06-04')).toEqual([]);
    expect(aftercareMoves('FOLLOW_UP', schedule, '2026-06-05')).toEqual(['CLOSED']);
    expect(aftercareMoves('CLOSED', schedule, '2026-06-05')).toEqual([]);
  });
  it('a job that was down makes both moves; without contacts the episode closes at the end', () => {
    expect(aftercareMoves('DISCHARGED', schedule, '2026-07-01')).toEqual(['FOLLOW_UP', 'CLOSED']);
    const none = { firstDueOn: null, endsOn: '2026-06-04' };
    expect(aftercareMoves('DISCHARGED', none, '2026-06-04')).toEqual([]);
    expect(aftercareMoves('DISCHARGED', none, '2026-06-05')).toEqual(['CLOSED']);
  });
});
