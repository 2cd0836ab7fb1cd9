import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../gql';
import type { ProblemDomain } from '../../gql/graphql';
import { cachedFields, settleElement, type ElementSaveResult } from './element-result';
import { addFields, changedElementFields, type ElementValues } from './element-specs';
import { appendChild, removeChild, useRefreshPlan, writeCurrent } from './plan-cache';
import { attempt } from './plan-errors';

const AddProblemMutation = graphql(`
  mutation AddPlanProblem($input: AddProblemInput!) {
    addProblem(input: $input) {
      id
      ...ProblemCard_problem
    }
  }
`);

const UpdateProblemMutation = graphql(`
  mutation UpdatePlanProblem($input: UpdateProblemInput!) {
    updateProblem(input: $input) {
      id
      version
      domain
      clientWords
      strengths
      updatedAt
    }
  }
`);

const RemoveProblemMutation = graphql(`
  mutation RemovePlanProblem($input: RemovePlanElementInput!) {
    removeProblem(input: $input) {
      id
    }
  }
`);

type Values = ElementValues<'PROBLEM'>;
type Against = { version: number; values: Values };

export function useAddProblemMutation() {
  const [mutate] = useMutation(AddProblemMutation);
  const refresh = useRefreshPlan();
  return useCallback(
    async (planId: string, values: Values): Promise<ElementSaveResult<'PROBLEM'>> => {
      const f = addFields('PROBLEM', values);
      const result = await attempt(() =>
        mutate({
          variables: {
            input: {
              planId,
              domain: f.domain as ProblemDomain,
              clientWords: f.clientWords ?? '',
              strengths: f.strengths,
            },
          },
          update(cache, { data }) {
            if (!data) return;
            appendChild(cache, { __typename: 'TreatmentPlan', id: planId }, 'problems', {
              __typename: 'PlanProblem',
              id: data.addProblem.id,
            });
          },
        }),
      );
      return settleElement('PROBLEM', result, refresh);
    },
    [mutate, refresh],
  );
}

export function useUpdateProblemMutation() {
  const [mutate, { client }] = useMutation(UpdateProblemMutation);
  const refresh = useRefreshPlan();
  return useCallback(
    async (id: string, against: Against, mine: Values): Promise<ElementSaveResult<'PROBLEM'>> => {
      const c = changedElementFields('PROBLEM', against.values, mine);
      const result = await attempt(() =>
        mutate({
          variables: {
            input: {
              id,
              version: against.version,
              domain: c.domain as ProblemDomain | undefined,
              clientWords: c.clientWords,
              strengths: c.strengths,
            },
          },
        }),
      );
      if (result.kind === 'conflict' && result.current) {
        writeCurrent(
          client.cache,
          { __typename: 'PlanProblem', id },
          result.current,
          cachedFields.PROBLEM,
        );
      }
      return settleElement('PROBLEM', result, refresh);
    },
    [mutate, client, refresh],
  );
}

export function useRemoveProblemMutation() {
  const [mutate, { client }] = useMutation(RemoveProblemMutation);
  const refresh = useRefreshPlan();
  return useCallback(
    async (planId: string, problem: { id: string; version: number }) => {
      const result = await attempt(() =>
        mutate({
          variables: { input: { id: problem.id, version: problem.version } },
          update(cache) {
            removeChild(cache, { __typename: 'TreatmentPlan', id: planId }, 'problems', {
              __typename: 'PlanProblem',
              id: problem.id,
            });
          },
        }),
      );
      if (result.kind === 'conflict' && result.current) {
        writeCurrent(
          client.cache,
          { __typename: 'PlanProblem', id: problem.id },
          result.current,
          cachedFields.PROBLEM,
        );
      }
      return settleElement('PROBLEM', result, refresh);
    },
    [mutate, client, refresh],
  );
}
