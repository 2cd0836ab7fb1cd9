import { describe, expect, it } from 'vitest';
import {
  ReviewDueReason,
  ReviewDueStatus,
  ReviewTriggerKind,
  nextReviewDue,
  reviewClock,
  reviewDueReasonLabel,
  reviewDueStatus,
  reviewDueStatusLabel,
  type ReviewClockInput,
  type ReviewClockProgram,
} from './review-clock.js';

const LA = 'America/Los_Angeles';
const program: ReviewClockProgram = {
  timeZone: LA,
  planReviewIntervalDays: 30,
  initialPlanDueDays: 7,
};
const berlin: ReviewClockProgram = { ...program, timeZone: 'Europe/Berlin' };

/** Admitted 2026-02-23, plan active since 2026-03-02 09:00 in Los Angeles: routine review due 2026-04-01. */
const active: ReviewClockInput = {
  program,
  admittedAt: '2026-02-23T17:00:00Z',
  lastActivatedAt: '2026-03-02T17:00:00Z',
};

describe('initial plan', () => {
  it('is due the program’s initial-plan window after the local admission date', () => {
    expect(nextReviewDue({ program, admittedAt: '2026-03-02T17:00:00Z' })).toEqual({
      dueDate: '2026-03-09',
      reason: 'INITIAL_PLAN',
      anchor: 'ADMISSION',
      anchorDate: '2026-03-02',
      scheduledDate: '2026-03-09',
      triggeredAt: null,
    });
  });

  it('counts from the admission date in the program’s time zone, not in UTC', () => {
    // 22:00 on 2 March in Los Angeles is already 3 March in UTC.
    expect(nextReviewDue({ program, admittedAt: '2026-03-03T06:00:00Z' }).dueDate).toBe(
      '2026-03-09',
    );
  });

  it('follows the window the program configured', () => {
    const due = nextReviewDue({
      program: { ...program, initialPlanDueDays: 14 },
      admittedAt: '2026-03-02T17:00:00Z',
    });
    expect(due.dueDate).toBe('2026-03-16');
  });

  it('is not brought forward by triggers: there is no plan to review yet', () => {
    const due = nextReviewDue({
      program,
      admittedAt: '2026-03-02T17:00:00Z',
      triggers: [{ kind: 'PHQ9_SAFETY', at: '2026-03-03T17:00:00Z' }],
      missedSessions: ['2026-03-03T17:00:00Z', '2026-03-04T17:00:00Z', '2026-03-05T17:00:00Z'],
    });
    expect(due).toMatchObject({ dueDate: '2026-03-09', reason: 'INITIAL_PLAN' });
  });
});

describe('new plan after the plan in effect ended', () => {
  it('is due the initial-plan window after the plan ended, not after admission', () => {
    const due = nextReviewDue({
      program,
      admittedAt: '2026-01-05T17:00:00Z',
      lastPlanEndedAt: '2026-03-03T06:00:00Z', // 22:00 on 2 March in Los Angeles
    });
    expect(due).toEqual({
      dueDate: '2026-03-09',
      reason: 'NEW_PLAN',
      anchor: 'PLAN_ENDED',
      anchorDate: '2026-03-02',
      scheduledDate: '2026-03-09',
      triggeredAt: null,
    });
    expect(reviewDueReasonLabel(due.reason)).toBe('New plan');
  });

  it('is ignored once a plan is in effect again', () => {
    expect(nextReviewDue({ ...active, lastPlanEndedAt: '2026-02-27T17:00:00Z' })).toMatchObject({
      reason: 'INTERVAL',
      dueDate: '2026-04-01',
    });
  });
});

describe('routine review interval', () => {
  it('is due the program’s interval after the plan was activated', () => {
    expect(nextReviewDue(active)).toEqual({
      dueDate: '2026-04-01',
      reason: 'INTERVAL',
      anchor: 'ACTIVATION',
      anchorDate: '2026-03-02',
      scheduledDate: '2026-04-01',
      triggeredAt: null,
    });
  });

  it('restarts from a review that continued the plan', () => {
    const due = nextReviewDue({ ...active, lastReviewedAt: '2026-03-20T17:00:00Z' });
    expect(due).toMatchObject({
      dueDate: '2026-04-19',
      anchor: 'REVIEW',
      anchorDate: '2026-03-20',
    });
  });

  it('restarts from the activation of a revised version made after the last review', () => {
    const due = nextReviewDue({
      ...active,
      lastReviewedAt: '2026-03-20T17:00:00Z',
      lastActivatedAt: '2026-03-25T17:00:00Z',
    });
    expect(due).toMatchObject({ dueDate: '2026-04-24', anchor: 'ACTIVATION' });
  });

  it('follows the interval the program configured', () => {
    const due = nextReviewDue({ ...active, program: { ...program, planReviewIntervalDays: 14 } });
    expect(due.dueDate).toBe('2026-03-16');
  });
});

describe('month ends', () => {
  const activatedOn = (date: string) =>
    nextReviewDue({ ...active, lastActivatedAt: `${date}T17:00:00Z` }).dueDate;

  it('Jan 31 + 30 days is Mar 2 in a common year', () => {
    expect(activatedOn('2026-01-31')).toBe('2026-03-02');
  });

  it('Jan 31 + 30 days is Mar 1 in a leap year', () => {
    expect(activatedOn('2028-01-31')).toBe('2028-03-01');
  });

  it('Feb 29 + 30 days is Mar 30', () => {
    expect(activatedOn('2028-02-29')).toBe('2028-03-30');
  });

  it('Dec 15 + 30 days is Jan 14 of the next year', () => {
    expect(activatedOn('2026-12-15')).toBe('2027-01-14');
  });
});

describe('time zones', () => {
  it('the same activation instant gives different due dates in Los Angeles and Berlin', () => {
    // 2026-03-01T06:30Z is 22:30 on 28 Feb in Los Angeles and 07:30 on 1 March in Berlin.
    const at = '2026-03-01T06:30:00Z';
    expect(nextReviewDue({ ...active, lastActivatedAt: at })).toMatchObject({
      anchorDate: '2026-02-28',
      dueDate: '2026-03-30',
    });
    expect(nextReviewDue({ ...active, program: berlin, lastActivatedAt: at })).toMatchObject({
      anchorDate: '2026-03-01',
      dueDate: '2026-03-31',
    });
  });
});

describe('daylight saving time', () => {
  it('an activation late on the day before spring-forward is due exactly 30 calendar days later', () => {
    // 23:30 PST on Sat 7 March 2026; clocks go forward on 8 March, so 30 × 24 h would land on 7 April.
    const due = nextReviewDue({ ...active, lastActivatedAt: '2026-03-08T07:30:00Z' });
    expect(due).toMatchObject({ anchorDate: '2026-03-07', dueDate: '2026-04-06' });
  });

  it('an activation early on the day before fall-back is due exactly 30 calendar days later', () => {
    // 00:30 PDT on Sat 31 October 2026; clocks go back on 1 November, so 30 × 24 h would land on 29 November.
    const due = nextReviewDue({ ...active, lastActivatedAt: '2026-10-31T07:30:00Z' });
    expect(due).toMatchObject({ anchorDate: '2026-10-31', dueDate: '2026-11-30' });
  });

  it('at 23:30 on the spring-forward day "today" is still that day in the program', () => {
    const clock = reviewClock(
      { ...active, lastActivatedAt: '2026-02-06T17:00:00Z' }, // due 2026-03-08
      '2026-03-09T06:30:00Z', // 23:30 PDT on 8 March
    );
    expect(clock).toMatchObject({
      today: '2026-03-08',
      dueDate: '2026-03-08',
      status: 'DUE',
      daysUntilDue: 0,
    });
  });

  it('at 23:30 on the fall-back day "today" is still that day in the program', () => {
    const clock = reviewClock(
      { ...active, lastActivatedAt: '2026-10-02T17:00:00Z' }, // due 2026-11-01
      '2026-11-02T07:30:00Z', // 23:30 PST on 1 November
    );
    expect(clock).toMatchObject({
      today: '2026-11-01',
      dueDate: '2026-11-01',
      status: 'DUE',
      daysUntilDue: 0,
    });
  });
});

describe('triggers', () => {
  it.each(Object.values(ReviewTriggerKind))(
    'a %s after activation makes the review due that day',
    (kind) => {
      const due = nextReviewDue({ ...active, triggers: [{ kind, at: '2026-03-10T18:00:00Z' }] });
      expect(due).toEqual({
        dueDate: '2026-03-10',
        reason: kind,
        anchor: 'ACTIVATION',
        anchorDate: '2026-03-02',
        scheduledDate: '2026-04-01',
        triggeredAt: '2026-03-10T18:00:00.000Z',
      });
    },
  );

  it('a trigger is dated on the program’s local date', () => {
    // 21:00 PDT on 10 March is 11 March in UTC.
    const due = nextReviewDue({
      ...active,
      triggers: [{ kind: 'POSITIVE_DRUG_SCREEN', at: '2026-03-11T04:00:00Z' }],
    });
    expect(due.dueDate).toBe('2026-03-10');
  });

  it('a trigger before the activation is ignored', () => {
    const due = nextReviewDue({
      ...active,
      triggers: [{ kind: 'LEVEL_OF_CARE_CHANGE', at: '2026-03-01T17:00:00Z' }],
    });
    expect(due).toMatchObject({ dueDate: '2026-04-01', reason: 'INTERVAL', triggeredAt: null });
  });

  it('a trigger the last review already saw is ignored', () => {
    const due = nextReviewDue({
      ...active,
      lastReviewedAt: '2026-03-12T17:00:00Z',
      triggers: [{ kind: 'POSITIVE_DRUG_SCREEN', at: '2026-03-10T18:00:00Z' }],
    });
    expect(due).toMatchObject({ dueDate: '2026-04-11', reason: 'INTERVAL' });
  });

  it('a trigger later on the same day as the review makes another review due that day', () => {
    const due = nextReviewDue({
      ...active,
      lastReviewedAt: '2026-03-12T16:00:00Z', // 09:00 PDT
      triggers: [{ kind: 'PHQ9_SAFETY', at: '2026-03-12T22:00:00Z' }], // 15:00 PDT
    });
    expect(due).toMatchObject({ dueDate: '2026-03-12', reason: 'PHQ9_SAFETY', anchor: 'REVIEW' });
  });

  it('the earliest trigger wins', () => {
    const due = nextReviewDue({
      ...active,
      triggers: [
        { kind: 'LEVEL_OF_CARE_CHANGE', at: '2026-03-20T18:00:00Z' },
        { kind: 'POSITIVE_DRUG_SCREEN', at: '2026-03-12T18:00:00Z' },
        { kind: 'PHQ9_SAFETY', at: '2026-03-15T18:00:00Z' },
      ],
      missedSessions: ['2026-03-13T17:00:00Z', '2026-03-14T17:00:00Z', '2026-03-16T17:00:00Z'],
    });
    expect(due).toMatchObject({ dueDate: '2026-03-12', reason: 'POSITIVE_DRUG_SCREEN' });
  });

  it('a trigger after the routine due date does not push the review back', () => {
    const due = nextReviewDue({
      ...active,
      triggers: [{ kind: 'WORSENING_SEVERITY', at: '2026-04-05T18:00:00Z' }],
    });
    expect(due).toMatchObject({ dueDate: '2026-04-01', reason: 'INTERVAL' });
  });

  it('a trigger on the routine due date leaves the reason as the interval', () => {
    const due = nextReviewDue({
      ...active,
      triggers: [{ kind: 'WORSENING_SEVERITY', at: '2026-04-01T18:00:00Z' }],
    });
    expect(due).toMatchObject({ dueDate: '2026-04-01', reason: 'INTERVAL', triggeredAt: null });
  });
});

describe('missed sessions', () => {
  const missed = (...instants: string[]) => nextReviewDue({ ...active, missedSessions: instants });

  it('three missed sessions within 14 days make the review due on the day of the third', () => {
    // 3 and 16 March are 13 days apart: all three fall inside one 14-day window.
    expect(
      missed('2026-03-03T17:00:00Z', '2026-03-09T17:00:00Z', '2026-03-16T17:00:00Z'),
    ).toMatchObject({
      dueDate: '2026-03-16',
      reason: 'MISSED_SESSIONS',
      triggeredAt: '2026-03-16T17:00:00.000Z',
    });
  });

  it('three missed sessions spread over 15 days do not', () => {
    expect(
      missed('2026-03-03T17:00:00Z', '2026-03-09T17:00:00Z', '2026-03-17T17:00:00Z'),
    ).toMatchObject({
      dueDate: '2026-04-01',
      reason: 'INTERVAL',
    });
  });

  it('two missed sessions do not', () => {
    expect(missed('2026-03-03T17:00:00Z', '2026-03-04T17:00:00Z').reason).toBe('INTERVAL');
  });

  it('any 14-day window counts, not only the one starting at the first miss', () => {
    expect(
      missed(
        '2026-03-03T17:00:00Z',
        '2026-03-20T17:00:00Z',
        '2026-03-22T17:00:00Z',
        '2026-03-25T17:00:00Z',
      ),
    ).toMatchObject({ dueDate: '2026-03-25', reason: 'MISSED_SESSIONS' });
  });

  it('two sessions missed on one day count as two', () => {
    expect(
      missed('2026-03-04T17:00:00Z', '2026-03-04T21:00:00Z', '2026-03-06T17:00:00Z'),
    ).toMatchObject({
      dueDate: '2026-03-06',
      reason: 'MISSED_SESSIONS',
    });
  });

  it('sessions missed before the activation do not count', () => {
    expect(
      missed('2026-02-25T17:00:00Z', '2026-02-27T17:00:00Z', '2026-03-04T17:00:00Z').reason,
    ).toBe('INTERVAL');
  });

  it('evening sessions count on the local date they were held', () => {
    // An 18:00 PST group on 3 March is 4 March in UTC; 3 → 17 March spans 15 local days.
    expect(
      missed('2026-03-04T02:00:00Z', '2026-03-10T17:00:00Z', '2026-03-17T17:00:00Z').reason,
    ).toBe('INTERVAL');
  });

  it('the order the misses are given in does not matter', () => {
    expect(
      missed('2026-03-16T17:00:00Z', '2026-03-03T17:00:00Z', '2026-03-09T17:00:00Z').dueDate,
    ).toBe('2026-03-16');
  });
});

describe('due status', () => {
  it('due yesterday is OVERDUE by one day', () => {
    expect(reviewDueStatus('2026-03-09', '2026-03-10')).toEqual({
      status: 'OVERDUE',
      daysUntilDue: -1,
    });
  });

  it('due today is DUE', () => {
    expect(reviewDueStatus('2026-03-10', '2026-03-10')).toEqual({ status: 'DUE', daysUntilDue: 0 });
  });

  it('due tomorrow is DUE_SOON', () => {
    expect(reviewDueStatus('2026-03-11', '2026-03-10')).toEqual({
      status: 'DUE_SOON',
      daysUntilDue: 1,
    });
  });

  it('due in 7 days is DUE_SOON', () => {
    expect(reviewDueStatus('2026-03-17', '2026-03-10')).toEqual({
      status: 'DUE_SOON',
      daysUntilDue: 7,
    });
  });

  it('due in 8 days is NOT_DUE', () => {
    expect(reviewDueStatus('2026-03-18', '2026-03-10')).toEqual({
      status: 'NOT_DUE',
      daysUntilDue: 8,
    });
  });

  it('the due-soon window is configurable', () => {
    expect(reviewDueStatus('2026-03-18', '2026-03-10', { dueSoonDays: 14 }).status).toBe(
      'DUE_SOON',
    );
    expect(reviewDueStatus('2026-03-11', '2026-03-10', { dueSoonDays: 0 }).status).toBe('NOT_DUE');
  });

  it('is computed for the program’s today at the moment asked, across a month end', () => {
    const clock = reviewClock(active, '2026-04-03T17:00:00Z');
    expect(clock).toMatchObject({
      today: '2026-04-03',
      dueDate: '2026-04-01',
      status: 'OVERDUE',
      daysUntilDue: -2,
    });
  });

  it('late evening in the program is still the program’s day, though UTC has moved on', () => {
    // 23:30 PDT on 31 March is 1 April in UTC; the review due 1 April is not due yet.
    const clock = reviewClock(active, '2026-04-01T06:30:00Z');
    expect(clock).toMatchObject({ today: '2026-03-31', status: 'DUE_SOON', daysUntilDue: 1 });
  });
});

describe('labels', () => {
  it('every reason and status has a label', () => {
    for (const reason of Object.values(ReviewDueReason))
      expect(reviewDueReasonLabel(reason)).toBeTruthy();
    for (const status of Object.values(ReviewDueStatus))
      expect(reviewDueStatusLabel(status)).toBeTruthy();
    expect(reviewDueReasonLabel('PHQ9_SAFETY')).toBe('PHQ-9 safety item');
    expect(reviewDueStatusLabel('DUE')).toBe('Due today');
  });
});
