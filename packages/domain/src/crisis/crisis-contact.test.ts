import { describe, expect, it } from 'vitest';
import { nextReviewDue } from '../treatment-plan/review-clock.js';
import { crisisContactProblems, crisisFollowUpDue, crisisTriggers } from './crisis-contact.js';

const NOW = new Date('2026-11-11T10:00:00Z');
const valid = {
  occurredAt: '2026-11-11T09:30:00Z',
  caller: 'CLIENT',
  riskLevel: 'MODERATE',
  actions: ['SAFETY_PLAN_REVIEWED'],
  notes: '',
};

describe('crisisContactProblems', () => {
  it('a contact with when, who, risk and what was done is valid', () => {
    expect(crisisContactProblems(valid, NOW)).toEqual([]);
  });

  it('a contact in the future is refused naming the field', () => {
    expect(crisisContactProblems({ ...valid, occurredAt: '2026-11-11T11:00:00Z' }, NOW)).toEqual([
      { field: 'occurredAt', message: 'cannot be in the future' },
    ]);
  });

  it('a high-risk contact must say what was done', () => {
    expect(crisisContactProblems({ ...valid, riskLevel: 'HIGH', actions: [] }, NOW)).toEqual([
      { field: 'actions', message: 'say what was done for a high-risk contact' },
    ]);
    expect(crisisContactProblems({ ...valid, riskLevel: 'LOW', actions: [] }, NOW)).toEqual([]);
  });

  it('an unknown risk level or action is refused naming the field', () => {
    const problems = crisisContactProblems({ ...valid, riskLevel: 'EXTREME' }, NOW);
    expect(problems.map((p) => p.field)).toEqual(['riskLevel']);
    expect(
      crisisContactProblems({ ...valid, actions: ['CALLED_999'] }, NOW).map((p) => p.field),
    ).toEqual(['actions']);
  });
});

describe('crisis contacts and the review clock', () => {
  const program = {
    timeZone: 'America/New_York',
    planReviewIntervalDays: 30,
    initialPlanDueDays: 7,
  };

  it('only a HIGH risk contact is a trigger', () => {
    expect(
      crisisTriggers([
        { riskLevel: 'LOW', occurredAt: '2026-11-02T03:00:00Z' },
        { riskLevel: 'HIGH', occurredAt: '2026-11-05T03:00:00Z' },
        { riskLevel: 'MODERATE', occurredAt: '2026-11-06T03:00:00Z' },
      ]),
    ).toEqual([{ kind: 'HIGH_RISK_CRISIS_CONTACT', at: '2026-11-05T03:00:00Z' }]);
  });

  it('a high-risk call at night pulls the review to that night’s local date', () => {
    const due = nextReviewDue({
      program,
      admittedAt: '2026-10-01T14:00:00Z',
      lastActivatedAt: '2026-10-20T14:00:00Z',
      triggers: crisisTriggers([{ riskLevel: 'HIGH', occurredAt: '2026-11-05T03:00:00Z' }]),
    });
    // 03:00Z is 22:00 on the 4th in New York.
    expect(due).toMatchObject({ reason: 'HIGH_RISK_CRISIS_CONTACT', dueDate: '2026-11-04' });
  });
});

describe('crisisFollowUpDue', () => {
  const tz = 'America/Chicago';
  it('an evening call is followed up the next day', () => {
    // 21:30 on the 10th in Chicago.
    expect(crisisFollowUpDue('2026-11-11T03:30:00Z', tz)).toBe('2026-11-11');
  });
  it('a call in the small hours is followed up that same morning', () => {
    // 02:15 on the 11th in Chicago.
    expect(crisisFollowUpDue('2026-11-11T08:15:00Z', tz)).toBe('2026-11-11');
  });
  it('a daytime call is followed up the next day', () => {
    expect(crisisFollowUpDue('2026-11-11T16:00:00Z', tz)).toBe('2026-11-12');
  });
});
