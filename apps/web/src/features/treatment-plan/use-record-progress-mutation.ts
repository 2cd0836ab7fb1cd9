import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../gql';
import { useCurrentViewer } from '../auth/current-viewer';
import { useRefreshPlan } from './plan-cache';
import { attempt, type PlanResult } from './plan-errors';

const RecordGoalProgressMutation = graphql(`
  mutation RecordGoalProgress($input: RecordGoalProgressInput!) {
    recordGoalProgress(input: $input) {
      id
      recordedOn
      rating
      measureValue
      note
      objectiveLineageId
      createdAt
      author {
        id
        displayName
      }
      status
      amendReason
      correctedBy {
        id
        author {
          id
          displayName
        }
        createdAt
        amendReason
      }
      voided {
        at
        reason
        by {
          id
          displayName
        }
      }
    }
  }
`);

export interface ProgressInput {
  goalId: string;
  objectiveId: string | null;
  recordedOn: string;
  rating: number | null;
  measureValue: number | null;
  note: string | null;
  /** For the entry shown at once: the objective's lineage, as the API will answer. */
  objectiveLineageId: string | null;
}

let provisional = 0;

/** The entry as it will come back, shown until it does (typenames so the cache files it). */
function provisionalEntry(entry: ProgressInput, author: { id: string; displayName: string }) {
  const shown = {
    __typename: 'GoalProgress' as const,
    id: `provisional-${++provisional}`,
    recordedOn: entry.recordedOn,
    rating: entry.rating,
    measureValue: entry.measureValue,
    note: entry.note,
    objectiveLineageId: entry.objectiveLineageId,
    createdAt: new Date().toISOString(),
    author: { __typename: 'Staff' as const, id: author.id, displayName: author.displayName },
    status: 'CURRENT' as const,
    amendReason: null,
    correctedBy: null,
    voided: null,
  };
  return shown;
}

/** Records a dated progress entry; it shows in the goal's history and chart at once. */
export function useRecordGoalProgressMutation() {
  const [mutate] = useMutation(RecordGoalProgressMutation);
  const viewer = useCurrentViewer();
  const refresh = useRefreshPlan();
  return useCallback(
    async (entry: ProgressInput): Promise<PlanResult<unknown>> => {
      const { objectiveLineageId: _shownOnly, ...input } = entry;
      const result = await attempt(() =>
        mutate({
          variables: { input },
          optimisticResponse: { recordGoalProgress: provisionalEntry(entry, viewer.staff) },
          update(cache, { data }) {
            if (!data) return;
            cache.modify({
              id: cache.identify({ __typename: 'PlanGoal', id: entry.goalId }),
              fields: {
                progress: (existing: readonly Reference[] = [], { toReference }) => {
                  const ref = toReference({
                    __typename: 'GoalProgress',
                    id: data.recordGoalProgress.id,
                  });
                  return ref ? [ref, ...existing] : existing;
                },
              },
            });
          },
        }),
      );
      if (result.kind === 'not-found' || result.kind === 'invalid-transition') refresh();
      return result;
    },
    [mutate, viewer, refresh],
  );
}
