import { describe, expect, it } from 'vitest';
import { checkSignablePlan, type SignableObjective, type SignablePlan } from './signable-plan.js';

const objective = (overrides: Partial<SignableObjective> = {}): SignableObjective => ({
  measure: 'Drinking days per week, by self-report and breathalyzer: 0',
  targetDate: '2026-05-01',
  interventions: [{ modality: 'RELAPSE_PREVENTION', frequency: '3× weekly group' }],
  ...overrides,
});

const complete: SignablePlan = {
  problems: [
    { goals: [{ objectives: [objective(), objective()] }] },
    { goals: [{ objectives: [objective()] }, { objectives: [objective()] }] },
  ],
};

describe('a signable plan', () => {
  it('a plan whose every problem has a goal and every objective a measure, target date and intervention is signable', () => {
    expect(checkSignablePlan(complete)).toEqual({ signable: true, missing: [] });
  });

  it('a plan with no problems is not signable', () => {
    expect(checkSignablePlan({ problems: [] })).toEqual({
      signable: false,
      missing: [{ path: 'problems', message: 'The plan has no problem', code: 'NO_PROBLEM' }],
    });
  });

  it('a problem without a goal is named by its number', () => {
    const plan: SignablePlan = { problems: [complete.problems[0]!, { goals: [] }] };
    expect(checkSignablePlan(plan)).toEqual({
      signable: false,
      missing: [{ path: 'problems[1].goals', message: 'Problem 2 has no goal', code: 'NO_GOAL' }],
    });
  });

  it('a goal without an objective is not measurable', () => {
    const plan: SignablePlan = {
      problems: [{ goals: [{ objectives: [objective()] }, { objectives: [] }] }],
    };
    expect(checkSignablePlan(plan).missing).toEqual([
      {
        path: 'problems[0].goals[1].objectives',
        message: 'Problem 1, goal 2 has no objective',
        code: 'NO_OBJECTIVE',
      },
    ]);
  });

  it('an objective without a measure points at its measure', () => {
    const plan: SignablePlan = {
      problems: [{ goals: [{ objectives: [objective(), objective({ measure: null })] }] }],
    };
    expect(checkSignablePlan(plan)).toEqual({
      signable: false,
      missing: [
        {
          path: 'problems[0].goals[0].objectives[1].measure',
          message: 'Problem 1, goal 1, objective 2 has no measure',
          code: 'NO_MEASURE',
        },
      ],
    });
  });

  it('a blank measure counts as missing', () => {
    const plan: SignablePlan = {
      problems: [{ goals: [{ objectives: [objective({ measure: '  ' })] }] }],
    };
    expect(checkSignablePlan(plan).missing.map((m) => m.code)).toEqual(['NO_MEASURE']);
  });

  it('an objective without a target date points at its target date', () => {
    const plan: SignablePlan = {
      problems: [{ goals: [{ objectives: [objective({ targetDate: undefined })] }] }],
    };
    expect(checkSignablePlan(plan).missing).toEqual([
      {
        path: 'problems[0].goals[0].objectives[0].targetDate',
        message: 'Problem 1, goal 1, objective 1 has no target date',
        code: 'NO_TARGET_DATE',
      },
    ]);
  });

  it('an objective without an intervention points at its interventions', () => {
    const plan: SignablePlan = {
      problems: [{ goals: [{ objectives: [objective({ interventions: [] })] }] }],
    };
    expect(checkSignablePlan(plan).missing).toEqual([
      {
        path: 'problems[0].goals[0].objectives[0].interventions',
        message: 'Problem 1, goal 1, objective 1 has no intervention',
        code: 'NO_INTERVENTION',
      },
    ]);
  });

  it('everything missing is listed at once, in plan order', () => {
    const plan: SignablePlan = {
      problems: [
        {
          goals: [
            { objectives: [objective({ measure: '', targetDate: null, interventions: [] })] },
          ],
        },
        { goals: [] },
        {
          goals: [
            { objectives: [objective()] },
            { objectives: [objective(), objective({ targetDate: '' })] },
          ],
        },
      ],
    };
    expect(checkSignablePlan(plan)).toEqual({
      signable: false,
      missing: [
        expect.objectContaining({ path: 'problems[0].goals[0].objectives[0].measure' }),
        expect.objectContaining({ path: 'problems[0].goals[0].objectives[0].targetDate' }),
        expect.objectContaining({ path: 'problems[0].goals[0].objectives[0].interventions' }),
        expect.objectContaining({ path: 'problems[1].goals' }),
        expect.objectContaining({
          path: 'problems[2].goals[1].objectives[1].targetDate',
          message: 'Problem 3, goal 2, objective 2 has no target date',
        }),
      ],
    });
  });
});
