import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../gql';
import type { PlanSigner } from '../../gql/graphql';
import { useRefreshPlan } from './plan-cache';
import { attemptSave, type PlanResult } from './plan-errors';
import { PlanVersionsQuery, TreatmentPlanPageQuery } from './plan-queries';

const CreateTreatmentPlanMutation = graphql(`
  mutation CreateTreatmentPlan($input: CreateTreatmentPlanInput!) {
    createTreatmentPlan(input: $input) {
      __typename
      ... on TreatmentPlan {
        id
        status
        versionNumber
      }
      ... on TreatmentPlanConflict {
        message
        current {
          id
          status
          versionNumber
        }
      }
    }
  }
`);

const SubmitPlanMutation = graphql(`
  mutation SubmitPlanForSignature($input: PlanVersionInput!) {
    submitPlanForSignature(input: $input) {
      __typename
      ... on TreatmentPlan {
        id
        version
        status
        ...PlanHeader_plan
        ...SigningPanel_plan
      }
      ... on TreatmentPlanConflict {
        message
        current {
          id
          version
          status
          ...PlanHeader_plan
          ...SigningPanel_plan
        }
      }
    }
  }
`);

const ReturnPlanToDraftMutation = graphql(`
  mutation ReturnPlanToDraft($input: PlanVersionInput!) {
    returnPlanToDraft(input: $input) {
      __typename
      ... on TreatmentPlan {
        id
        version
        status
        ...PlanHeader_plan
        ...SigningPanel_plan
      }
      ... on TreatmentPlanConflict {
        message
        current {
          id
          version
          status
          ...PlanHeader_plan
          ...SigningPanel_plan
        }
      }
    }
  }
`);

const SignPlanMutation = graphql(`
  mutation SignPlan($input: SignPlanInput!) {
    signPlan(input: $input) {
      __typename
      ... on TreatmentPlan {
        id
        version
        status
        ...PlanHeader_plan
        ...SigningPanel_plan
      }
      ... on TreatmentPlanConflict {
        message
        current {
          id
          version
          status
          ...PlanHeader_plan
          ...SigningPanel_plan
        }
      }
    }
  }
`);

/** A plan-level change refused because the screen was behind: show the plan as it is now. */
function refreshIfStale(result: PlanResult<unknown>, refresh: () => void) {
  if (
    result.kind === 'conflict' ||
    result.kind === 'not-found' ||
    (result.kind === 'invalid-transition' && result.missing.length === 0)
  ) {
    refresh();
  }
}

/** Starts the first (DRAFT) plan of an admitted episode. */
export function useCreateTreatmentPlanMutation() {
  const [mutate] = useMutation(CreateTreatmentPlanMutation);
  const refresh = useRefreshPlan();
  return useCallback(
    async (episodeId: string): Promise<PlanResult<unknown>> => {
      const result = await attemptSave(
        () =>
          mutate({
            variables: { input: { episodeId } },
            update(cache, { data }) {
              const answer = data?.createTreatmentPlan;
              // A conflict answers the plan someone else started meanwhile: the episode's plan too.
              const id = answer?.__typename === 'TreatmentPlan' ? answer.id : answer?.current?.id;
              if (!id) return;
              cache.modify({
                id: cache.identify({ __typename: 'Episode', id: episodeId }),
                fields: {
                  currentTreatmentPlan: (_, { toReference }) =>
                    toReference({ __typename: 'TreatmentPlan', id }),
                },
              });
            },
            refetchQueries: [PlanVersionsQuery, TreatmentPlanPageQuery],
          }),
        ({ data }) => data?.createTreatmentPlan,
      );
      // A conflict: a plan was started meanwhile (by someone else): show it.
      refreshIfStale(result, refresh);
      return result;
    },
    [mutate, refresh],
  );
}

/** Moves a plan between DRAFT and PENDING_SIGNATURE; the version list is asked for again. */
function usePlanVersionMutation<TData extends Record<string, { __typename: string }>>(
  document: TypedDocumentNode<TData, { input: { planId: string; version: number } }>,
) {
  const [mutate] = useMutation(document);
  const refresh = useRefreshPlan();
  return useCallback(
    async (plan: { id: string; version: number }): Promise<PlanResult<unknown>> => {
      const result = await attemptSave(
        () =>
          mutate({
            variables: { input: { planId: plan.id, version: plan.version } },
            refetchQueries: [PlanVersionsQuery],
          }),
        ({ data }) => data && Object.values(data)[0],
      );
      refreshIfStale(result, refresh);
      return result;
    },
    [mutate, refresh],
  );
}

/** DRAFT → PENDING_SIGNATURE; refused with what is missing when the plan cannot be signed yet. */
export function useSubmitPlanForSignatureMutation() {
  return usePlanVersionMutation(SubmitPlanMutation);
}

/** PENDING_SIGNATURE → DRAFT for changes; signatures given so far no longer count. */
export function useReturnPlanToDraftMutation() {
  return usePlanVersionMutation(ReturnPlanToDraftMutation);
}

/**
 * One signature. With the last required one (client and clinician, and a supervisor where the
 * program asks) the version takes effect and the one it replaces is superseded, so the episode's
 * plan and the version list are asked for again. A director's co-signature on an ACTIVE version
 * leaves its status as it is.
 */
export function useSignPlanMutation() {
  const [mutate] = useMutation(SignPlanMutation);
  const refresh = useRefreshPlan();
  return useCallback(
    async (
      plan: { id: string; version: number },
      signer: PlanSigner,
      signedName?: string,
    ): Promise<PlanResult<{ status: string }>> => {
      const result = await attemptSave(
        () =>
          mutate({
            variables: {
              input: {
                planId: plan.id,
                version: plan.version,
                signer,
                signedName: signer === 'CLIENT' ? (signedName?.trim() ?? null) : null,
              },
            },
            refetchQueries: [TreatmentPlanPageQuery, PlanVersionsQuery],
          }),
        ({ data }) => data?.signPlan,
      );
      refreshIfStale(result, refresh);
      return result.kind === 'saved'
        ? { kind: 'saved', data: { status: result.data.status } }
        : result;
    },
    [mutate, refresh],
  );
}
