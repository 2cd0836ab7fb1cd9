import { describe, expect, it } from 'vitest';
import { describeGapPath, gapTarget, liveGaps, missingItems, type GapTree } from './signable';

const tree: GapTree = {
  id: 'plan',
  problems: [
    {
      id: 'p1',
      goals: [
        {
          id: 'g1',
          objectives: [{ id: 'o1', measure: '', targetDate: '2026-12-01', interventions: [] }],
        },
      ],
    },
    { id: 'p2', goals: [] },
  ],
};

describe('what keeps a plan from signing', () => {
  it('is worked out live with the same rule the API applies', () => {
    expect(liveGaps(tree)).toEqual([
      {
        path: 'problems[0].goals[0].objectives[0].measure',
        message: 'Problem 1, goal 1, objective 1 has no measure',
      },
      {
        path: 'problems[0].goals[0].objectives[0].interventions',
        message: 'Problem 1, goal 1, objective 1 has no intervention',
      },
      { path: 'problems[1].goals', message: 'Problem 2 has no goal' },
    ]);
  });

  it('reads the API’s refusal whether it lists items or bare paths', () => {
    expect(
      missingItems([
        { path: 'problems[0].goals', message: 'Problem 1 has no goal', code: 'NO_GOAL' },
        'problems[1].goals[0].objectives[2].targetDate',
        'signatures.CLIENT',
        42,
        { nonsense: true },
      ]),
    ).toEqual([
      { path: 'problems[0].goals', message: 'Problem 1 has no goal' },
      {
        path: 'problems[1].goals[0].objectives[2].targetDate',
        message: 'Problem 2, goal 1, objective 3 has no target date',
      },
      { path: 'signatures.CLIENT', message: "The client's signature is missing" },
    ]);
    expect(missingItems(undefined)).toEqual([]);
  });

  it('words bare paths as staff number the plan', () => {
    expect(describeGapPath('problems')).toBe('The plan has no problem');
    expect(describeGapPath('problems[0].goals[1].objectives')).toBe(
      'Problem 1, goal 2 has no objective',
    );
    expect(describeGapPath('something.else')).toBe('something.else');
  });
});

describe('going to what is missing', () => {
  it('a missing child opens the form to add it under its parent', () => {
    expect(gapTarget('problems[1].goals', tree)).toEqual({
      action: 'add',
      parentId: 'p2',
      childKind: 'GOAL',
    });
    expect(gapTarget('problems', { id: 'plan', problems: [] })).toEqual({
      action: 'add',
      parentId: 'plan',
      childKind: 'PROBLEM',
    });
    expect(gapTarget('problems[0].goals[0].objectives[0].interventions', tree)).toEqual({
      action: 'add',
      parentId: 'o1',
      childKind: 'INTERVENTION',
    });
  });

  it('a missing field opens the element’s own form at that field', () => {
    expect(gapTarget('problems[0].goals[0].objectives[0].measure', tree)).toEqual({
      action: 'edit',
      elementId: 'o1',
      kind: 'OBJECTIVE',
      field: 'measure',
    });
  });

  it('a path the plan no longer has leads nowhere', () => {
    expect(gapTarget('problems[5].goals', tree)).toBeNull();
    expect(gapTarget('signatures.CLIENT', tree)).toBeNull();
  });
});
