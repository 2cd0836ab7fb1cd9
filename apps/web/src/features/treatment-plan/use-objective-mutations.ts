import { graphql } from '../../gql';
import { planElementMutations } from './plan-element-mutations';

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
      __typename
      ... on PlanObjective {
        id
        version
        description
        measure
        targetDate
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
          position
          description
          measure
          targetDate
          lifecycleStatus
          achievementStatus
          updatedAt
        }
      }
    }
  }
`);

const RemoveObjectiveMutation = graphql(`
  mutation RemovePlanObjective($input: RemovePlanElementInput!) {
    removeObjective(input: $input) {
      __typename
      ... on PlanObjective {
        id
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
          position
          description
          measure
          targetDate
          lifecycleStatus
          achievementStatus
          updatedAt
        }
      }
    }
  }
`);

const objectiveMutations = planElementMutations('OBJECTIVE', {
  add: {
    document: AddObjectiveMutation,
    input: (goalId, f) => ({
      goalId,
      description: f.description ?? '',
      measure: f.measure,
      targetDate: f.targetDate,
    }),
    newId: (data) => data.addObjective.id,
  },
  update: {
    document: UpdateObjectiveMutation,
    input: (id, version, c) => ({
      id,
      version,
      description: c.description,
      measure: c.measure,
      targetDate: c.targetDate,
    }),
  },
  remove: RemoveObjectiveMutation,
});

export const useAddObjectiveMutation = objectiveMutations.useAdd;
export const useUpdateObjectiveMutation = objectiveMutations.useUpdate;
export const useRemoveObjectiveMutation = objectiveMutations.useRemove;
