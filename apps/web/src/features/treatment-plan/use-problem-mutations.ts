import { graphql } from '../../gql';
import type { ProblemDomain } from '../../gql/graphql';
import { planElementMutations } from './plan-element-mutations';

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
      __typename
      ... on PlanProblem {
        id
        version
        domain
        clientWords
        strengths
        updatedAt
      }
      ... on PlanProblemConflict {
        message
        savedBy {
          id
          displayName
        }
        current {
          id
          version
          position
          domain
          clientWords
          strengths
          updatedAt
        }
      }
    }
  }
`);

const RemoveProblemMutation = graphql(`
  mutation RemovePlanProblem($input: RemovePlanElementInput!) {
    removeProblem(input: $input) {
      __typename
      ... on PlanProblem {
        id
      }
      ... on PlanProblemConflict {
        message
        savedBy {
          id
          displayName
        }
        current {
          id
          version
          position
          domain
          clientWords
          strengths
          updatedAt
        }
      }
    }
  }
`);

const problemMutations = planElementMutations('PROBLEM', {
  add: {
    document: AddProblemMutation,
    input: (planId, f) => ({
      planId,
      domain: f.domain as ProblemDomain,
      clientWords: f.clientWords ?? '',
      strengths: f.strengths,
    }),
    newId: (data) => data.addProblem.id,
  },
  update: {
    document: UpdateProblemMutation,
    input: (id, version, c) => ({
      id,
      version,
      domain: c.domain as ProblemDomain | undefined,
      clientWords: c.clientWords,
      strengths: c.strengths,
    }),
  },
  remove: RemoveProblemMutation,
});

export const useAddProblemMutation = problemMutations.useAdd;
export const useUpdateProblemMutation = problemMutations.useUpdate;
export const useRemoveProblemMutation = problemMutations.useRemove;
