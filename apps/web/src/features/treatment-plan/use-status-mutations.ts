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
        statusHistory {
          id
          ...StatusHistory_change
        }
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
        statusHistory {
          id
          ...StatusHistory_change
        }
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

/**
 * A change as sent: the statuses chosen and why. It is confirmed before it is sent, so nothing is
 * shown as saved before the server has kept it (and added it to the status history it answers).
 */
function inputOf(change: Partial<StatusValues>, reason: string | undefined) {
  return {
    lifecycleStatus: change.lifecycleStatus as GoalLifecycleStatus | undefined,
    achievementStatus: change.achievementStatus as GoalAchievementStatus | undefined,
    reason: reason?.trim() || undefined,
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
    async (
      goal: Tracked,
      change: Partial<StatusValues>,
      reason?: string,
    ): Promise<StatusResult> => {
      const result = await attemptSave(
        () =>
          mutate({
            variables: {
              input: { goalId: goal.id, version: goal.version, ...inputOf(change, reason) },
            },
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
    async (
      objective: Tracked,
      change: Partial<StatusValues>,
      reason?: string,
    ): Promise<StatusResult> => {
      const result = await attemptSave(
        () =>
          mutate({
            variables: {
              input: {
                objectiveId: objective.id,
                version: objective.version,
                ...inputOf(change, reason),
              },
            },
          }),
        ({ data }) => data?.setObjectiveStatus,
      );
      return settleStatus(result, refresh);
    },
    [mutate, refresh],
  );
}
