import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../gql';
import type { GoalAchievementStatus, GoalLifecycleStatus } from '../../gql/graphql';
import { cachedFields } from './element-result';
import { useRefreshPlan, writeCurrent } from './plan-cache';
import { attempt, type PlanFailure, type PlanResult } from './plan-errors';

const SetGoalStatusMutation = graphql(`
  mutation SetPlanGoalStatus($input: SetGoalStatusInput!) {
    setGoalStatus(input: $input) {
      id
      version
      lifecycleStatus
      achievementStatus
      updatedAt
    }
  }
`);

const SetObjectiveStatusMutation = graphql(`
  mutation SetPlanObjectiveStatus($input: SetObjectiveStatusInput!) {
    setObjectiveStatus(input: $input) {
      id
      version
      lifecycleStatus
      achievementStatus
      updatedAt
    }
  }
`);

export const statusFields = ['lifecycleStatus', 'achievementStatus'] as const;
export type StatusField = (typeof statusFields)[number];
export type StatusValues = Record<StatusField, string>;

export interface Tracked extends StatusValues {
  id: string;
  version: number;
}

export type StatusResult =
  | { kind: 'saved' }
  | { kind: 'conflict'; theirs: { version: number; values: StatusValues } | null }
  | Exclude<PlanFailure, { kind: 'conflict' }>;

function theirStatus(current: Readonly<Record<string, unknown>> | null) {
  if (!current || typeof current.version !== 'number') return null;
  const { lifecycleStatus, achievementStatus } = current;
  if (typeof lifecycleStatus !== 'string' || typeof achievementStatus !== 'string') return null;
  return { version: current.version, values: { lifecycleStatus, achievementStatus } };
}

function inputOf(change: Partial<StatusValues>) {
  return {
    lifecycleStatus: change.lifecycleStatus as GoalLifecycleStatus | undefined,
    achievementStatus: change.achievementStatus as GoalAchievementStatus | undefined,
  };
}

/** Shows the new status at once; a refusal puts back what the server holds. */
function optimistic<T extends string>(typename: T, item: Tracked, change: Partial<StatusValues>) {
  return {
    __typename: typename,
    id: item.id,
    version: item.version + 1,
    lifecycleStatus: (change.lifecycleStatus ?? item.lifecycleStatus) as GoalLifecycleStatus,
    achievementStatus: (change.achievementStatus ??
      item.achievementStatus) as GoalAchievementStatus,
    updatedAt: new Date().toISOString(),
  };
}

function settleStatus(
  result: PlanResult<unknown>,
  write: (current: Readonly<Record<string, unknown>>) => void,
  refresh: () => void,
): StatusResult {
  if (result.kind === 'saved') return { kind: 'saved' };
  if (result.kind === 'conflict') {
    if (result.current) write(result.current);
    return { kind: 'conflict', theirs: theirStatus(result.current) };
  }
  if (result.kind === 'not-found' || result.kind === 'invalid-transition') refresh();
  return result;
}

export function useSetGoalStatusMutation() {
  const [mutate, { client }] = useMutation(SetGoalStatusMutation);
  const refresh = useRefreshPlan();
  return useCallback(
    async (goal: Tracked, change: Partial<StatusValues>): Promise<StatusResult> => {
      const result = await attempt(() =>
        mutate({
          variables: { input: { goalId: goal.id, version: goal.version, ...inputOf(change) } },
          optimisticResponse: { setGoalStatus: optimistic('PlanGoal', goal, change) },
        }),
      );
      const entity = { __typename: 'PlanGoal', id: goal.id };
      return settleStatus(
        result,
        (current) => writeCurrent(client.cache, entity, current, cachedFields.GOAL),
        refresh,
      );
    },
    [mutate, client, refresh],
  );
}

export function useSetObjectiveStatusMutation() {
  const [mutate, { client }] = useMutation(SetObjectiveStatusMutation);
  const refresh = useRefreshPlan();
  return useCallback(
    async (objective: Tracked, change: Partial<StatusValues>): Promise<StatusResult> => {
      const result = await attempt(() =>
        mutate({
          variables: {
            input: { objectiveId: objective.id, version: objective.version, ...inputOf(change) },
          },
          optimisticResponse: {
            setObjectiveStatus: optimistic('PlanObjective', objective, change),
          },
        }),
      );
      const entity = { __typename: 'PlanObjective', id: objective.id };
      return settleStatus(
        result,
        (current) => writeCurrent(client.cache, entity, current, cachedFields.OBJECTIVE),
        refresh,
      );
    },
    [mutate, client, refresh],
  );
}
