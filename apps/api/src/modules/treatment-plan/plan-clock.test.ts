import { describe, expect, it } from 'vitest';
import {
  activePlanClock,
  admissionDate,
  episodeReviewDue,
  initialPlanClock,
  levelChanges,
  storedReviewClock,
  type ClockFacts,
} from './plan-clock.js';

const program = {
  timeZone: 'America/Los_Angeles',
  planReviewIntervalDays: 30,
  initialPlanDueDays: 7,
};
const episode: ClockFacts = {
  status: 'ACTIVE',
  program,
  admittedAt: new Date('2026-03-02T17:00:00Z'),
  openedAt: new Date('2026-02-20T17:00:00Z'),
  activePlan: null,
  lastPlanEndedAt: null,
  statusSince: null,
  levelOfCare: [
    { changedAt: new Date('2026-03-02T17:00:00Z'), clinicalLevel: '2.1', authorizedLevel: '2.1' },
  ],
};
const loc = (at: string, clinicalLevel: string, authorizedLevel = clinicalLevel) => ({
  changedAt: new Date(at),
  clinicalLevel,
  authorizedLevel,
});

describe('the review clock stored for an episode', () => {
  it('with no activated plan, the initial plan is due a week after admission', () => {
    expect(
      episodeReviewDue({ ...episode, levelOfCare: [loc('2026-03-03T17:00:00Z', '2.5')] }),
    ).toMatchObject({ reason: 'INITIAL_PLAN', dueDate: '2026-03-09' });
  });

  it('runs only while the client is in treatment', () => {
    expect(episodeReviewDue({ ...episode, status: 'SCREENING' })).toBeNull();
    expect(episodeReviewDue({ ...episode, status: 'DISCHARGED' })).toBeNull();
    expect(episodeReviewDue({ ...episode, status: 'ON_HOLD' })?.reason).toBe('INITIAL_PLAN');
  });

  it('an active plan is due 30 days after activation, in the program’s time zone', () => {
    // 02:00 UTC on the 10th is still the 9th in Los Angeles.
    const plan = { activatedAt: new Date('2026-03-10T02:00:00Z'), lastReviewedAt: null };
    expect(episodeReviewDue({ ...episode, activePlan: plan })).toMatchObject({
      reason: 'INTERVAL',
      dueDate: '2026-04-08',
      scheduledDate: '2026-04-08',
    });
  });

  it('a level-of-care change after activation brings the review forward; one before does not', () => {
    const activePlan = { activatedAt: new Date('2026-03-10T17:00:00Z'), lastReviewedAt: null };
    const before = [...episode.levelOfCare, loc('2026-03-09T17:00:00Z', '2.5')];
    expect(episodeReviewDue({ ...episode, activePlan, levelOfCare: before })?.reason).toBe(
      'INTERVAL',
    );
    const after = [...episode.levelOfCare, loc('2026-03-11T17:00:00Z', '2.5')];
    expect(episodeReviewDue({ ...episode, activePlan, levelOfCare: after })).toMatchObject({
      reason: 'LEVEL_OF_CARE_CHANGE',
      dueDate: '2026-03-11',
      scheduledDate: '2026-04-09',
      triggeredAt: '2026-03-11T17:00:00.000Z',
    });
  });

  it('a record that repeats the level in force is not a change', () => {
    const history = [
      loc('2026-03-02T17:00:00Z', '2.1'),
      loc('2026-03-12T17:00:00Z', '2.1'),
      loc('2026-03-13T17:00:00Z', '2.1', '2.5'),
      loc('2026-03-14T17:00:00Z', '2.5', '2.5'),
    ];
    expect(levelChanges(history).map((d) => new Date(d).toISOString())).toEqual([
      '2026-03-02T17:00:00.000Z',
      '2026-03-13T17:00:00.000Z',
      '2026-03-14T17:00:00.000Z',
    ]);
    const activePlan = { activatedAt: new Date('2026-03-10T17:00:00Z'), lastReviewedAt: null };
    expect(
      episodeReviewDue({ ...episode, activePlan, levelOfCare: history.slice(0, 2) })?.reason,
    ).toBe('INTERVAL');
  });

  it('a plan closed while the client stays in treatment makes a new plan due; in discharge planning the clock stops', () => {
    const ended = {
      ...episode,
      lastPlanEndedAt: new Date('2026-04-01T17:00:00Z'),
      statusSince: new Date('2026-04-05T17:00:00Z'),
    };
    expect(episodeReviewDue(ended)).toMatchObject({ reason: 'NEW_PLAN', dueDate: '2026-04-12' });
    expect(episodeReviewDue({ ...ended, status: 'DISCHARGE_PLANNING' })).toBeNull();
  });

  it('an episode without a recorded admission counts from when it opened', () => {
    expect(admissionDate({ admittedAt: null, openedAt: episode.openedAt }, program.timeZone)).toBe(
      '2026-02-20',
    );
    expect(admissionDate(episode, 'Pacific/Kiritimati')).toBe('2026-03-03');
  });
});

describe('reading the stored clock', () => {
  const stored = {
    reviewDueOn: '2026-03-09',
    reviewDueReason: 'INITIAL_PLAN' as const,
    reviewScheduledOn: '2026-03-09',
    reviewTriggeredAt: null,
  };

  it('derives the status from the program’s today, not the server’s', () => {
    // 03:00 UTC on the 10th is still the 9th in Los Angeles: due today there, overdue in UTC.
    const now = new Date('2026-03-10T03:00:00Z');
    expect(storedReviewClock(stored, 'America/Los_Angeles', now)).toMatchObject({
      status: 'DUE',
      daysUntilDue: 0,
    });
    expect(storedReviewClock(stored, 'UTC', now)).toMatchObject({ status: 'OVERDUE' });
  });

  it('tells an initial plan from a review of the plan in effect', () => {
    const now = new Date('2026-03-05T17:00:00Z');
    expect(initialPlanClock(stored, program.timeZone, now)?.reason).toBe('INITIAL_PLAN');
    expect(activePlanClock(stored, program.timeZone, now)).toBeNull();
    const review = { ...stored, reviewDueReason: 'INTERVAL' as const };
    expect(activePlanClock(review, program.timeZone, now)?.status).toBe('DUE_SOON');
    expect(initialPlanClock(review, program.timeZone, now)).toBeNull();
    expect(storedReviewClock({ ...stored, reviewDueOn: null }, program.timeZone, now)).toBeNull();
  });
});
