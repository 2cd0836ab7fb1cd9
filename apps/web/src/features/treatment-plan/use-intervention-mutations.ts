import { graphql } from '../../gql';
import type { InterventionModality } from '../../gql/graphql';
import { planElementMutations } from './plan-element-mutations';

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
      __typename
      ... on PlanIntervention {
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
      ... on PlanInterventionConflict {
        message
        savedBy {
          id
          displayName
        }
        current {
          id
          version
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
    }
  }
`);

const RemoveInterventionMutation = graphql(`
  mutation RemovePlanIntervention($input: RemovePlanElementInput!) {
    removeIntervention(input: $input) {
      __typename
      ... on PlanIntervention {
        id
      }
      ... on PlanInterventionConflict {
        message
        savedBy {
          id
          displayName
        }
        current {
          id
          version
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
    }
  }
`);

const interventionMutations = planElementMutations('INTERVENTION', {
  add: {
    document: AddInterventionMutation,
    input: (objectiveId, f) => ({
      objectiveId,
      modality: f.modality as InterventionModality,
      frequency: f.frequency ?? '',
      description: f.description,
      responsibleStaffId: f.responsibleStaffId,
    }),
    newId: (data) => data.addIntervention.id,
  },
  update: {
    document: UpdateInterventionMutation,
    input: (id, version, c) => ({
      id,
      version,
      modality: c.modality as InterventionModality | undefined,
      frequency: c.frequency,
      description: c.description,
      responsibleStaffId: c.responsibleStaffId,
    }),
  },
  remove: RemoveInterventionMutation,
});

export const useAddInterventionMutation = interventionMutations.useAdd;
export const useUpdateInterventionMutation = interventionMutations.useUpdate;
export const useRemoveInterventionMutation = interventionMutations.useRemove;
