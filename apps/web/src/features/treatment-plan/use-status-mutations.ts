import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../gql';
import type { GoalAchievementStatus, GoalLifecycleStatus } from '../../gql/graphql';
import { useRefreshPlan } from './plan-cache';
import { attemptSave, type PlanFailure, type SaveOutcome } from './plan-errors';

const SetGoalStatusMutation = graphql(`
  mutation SetPlanGoalStatus($input: SetGoalStatusInput!) {
    setGoalStatus(input: $input) {
      __typename
      ... on PlanGoal {
        id
        version
        lifecycleStatus
        achievementStatus
        updatedAt
      }
      ... on PlanGoalConflict {
        message
        savedBy {
          id
          displayName
        }
        current {
          id
          version
          lifecycleStatus
          achievementStatus
          updatedAt
        }
      }
    }
  }
`);

const SetObjectiveStatusMutation = graphql(`
  mutation SetPlanObjectiveStatus($input: SetObjectiveStatusInput!) {
    setObjectiveStatus(input: $input) {
      __typename
      ... on PlanObjective {
        id
        version
        lifecycleStatus
        achievementStatus
        updatedAt
      }
      ... on PlanObjectiveConflict {
        message
        savedBy {
          id
          displayName
        }
        current {
          id
          version
          lifecycleStatus
          achievementStatus
          updatedAt
        }
      }
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
  | {
      kind: 'conflict';
      theirs: { version: number; values: StatusValues; savedBy: string | null } | null;
    }
  | Exclude<PlanFailure, { kind: 'conflict' }>;

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

/** On a conflict their statuses are already in the cache (the answer's `current`, by id). */
function settleStatus<A extends { __typename: string }>(
  result: SaveOutcome<A>,
  refresh: () => void,
): StatusResult {
  if (result.kind === 'saved') return { kind: 'saved' };
  if (result.kind === 'conflict') {
    // The answer's `current` is the goal or objective with the statuses selected above.
    const current = result.current as Tracked | null;
    return {
      kind: 'conflict',
      theirs: current && {
        version: current.version,
        values: {
          lifecycleStatus: current.lifecycleStatus,
          achievementStatus: current.achievementStatus,
        },
        savedBy: result.savedBy,
      },
    };
  }
  if (result.kind === 'not-found' || result.kind === 'invalid-transition') refresh();
  return result;
}

export function useSetGoalStatusMutation() {
  const [mutate] = useMutation(SetGoalStatusMutation);
  const refresh = useRefreshPlan();
  return useCallback(
    async (goal: Tracked, change: Partial<StatusValues>): Promise<StatusResult> => {
      const result = await attemptSave(
        () =>
          mutate({
            variables: { input: { goalId: goal.id, version: goal.version, ...inputOf(change) } },
            optimisticResponse: { setGoalStatus: optimistic('PlanGoal', goal, change) },
          }),
        ({ data }) => data?.setGoalStatus,
      );
      return settleStatus(result, refresh);
    },
    [mutate, refresh],
  );
}

export function useSetObjectiveStatusMutation() {
  const [mutate] = useMutation(SetObjectiveStatusMutation);
  const refresh = useRefreshPlan();
  return useCallback(
    async (objective: Tracked, change: Partial<StatusValues>): Promise<StatusResult> => {
      const result = await attemptSave(
        () =>
          mutate({
            variables: {
              input: { objectiveId: objective.id, version: objective.version, ...inputOf(change) },
            },
            optimisticResponse: {
              setObjectiveStatus: optimistic('PlanObjective', objective, change),
            },
          }),
        ({ data }) => data?.setObjectiveStatus,
      );
      return settleStatus(result, refresh);
    },
    [mutate, refresh],
  );
}
