import { describe, expect, it } from 'vitest';
import { admissionDate, planReviewClock } from './plan-clock.js';

const program = {
  timeZone: 'America/Los_Angeles',
  planReviewIntervalDays: 30,
  initialPlanDueDays: 7,
};
const episode = {
  admittedAt: new Date('2026-03-02T17:00:00Z'),
  openedAt: new Date('2026-02-20T17:00:00Z'),
};

describe('plan review clock from records', () => {
  it('with no activated plan, the initial plan is due a week after admission', () => {
    const clock = planReviewClock(
      { program, episode, plan: null, levelOfCareChanges: [new Date('2026-03-03T17:00:00Z')] },
      new Date('2026-03-05T17:00:00Z'),
    );
    expect(clock).toMatchObject({
      reason: 'INITIAL_PLAN',
      dueDate: '2026-03-09',
      status: 'DUE_SOON',
      daysUntilDue: 4,
    });
  });

  it('an active plan is due 30 days after activation, in the program’s time zone', () => {
    // 02:00 UTC on the 10th is still the 9th in Los Angeles.
    const plan = { activatedAt: new Date('2026-03-10T02:00:00Z'), lastReviewedAt: null };
    const clock = planReviewClock(
      { program, episode, plan, levelOfCareChanges: [] },
      new Date('2026-03-10T02:00:00Z'),
    );
    expect(clock).toMatchObject({
      reason: 'INTERVAL',
      dueDate: '2026-04-08',
      scheduledDate: '2026-04-08',
      daysUntilDue: 30,
      status: 'NOT_DUE',
    });
  });

  it('a level-of-care change after activation brings the review forward; one before does not', () => {
    const plan = { activatedAt: new Date('2026-03-10T17:00:00Z'), lastReviewedAt: null };
    const before = planReviewClock(
      { program, episode, plan, levelOfCareChanges: [new Date('2026-03-09T17:00:00Z')] },
      new Date('2026-03-12T17:00:00Z'),
    );
    expect(before.reason).toBe('INTERVAL');
    const after = planReviewClock(
      { program, episode, plan, levelOfCareChanges: [new Date('2026-03-11T17:00:00Z')] },
      new Date('2026-03-12T17:00:00Z'),
    );
    expect(after).toMatchObject({
      reason: 'LEVEL_OF_CARE_CHANGE',
      dueDate: '2026-03-11',
      scheduledDate: '2026-04-09',
      status: 'OVERDUE',
      daysUntilDue: -1,
    });
  });

  it('a review restarts the clock from its own date', () => {
    const plan = {
      activatedAt: new Date('2026-03-10T17:00:00Z'),
      lastReviewedAt: new Date('2026-04-01T17:00:00Z'),
    };
    const clock = planReviewClock(
      { program, episode, plan, levelOfCareChanges: [new Date('2026-03-20T17:00:00Z')] },
      new Date('2026-04-01T18:00:00Z'),
    );
    expect(clock).toMatchObject({ reason: 'INTERVAL', dueDate: '2026-05-01', anchor: 'REVIEW' });
  });

  it('an episode without a recorded admission counts from when it opened', () => {
    expect(admissionDate({ admittedAt: null, openedAt: episode.openedAt }, program.timeZone)).toBe(
      '2026-02-20',
    );
    expect(admissionDate(episode, 'Pacific/Kiritimati')).toBe('2026-03-03');
  });
});
