import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../gql';
import { useRefreshPlan } from './plan-cache';
import { attemptSave, type PlanResult } from './plan-errors';
import { reorderLean, type LeanPlan } from './reorder';
import type { ElementKind } from './signable';

const ReorderPlanElementsMutation = graphql(`
  mutation ReorderPlanElements($input: ReorderPlanElementsInput!) {
    reorderPlanElements(input: $input) {
      __typename
      ... on TreatmentPlan {
        id
        problems {
          id
          version
          position
          goals {
            id
            version
            position
            objectives {
              id
              version
              position
              interventions {
                id
                version
                position
              }
            }
          }
        }
      }
      ... on TreatmentPlanConflict {
        message
        current {
          id
          problems {
            id
            version
            position
            goals {
              id
              version
              position
              objectives {
                id
                version
                position
                interventions {
                  id
                  version
                  position
                }
              }
            }
          }
        }
      }
    }
  }
`);

/**
 * Moves one parent's children into a new order. The screen moves at once; the API answers with
 * the whole plan's order and versions (moved elements get new versions). If the list changed
 * meanwhile (someone added or removed a sibling) the answer is a conflict carrying the plan in
 * its current order, which the cache takes; the plan is asked for again all the same.
 */
export function useReorderPlanElementsMutation() {
  const [mutate] = useMutation(ReorderPlanElementsMutation);
  const refresh = useRefreshPlan();
  return useCallback(
    async (
      lean: LeanPlan,
      parentId: string,
      kind: ElementKind,
      orderedIds: string[],
    ): Promise<PlanResult<unknown>> => {
      const result = await attemptSave(
        () =>
          mutate({
            variables: { input: { parentId, kind, orderedIds } },
            optimisticResponse: {
              reorderPlanElements: reorderLean(lean, parentId, kind, orderedIds),
            },
          }),
        ({ data }) => data?.reorderPlanElements,
      );
      if (result.kind !== 'saved' && result.kind !== 'signed-out') refresh();
      return result;
    },
    [mutate, refresh],
  );
}
