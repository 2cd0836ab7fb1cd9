import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../gql';
import type { InterventionModality } from '../../gql/graphql';
import { cachedFields, settleElement, type ElementSaveResult } from './element-result';
import { addFields, changedElementFields, type ElementValues } from './element-specs';
import { appendChild, removeChild, useRefreshPlan, writeCurrent } from './plan-cache';
import { attempt } from './plan-errors';

const AddInterventionMutation = graphql(`
  mutation AddPlanIntervention($input: AddInterventionInput!) {
    addIntervention(input: $input) {
      id
      version
      lineageId
      position
      modality
      description
      frequency
      updatedAt
      responsibleStaff {
        id
        displayName
      }
    }
  }
`);

const UpdateInterventionMutation = graphql(`
  mutation UpdatePlanIntervention($input: UpdateInterventionInput!) {
    updateIntervention(input: $input) {
      id
      version
      lineageId
      position
      modality
      description
      frequency
      updatedAt
      responsibleStaff {
        id
        displayName
      }
    }
  }
`);

const RemoveInterventionMutation = graphql(`
  mutation RemovePlanIntervention($input: RemovePlanElementInput!) {
    removeIntervention(input: $input) {
      id
    }
  }
`);

type Values = ElementValues<'INTERVENTION'>;
type Against = { version: number; values: Values };

export function useAddInterventionMutation() {
  const [mutate] = useMutation(AddInterventionMutation);
  const refresh = useRefreshPlan();
  return useCallback(
    async (objectiveId: string, values: Values): Promise<ElementSaveResult<'INTERVENTION'>> => {
      const f = addFields('INTERVENTION', values);
      const result = await attempt(() =>
        mutate({
          variables: {
            input: {
              objectiveId,
              modality: f.modality as InterventionModality,
              frequency: f.frequency ?? '',
              description: f.description,
              responsibleStaffId: f.responsibleStaffId,
            },
          },
          update(cache, { data }) {
            if (!data) return;
            appendChild(cache, { __typename: 'PlanObjective', id: objectiveId }, 'interventions', {
              __typename: 'PlanIntervention',
              id: data.addIntervention.id,
            });
          },
        }),
      );
      return settleElement('INTERVENTION', result, refresh);
    },
    [mutate, refresh],
  );
}

export function useUpdateInterventionMutation() {
  const [mutate, { client }] = useMutation(UpdateInterventionMutation);
  const refresh = useRefreshPlan();
  return useCallback(
    async (
      id: string,
      against: Against,
      mine: Values,
    ): Promise<ElementSaveResult<'INTERVENTION'>> => {
      const c = changedElementFields('INTERVENTION', against.values, mine);
      const result = await attempt(() =>
        mutate({
          variables: {
            input: {
              id,
              version: against.version,
              modality: c.modality as InterventionModality | undefined,
              frequency: c.frequency,
              description: c.description,
              responsibleStaffId: c.responsibleStaffId,
            },
          },
        }),
      );
      if (result.kind === 'conflict' && result.current) {
        writeCurrent(
          client.cache,
          { __typename: 'PlanIntervention', id },
          result.current,
          cachedFields.INTERVENTION,
        );
        // Their responsible staff member is only an id here: the plan brings the name.
        if ((result.current.responsibleStaffId ?? '') !== against.values.responsibleStaffId)
          refresh();
      }
      return settleElement('INTERVENTION', result, refresh);
    },
    [mutate, client, refresh],
  );
}

export function useRemoveInterventionMutation() {
  const [mutate, { client }] = useMutation(RemoveInterventionMutation);
  const refresh = useRefreshPlan();
  return useCallback(
    async (objectiveId: string, intervention: { id: string; version: number }) => {
      const result = await attempt(() =>
        mutate({
          variables: { input: { id: intervention.id, version: intervention.version } },
          update(cache) {
            removeChild(cache, { __typename: 'PlanObjective', id: objectiveId }, 'interventions', {
              __typename: 'PlanIntervention',
              id: intervention.id,
            });
          },
        }),
      );
      if (result.kind === 'conflict' && result.current) {
        writeCurrent(
          client.cache,
          { __typename: 'PlanIntervention', id: intervention.id },
          result.current,
          cachedFields.INTERVENTION,
        );
      }
      return settleElement('INTERVENTION', result, refresh);
    },
    [mutate, client, refresh],
  );
}
