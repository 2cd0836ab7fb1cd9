import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../gql';
import { cachedFields, settleElement, type ElementSaveResult } from './element-result';
import { addFields, changedElementFields, type ElementValues } from './element-specs';
import { appendChild, removeChild, useRefreshPlan, writeCurrent } from './plan-cache';
import { attempt } from './plan-errors';

const AddObjectiveMutation = graphql(`
  mutation AddPlanObjective($input: AddObjectiveInput!) {
    addObjective(input: $input) {
      id
      ...ObjectiveCard_objective
    }
  }
`);

const UpdateObjectiveMutation = graphql(`
  mutation UpdatePlanObjective($input: UpdateObjectiveInput!) {
    updateObjective(input: $input) {
      id
      version
      description
      measure
      targetDate
      updatedAt
    }
  }
`);

const RemoveObjectiveMutation = graphql(`
  mutation RemovePlanObjective($input: RemovePlanElementInput!) {
    removeObjective(input: $input) {
      id
    }
  }
`);

type Values = ElementValues<'OBJECTIVE'>;
type Against = { version: number; values: Values };

export function useAddObjectiveMutation() {
  const [mutate] = useMutation(AddObjectiveMutation);
  const refresh = useRefreshPlan();
  return useCallback(
    async (goalId: string, values: Values): Promise<ElementSaveResult<'OBJECTIVE'>> => {
      const f = addFields('OBJECTIVE', values);
      const result = await attempt(() =>
        mutate({
          variables: {
            input: {
              goalId,
              description: f.description ?? '',
              measure: f.measure,
              targetDate: f.targetDate,
            },
          },
          update(cache, { data }) {
            if (!data) return;
            appendChild(cache, { __typename: 'PlanGoal', id: goalId }, 'objectives', {
              __typename: 'PlanObjective',
              id: data.addObjective.id,
            });
          },
        }),
      );
      return settleElement('OBJECTIVE', result, refresh);
    },
    [mutate, refresh],
  );
}

export function useUpdateObjectiveMutation() {
  const [mutate, { client }] = useMutation(UpdateObjectiveMutation);
  const refresh = useRefreshPlan();
  return useCallback(
    async (id: string, against: Against, mine: Values): Promise<ElementSaveResult<'OBJECTIVE'>> => {
      const c = changedElementFields('OBJECTIVE', against.values, mine);
      const result = await attempt(() =>
        mutate({
          variables: {
            input: {
              id,
              version: against.version,
              description: c.description,
              measure: c.measure,
              targetDate: c.targetDate,
            },
          },
        }),
      );
      if (result.kind === 'conflict' && result.current) {
        writeCurrent(
          client.cache,
          { __typename: 'PlanObjective', id },
          result.current,
          cachedFields.OBJECTIVE,
        );
      }
      return settleElement('OBJECTIVE', result, refresh);
    },
    [mutate, client, refresh],
  );
}

export function useRemoveObjectiveMutation() {
  const [mutate, { client }] = useMutation(RemoveObjectiveMutation);
  const refresh = useRefreshPlan();
  return useCallback(
    async (goalId: string, objective: { id: string; version: number }) => {
      const result = await attempt(() =>
        mutate({
          variables: { input: { id: objective.id, version: objective.version } },
          update(cache) {
            removeChild(cache, { __typename: 'PlanGoal', id: goalId }, 'objectives', {
              __typename: 'PlanObjective',
              id: objective.id,
            });
          },
        }),
      );
      if (result.kind === 'conflict' && result.current) {
        writeCurrent(
          client.cache,
          { __typename: 'PlanObjective', id: objective.id },
          result.current,
          cachedFields.OBJECTIVE,
        );
      }
      return settleElement('OBJECTIVE', result, refresh);
    },
    [mutate, client, refresh],
  );
}
