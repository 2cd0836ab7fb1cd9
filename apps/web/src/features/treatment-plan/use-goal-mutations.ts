import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../gql';
import type { GoalHorizon } from '../../gql/graphql';
import { cachedFields, settleElement, type ElementSaveResult } from './element-result';
import { addFields, changedElementFields, type ElementValues } from './element-specs';
import { appendChild, removeChild, useRefreshPlan, writeCurrent } from './plan-cache';
import { attempt } from './plan-errors';

const AddGoalMutation = graphql(`
  mutation AddPlanGoal($input: AddGoalInput!) {
    addGoal(input: $input) {
      id
      ...GoalCard_goal
    }
  }
`);

const UpdateGoalMutation = graphql(`
  mutation UpdatePlanGoal($input: UpdateGoalInput!) {
    updateGoal(input: $input) {
      id
      version
      description
      horizon
      targetDate
      updatedAt
    }
  }
`);

const RemoveGoalMutation = graphql(`
  mutation RemovePlanGoal($input: RemovePlanElementInput!) {
    removeGoal(input: $input) {
      id
    }
  }
`);

type Values = ElementValues<'GOAL'>;
type Against = { version: number; values: Values };

export function useAddGoalMutation() {
  const [mutate] = useMutation(AddGoalMutation);
  const refresh = useRefreshPlan();
  return useCallback(
    async (problemId: string, values: Values): Promise<ElementSaveResult<'GOAL'>> => {
      const f = addFields('GOAL', values);
      const result = await attempt(() =>
        mutate({
          variables: {
            input: {
              problemId,
              description: f.description ?? '',
              horizon: (f.horizon ?? 'LONG_TERM') as GoalHorizon,
              targetDate: f.targetDate,
            },
          },
          update(cache, { data }) {
            if (!data) return;
            appendChild(cache, { __typename: 'PlanProblem', id: problemId }, 'goals', {
              __typename: 'PlanGoal',
              id: data.addGoal.id,
            });
          },
        }),
      );
      return settleElement('GOAL', result, refresh);
    },
    [mutate, refresh],
  );
}

export function useUpdateGoalMutation() {
  const [mutate, { client }] = useMutation(UpdateGoalMutation);
  const refresh = useRefreshPlan();
  return useCallback(
    async (id: string, against: Against, mine: Values): Promise<ElementSaveResult<'GOAL'>> => {
      const c = changedElementFields('GOAL', against.values, mine);
      const result = await attempt(() =>
        mutate({
          variables: {
            input: {
              id,
              version: against.version,
              description: c.description,
              horizon: c.horizon as GoalHorizon | undefined,
              targetDate: c.targetDate,
            },
          },
        }),
      );
      if (result.kind === 'conflict' && result.current) {
        writeCurrent(
          client.cache,
          { __typename: 'PlanGoal', id },
          result.current,
          cachedFields.GOAL,
        );
      }
      return settleElement('GOAL', result, refresh);
    },
    [mutate, client, refresh],
  );
}

export function useRemoveGoalMutation() {
  const [mutate, { client }] = useMutation(RemoveGoalMutation);
  const refresh = useRefreshPlan();
  return useCallback(
    async (problemId: string, goal: { id: string; version: number }) => {
      const result = await attempt(() =>
        mutate({
          variables: { input: { id: goal.id, version: goal.version } },
          update(cache) {
            removeChild(cache, { __typename: 'PlanProblem', id: problemId }, 'goals', {
              __typename: 'PlanGoal',
              id: goal.id,
            });
          },
        }),
      );
      if (result.kind === 'conflict' && result.current) {
        writeCurrent(
          client.cache,
          { __typename: 'PlanGoal', id: goal.id },
          result.current,
          cachedFields.GOAL,
        );
      }
      return settleElement('GOAL', result, refresh);
    },
    [mutate, client, refresh],
  );
}
