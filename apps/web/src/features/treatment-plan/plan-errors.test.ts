import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { settleElement } from './element-result';
import { attempt, attemptSave, planFailure } from './plan-errors';

const failed = (extensions: Record<string, unknown>, message = 'm') =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });

describe('why a plan change was not saved', () => {
  it('a stale version is answered as data: the conflict with their record', async () => {
    type Answer =
      | { __typename: 'PlanGoal'; id: string; version: number }
      | {
          __typename: 'PlanGoalConflict';
          message: string;
          current?: { id: string; version: number } | null;
        };
    const save = (answer: Answer) =>
      attemptSave(
        () => Promise.resolve({ data: { updateGoal: answer } }),
        (r) => r.data.updateGoal,
      );
    await expect(save({ __typename: 'PlanGoal', id: 'g1', version: 4 })).resolves.toEqual({
      kind: 'saved',
      data: { __typename: 'PlanGoal', id: 'g1', version: 4 },
    });
    await expect(
      save({ __typename: 'PlanGoalConflict', message: 'm', current: { id: 'g1', version: 3 } }),
    ).resolves.toEqual({
      kind: 'conflict',
      message: 'm',
      current: { id: 'g1', version: 3 },
      savedBy: null,
    });
    await expect(
      save({ __typename: 'PlanGoalConflict', message: 'm', current: null }),
    ).resolves.toEqual({ kind: 'conflict', message: 'm', current: null, savedBy: null });
    // A CONFLICT error names no record at all.
    expect(planFailure(failed({ code: 'CONFLICT' }, 'stale'))).toEqual({
      kind: 'conflict',
      message: 'stale',
    });
  });

  it('an unsignable draft lists what is missing, whichever form the API used', () => {
    const f = planFailure(
      failed({
        code: 'INVALID_TRANSITION',
        missing: [
          { path: 'problems[0].goals', message: 'Problem 1 has no goal' },
          'problems[1].goals',
        ],
      }),
    );
    expect(f).toMatchObject({
      kind: 'invalid-transition',
      missing: [
        { path: 'problems[0].goals', message: 'Problem 1 has no goal' },
        { path: 'problems[1].goals', message: 'Problem 2 has no goal' },
      ],
    });
  });

  it('field problems, refusals, a lost session and the rest', () => {
    expect(
      planFailure(
        failed({
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'input.targetDate', message: 'cannot be before admission' }],
        }),
      ),
    ).toEqual({ kind: 'invalid', fields: { targetDate: 'Cannot be before admission' } });
    expect(planFailure(failed({ code: 'NOT_FOUND' }))).toEqual({ kind: 'not-found' });
    expect(planFailure(failed({ code: 'FORBIDDEN' }, 'Only a director co-signs'))).toEqual({
      kind: 'forbidden',
      message: 'Only a director co-signs',
    });
    expect(planFailure(failed({ code: 'UNAUTHENTICATED' }))).toEqual({ kind: 'signed-out' });
    expect(planFailure(new TypeError('Failed to fetch')).kind).toBe('failed');
  });

  it('a mutation that succeeds is "saved" with its answer', async () => {
    await expect(attempt(() => Promise.resolve(42))).resolves.toEqual({ kind: 'saved', data: 42 });
    await expect(attempt(() => Promise.reject(failed({ code: 'NOT_FOUND' })))).resolves.toEqual({
      kind: 'not-found',
    });
  });
});

describe('the outcome of saving an element', () => {
  it('a conflict becomes their version as form values', () => {
    const refresh = () => undefined;
    const result = settleElement(
      'GOAL',
      {
        kind: 'conflict',
        message: 'm',
        current: { version: 5, description: 'Theirs', horizon: 'IMMEDIATE', targetDate: null },
        savedBy: 'Jonah Whitfield, LCSW',
      },
      refresh,
    );
    expect(result).toEqual({
      kind: 'conflict',
      theirs: {
        version: 5,
        values: { description: 'Theirs', horizon: 'IMMEDIATE', targetDate: '' },
        savedBy: 'Jonah Whitfield, LCSW',
        savedAt: null,
      },
    });
  });

  it('when the screen is behind (gone, or no longer a draft) the plan is asked for again', () => {
    let refreshed = 0;
    const refresh = () => void refreshed++;
    settleElement('GOAL', { kind: 'not-found' }, refresh);
    settleElement('GOAL', { kind: 'invalid-transition', message: 'm', missing: [] }, refresh);
    settleElement('GOAL', { kind: 'saved', data: null }, refresh);
    expect(refreshed).toBe(2);
  });
});
