import { describe, expect, it } from 'vitest';
import { newPlanDue } from './plan-due.js';
import { closesPlans, finalGoalStatuses, planWorkAllowed } from './plan-episode.js';
import { progressHistory } from './progress-history.js';
import { checkSignablePlan } from './signable-plan.js';
import { describePlanGap } from './plan-gap-path.js';

describe('plans and the episode', () => {
  it('every way out of treatment closes the plan; moves within treatment do not', () => {
    for (const to of [
      'DISCHARGED',
      'TRANSFERRED',
      'CLOSED',
      'LOST_CONTACT',
      'REFERRED_OUT',
    ] as const) {
      expect(closesPlans(to)).toBe(true);
    }
    for (const to of ['ORIENTATION', 'ACTIVE', 'ON_HOLD', 'DISCHARGE_PLANNING'] as const) {
      expect(closesPlans(to)).toBe(false);
      expect(planWorkAllowed(to)).toBe(true);
    }
  });

  it('final statuses: recorded outcomes stand, open ones become NOT_ACHIEVED, pursued goals end COMPLETED', () => {
    expect(
      finalGoalStatuses({ lifecycleStatus: 'ACTIVE', achievementStatus: 'IMPROVING' }),
    ).toEqual({
      lifecycleStatus: 'COMPLETED',
      achievementStatus: 'NOT_ACHIEVED',
    });
    expect(finalGoalStatuses({ lifecycleStatus: 'ACTIVE', achievementStatus: 'ACHIEVED' })).toEqual(
      {
        lifecycleStatus: 'COMPLETED',
        achievementStatus: 'ACHIEVED',
      },
    );
    expect(
      finalGoalStatuses({ lifecycleStatus: 'CANCELLED', achievementStatus: 'NOT_ATTAINABLE' }),
    ).toEqual({ lifecycleStatus: 'CANCELLED', achievementStatus: 'NOT_ATTAINABLE' });
  });
});

describe('newPlanDue', () => {
  const admittedAt = '2026-01-05T15:00:00Z';
  const closed = {
    status: 'CLOSED' as const,
    activatedAt: '2026-01-10T15:00:00Z',
    endedAt: '2026-03-01T15:00:00Z',
  };

  it('the initial plan runs from admission until a version is in effect', () => {
    expect(
      newPlanDue({ episodeStatus: 'ACTIVE', admittedAt, versions: [], returnsToTreatment: [] }),
    ).toEqual({ from: admittedAt, anchor: 'ADMISSION' });
    expect(
      newPlanDue({
        episodeStatus: 'ACTIVE',
        admittedAt,
        versions: [{ status: 'ACTIVE', activatedAt: closed.activatedAt, endedAt: null }],
        returnsToTreatment: [],
      }),
    ).toBeNull();
  });

  it('a plan closed in discharge planning: nothing due until the client returns, then a new plan from the return', () => {
    expect(
      newPlanDue({
        episodeStatus: 'DISCHARGE_PLANNING',
        admittedAt,
        versions: [closed],
        returnsToTreatment: [],
      }),
    ).toBeNull();
    const due = newPlanDue({
      episodeStatus: 'ACTIVE',
      admittedAt,
      versions: [closed, { status: 'DRAFT', activatedAt: null, endedAt: null }],
      returnsToTreatment: ['2026-02-01T00:00:00Z', '2026-03-04T09:00:00Z'],
    });
    expect(due).toEqual({ from: new Date('2026-03-04T09:00:00Z'), anchor: 'RETURN_TO_TREATMENT' });
    expect(
      newPlanDue({
        episodeStatus: 'DISCHARGED',
        admittedAt,
        versions: [closed],
        returnsToTreatment: [],
      }),
    ).toBeNull();
  });
});

describe('progress history', () => {
  it('folds voids into the entries they void and marks corrected ones', () => {
    const rows = [
      { id: 'c', amendsId: 'a', amendment: 'CORRECTION' as const },
      { id: 'v', amendsId: 'c', amendment: 'VOID' as const },
      { id: 'a', amendsId: null, amendment: null },
      { id: 'b', amendsId: null, amendment: null },
    ];
    expect(
      progressHistory(rows).map((i) => [i.entry.id, i.status, i.corrects?.id ?? null]),
    ).toEqual([
      ['c', 'VOIDED', 'a'],
      ['a', 'CORRECTED', null],
      ['b', 'CURRENT', null],
    ]);
  });
});

describe('the no-change gap', () => {
  it('a revision with no change is not signable, and the message says from which version', () => {
    const plan = {
      problems: [
        {
          goals: [{ objectives: [{ measure: 'm', targetDate: '2026-01-01', interventions: [1] }] }],
        },
      ],
    };
    expect(checkSignablePlan(plan).signable).toBe(true);
    const result = checkSignablePlan(plan, { unchangedFromVersion: 2 });
    expect(result.missing).toEqual([
      {
        path: 'revision',
        code: 'NO_CHANGE',
        message: 'The revision has no change from version 2; change something or close the draft',
      },
    ]);
    expect(describePlanGap('problems[1].goals[0].objectives')).toBe(
      'Problem 2, goal 1 has no objective',
    );
  });
});
