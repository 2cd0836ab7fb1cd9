import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../gql';
import type { PlanReviewOutcome } from '../../gql/graphql';
import { useRefreshPlan } from './plan-cache';
import { attemptSave, type PlanResult } from './plan-errors';
import { PlanVersionsQuery, TreatmentPlanPageQuery } from './plan-queries';

const ReviewPlanMutation = graphql(`
  mutation ReviewPlan($input: ReviewPlanInput!) {
    reviewPlan(input: $input) {
      __typename
      ... on ReviewPlanPayload {
        review {
          id
        }
        plan {
          id
          version
          ...PlanHeader_plan
        }
        revision {
          id
          versionNumber
        }
      }
      ... on TreatmentPlanConflict {
        message
        current {
          id
          version
          status
          versionNumber
          ...PlanHeader_plan
        }
      }
    }
  }
`);

const CloseTreatmentPlanMutation = graphql(`
  mutation CloseTreatmentPlan($input: CloseTreatmentPlanInput!) {
    closeTreatmentPlan(input: $input) {
      __typename
      ... on TreatmentPlan {
        id
        version
        status
        ...PlanHeader_plan
      }
      ... on TreatmentPlanConflict {
        message
        current {
          id
          version
          status
          ...PlanHeader_plan
        }
      }
    }
  }
`);

export type ReviewOutcome = PlanReviewOutcome;

/**
 * Reviews the plan in effect: CONTINUED restarts the review clock; REVISED opens the next DRAFT
 * version with the same content (its id comes back, to open it).
 */
export function useReviewPlanMutation() {
  const [mutate] = useMutation(ReviewPlanMutation);
  const refresh = useRefreshPlan();
  return useCallback(
    async (
      plan: { id: string; version: number },
      outcome: ReviewOutcome,
      note: string,
    ): Promise<PlanResult<{ revisionId: string | null }>> => {
      const result = await attemptSave(
        () =>
          mutate({
            variables: {
              input: { planId: plan.id, version: plan.version, outcome, note: note.trim() },
            },
            refetchQueries: [PlanVersionsQuery],
          }),
        ({ data }) => data?.reviewPlan,
      );
      // Stale, or a revision is already being written: show the plan and its versions as they are.
      if (result.kind === 'conflict' || result.kind === 'invalid-transition') refresh();
      return result.kind === 'saved'
        ? { kind: 'saved', data: { revisionId: result.data.revision?.id ?? null } }
        : result;
    },
    [mutate, refresh],
  );
}

/** Abandons a draft or pending version (with a reason); it never takes effect. */
export function useCloseTreatmentPlanMutation() {
  const [mutate] = useMutation(CloseTreatmentPlanMutation);
  const refresh = useRefreshPlan();
  return useCallback(
    async (plan: { id: string; version: number }, reason: string): Promise<PlanResult<unknown>> => {
      const result = await attemptSave(
        () =>
          mutate({
            variables: { input: { planId: plan.id, version: plan.version, reason: reason.trim() } },
            refetchQueries: [TreatmentPlanPageQuery, PlanVersionsQuery],
          }),
        ({ data }) => data?.closeTreatmentPlan,
      );
      if (result.kind === 'conflict' || result.kind === 'invalid-transition') refresh();
      return result;
    },
    [mutate, refresh],
  );
}
