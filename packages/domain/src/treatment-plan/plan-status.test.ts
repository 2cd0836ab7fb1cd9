import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REQUIRED_PLAN_SIGNERS,
  GoalAchievementStatus,
  GoalLifecycleStatus,
  PlanVersionStatus,
  allowedPlanVersionTransitions,
  checkPlanVersionTransition,
  goalAchievementStatusFromFhir,
  goalAchievementStatusLabel,
  goalAchievementStatusToFhir,
  goalLifecycleStatusFromFhir,
  goalLifecycleStatusLabel,
  goalLifecycleStatusToFhir,
  planVersionStatusLabel,
  type PlanVersionTransitionRequest,
} from './plan-status.js';
import type { SignablePlan } from './signable-plan.js';

const signablePlan: SignablePlan = {
  problems: [
    {
      goals: [
        {
          objectives: [
            { measure: 'Attends 3 groups a week', targetDate: '2026-05-01', interventions: [{}] },
          ],
        },
      ],
    },
  ],
};
const allSigned = ['CLIENT', 'CLINICIAN', 'SUPERVISOR'] as const;

/** Every allowed move, written out by hand, with what makes it valid. */
const expectedEdges: [
  PlanVersionStatus,
  PlanVersionStatus,
  Partial<PlanVersionTransitionRequest>,
][] = [
  ['DRAFT', 'PENDING_SIGNATURE', { plan: signablePlan }],
  ['DRAFT', 'CLOSED', { reason: 'Replaced by another draft' }],
  ['PENDING_SIGNATURE', 'ACTIVE', { signedBy: ['CLIENT', 'CLINICIAN'] }],
  ['PENDING_SIGNATURE', 'DRAFT', {}],
  ['PENDING_SIGNATURE', 'CLOSED', { reason: 'Client discharged before signing' }],
  ['ACTIVE', 'SUPERSEDED', {}],
  ['ACTIVE', 'CLOSED', {}],
];

const statuses = Object.values(PlanVersionStatus);
const allPairs = statuses.flatMap((from) => statuses.map((to) => [from, to] as const));

describe('plan version lifecycle', () => {
  it('allows exactly the written-out moves', () => {
    const table = statuses.flatMap((from) =>
      allowedPlanVersionTransitions(from).map((to) => `${from} → ${to}`),
    );
    expect(table.sort()).toEqual(expectedEdges.map(([f, t]) => `${f} → ${t}`).sort());
  });

  it.each(allPairs)(
    'moving a plan version from %s to %s agrees with the written-out list',
    (from, to) => {
      const expected = expectedEdges.find(([f, t]) => f === from && t === to);
      if (expected) {
        expect(checkPlanVersionTransition({ from, to, ...expected[2] })).toEqual({ ok: true });
      } else {
        const result = checkPlanVersionTransition({
          from,
          to,
          plan: signablePlan,
          signedBy: allSigned,
          reason: 'Because',
        });
        expect(result).toMatchObject({ ok: false, code: 'INVALID_TRANSITION', from, to });
        expect(!result.ok && result.message).toContain(
          `Cannot move a treatment plan from ${planVersionStatusLabel(from)} to ${planVersionStatusLabel(to)}`,
        );
      }
    },
  );

  it('superseded and closed versions are final', () => {
    expect(allowedPlanVersionTransitions('SUPERSEDED')).toEqual([]);
    expect(allowedPlanVersionTransitions('CLOSED')).toEqual([]);
    const result = checkPlanVersionTransition({ from: 'SUPERSEDED', to: 'ACTIVE' });
    expect(!result.ok && result.message).toBe(
      'Cannot move a treatment plan from Superseded to Active. Superseded is final; revise the plan with a new version instead.',
    );
  });

  it('a signed plan cannot go back to draft to be edited', () => {
    expect(checkPlanVersionTransition({ from: 'ACTIVE', to: 'DRAFT' }).ok).toBe(false);
  });
});

describe('submitting a plan for signature (Rule 4)', () => {
  it('an incomplete plan cannot be sent for signature, and the refusal lists what is missing', () => {
    const result = checkPlanVersionTransition({
      from: 'DRAFT',
      to: 'PENDING_SIGNATURE',
      plan: {
        problems: [
          signablePlan.problems[0]!,
          { goals: [] },
          {
            goals: [
              { objectives: [{ measure: '', targetDate: '2026-05-01', interventions: [{}] }] },
            ],
          },
        ],
      },
    });
    expect(result).toEqual({
      ok: false,
      code: 'INVALID_TRANSITION',
      from: 'DRAFT',
      to: 'PENDING_SIGNATURE',
      message:
        'Cannot move a treatment plan from Draft to Pending signature: Problem 2 has no goal; Problem 3, goal 1, objective 1 has no measure.',
      missing: ['problems[1].goals', 'problems[2].goals[0].objectives[0].measure'],
    });
  });

  it('a plan with no problems cannot be sent for signature', () => {
    expect(
      checkPlanVersionTransition({
        from: 'DRAFT',
        to: 'PENDING_SIGNATURE',
        plan: { problems: [] },
      }),
    ).toMatchObject({ ok: false, missing: ['problems'] });
  });

  it('the plan content must be given to check it', () => {
    expect(checkPlanVersionTransition({ from: 'DRAFT', to: 'PENDING_SIGNATURE' })).toMatchObject({
      ok: false,
      missing: ['plan'],
    });
  });
});

describe('activating a plan', () => {
  it('needs the client’s and the clinician’s signatures by default', () => {
    expect(DEFAULT_REQUIRED_PLAN_SIGNERS).toEqual(['CLIENT', 'CLINICIAN']);
    const result = checkPlanVersionTransition({
      from: 'PENDING_SIGNATURE',
      to: 'ACTIVE',
      signedBy: ['CLINICIAN'],
    });
    expect(result).toEqual({
      ok: false,
      code: 'INVALID_TRANSITION',
      from: 'PENDING_SIGNATURE',
      to: 'ACTIVE',
      message:
        "Cannot move a treatment plan from Pending signature to Active: the client's signature is missing.",
      missing: ['signatures.CLIENT'],
    });
  });

  it('needs a supervisor’s co-signature when one is required', () => {
    const requiredSigners = ['CLIENT', 'CLINICIAN', 'SUPERVISOR'] as const;
    expect(
      checkPlanVersionTransition({
        from: 'PENDING_SIGNATURE',
        to: 'ACTIVE',
        signedBy: ['CLIENT', 'CLINICIAN'],
        requiredSigners,
      }),
    ).toMatchObject({ ok: false, missing: ['signatures.SUPERVISOR'] });
    expect(
      checkPlanVersionTransition({
        from: 'PENDING_SIGNATURE',
        to: 'ACTIVE',
        signedBy: allSigned,
        requiredSigners,
      }),
    ).toEqual({ ok: true });
  });

  it('lists every missing signature when none is given', () => {
    expect(checkPlanVersionTransition({ from: 'PENDING_SIGNATURE', to: 'ACTIVE' })).toMatchObject({
      ok: false,
      missing: ['signatures.CLIENT', 'signatures.CLINICIAN'],
    });
  });
});

describe('abandoning a version before it takes effect', () => {
  it('needs a reason', () => {
    for (const from of ['DRAFT', 'PENDING_SIGNATURE'] as const) {
      expect(checkPlanVersionTransition({ from, to: 'CLOSED', reason: ' ' })).toMatchObject({
        ok: false,
        missing: ['reason'],
      });
    }
  });
});

describe('goal statuses', () => {
  it('lifecycle status follows FHIR Goal.lifecycleStatus code for code', () => {
    expect(Object.values(GoalLifecycleStatus).map(goalLifecycleStatusToFhir)).toEqual([
      'proposed',
      'planned',
      'accepted',
      'active',
      'on-hold',
      'completed',
      'cancelled',
      'entered-in-error',
      'rejected',
    ]);
  });

  it('achievement status follows FHIR Goal.achievementStatus code for code', () => {
    expect(Object.values(GoalAchievementStatus).map(goalAchievementStatusToFhir)).toEqual([
      'in-progress',
      'improving',
      'worsening',
      'no-change',
      'achieved',
      'sustaining',
      'not-achieved',
      'no-progress',
      'not-attainable',
    ]);
  });

  it('FHIR codes read back to the same status, and unknown or misspelt codes to null', () => {
    for (const s of Object.values(GoalLifecycleStatus)) {
      expect(goalLifecycleStatusFromFhir(goalLifecycleStatusToFhir(s))).toBe(s);
    }
    for (const s of Object.values(GoalAchievementStatus)) {
      expect(goalAchievementStatusFromFhir(goalAchievementStatusToFhir(s))).toBe(s);
    }
    expect(goalLifecycleStatusFromFhir('ON_HOLD')).toBeNull();
    expect(goalLifecycleStatusFromFhir('on_hold')).toBeNull();
    expect(goalLifecycleStatusFromFhir('achieved')).toBeNull();
    expect(goalAchievementStatusFromFhir('active')).toBeNull();
    expect(goalAchievementStatusFromFhir('toString')).toBeNull();
  });

  it('the two lists are kept apart: no status is in both', () => {
    const lifecycle = new Set<string>(Object.values(GoalLifecycleStatus));
    expect(Object.values(GoalAchievementStatus).filter((s) => lifecycle.has(s))).toEqual([]);
  });

  it('every status has a label in words', () => {
    for (const s of Object.values(GoalLifecycleStatus))
      expect(goalLifecycleStatusLabel(s)).toMatch(/^[A-Z][a-z ]+$/);
    for (const s of Object.values(GoalAchievementStatus)) {
      expect(goalAchievementStatusLabel(s)).toMatch(/^[A-Z][a-z ]+$/);
    }
    expect(goalLifecycleStatusLabel('ENTERED_IN_ERROR')).toBe('Entered in error');
    expect(goalAchievementStatusLabel('NOT_ATTAINABLE')).toBe('Not attainable');
  });

  it('every plan version status has a label', () => {
    expect(statuses.map(planVersionStatusLabel)).toEqual([
      'Draft',
      'Pending signature',
      'Active',
      'Superseded',
      'Closed',
    ]);
  });
});
