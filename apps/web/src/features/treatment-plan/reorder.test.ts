import { describe, expect, it } from 'vitest';
import { moveBy, reorderLean, toLeanPlan } from './reorder';

describe('moving an element up or down', () => {
  it('swaps it with its neighbour', () => {
    expect(moveBy(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveBy(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
  });

  it('cannot move past either end, or move what is not there', () => {
    expect(moveBy(['a', 'b'], 'a', -1)).toBeNull();
    expect(moveBy(['a', 'b'], 'b', 1)).toBeNull();
    expect(moveBy(['a', 'b'], 'z', 1)).toBeNull();
  });
});

const plan = toLeanPlan({
  id: 'plan',
  problems: [
    {
      id: 'p1',
      version: 1,
      position: 1,
      goals: [
        { id: 'g1', version: 2, position: 1, objectives: [] },
        { id: 'g2', version: 1, position: 2, objectives: [] },
        { id: 'g3', version: 5, position: 3, objectives: [] },
      ],
    },
    { id: 'p2', version: 1, position: 2, goals: [] },
  ],
});

describe('the plan as it will be after a reorder', () => {
  it('puts the children in the new order with positions 1…n', () => {
    const next = reorderLean(plan, 'p1', 'GOAL', ['g2', 'g1', 'g3']);
    expect(next.problems[0]?.goals.map((g) => [g.id, g.position, g.version])).toEqual([
      ['g2', 1, 2],
      ['g1', 2, 3],
      // Its place did not change, so neither does its version.
      ['g3', 3, 5],
    ]);
    expect(next.problems[1]).toBe(plan.problems[1]);
  });

  it('reorders the plan’s problems', () => {
    const next = reorderLean(plan, 'plan', 'PROBLEM', ['p2', 'p1']);
    expect(next.problems.map((p) => p.id)).toEqual(['p2', 'p1']);
    expect(next.problems[0]?.__typename).toBe('PlanProblem');
  });

  it('leaves the tree alone when the list does not match the children', () => {
    expect(reorderLean(plan, 'p1', 'GOAL', ['g1', 'g2'])).toEqual(plan);
  });
});
