import { graphql } from '../../gql';
import type { GoalHorizon } from '../../gql/graphql';
import { planElementMutations } from './plan-element-mutations';

const AddGoalMutation = graphql(`
  mutation AddPlanGoal($input: AddGoalInput!) {
    addGoal(input: $input) {
      id
      ...GoalCard_goal
    }
  }
`);

const UpdateGoalMutation = graphql(`
  mutation UpdatePlanGoal($input: UpdateGoalInput!) {
    updateGoal(input: $input) {
      __typename
      ... on PlanGoal {
        id
        version
        description
        horizon
        targetDate
        updatedAt
      }
      ... on PlanGoalConflict {
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
          horizon
          targetDate
          lifecycleStatus
          achievementStatus
          updatedAt
        }
      }
    }
  }
`);

const RemoveGoalMutation = graphql(`
  mutation RemovePlanGoal($input: RemovePlanElementInput!) {
    removeGoal(input: $input) {
      __typename
      ... on PlanGoal {
        id
      }
      ... on PlanGoalConflict {
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
          horizon
          targetDate
          lifecycleStatus
          achievementStatus
          updatedAt
        }
      }
    }
  }
`);

const goalMutations = planElementMutations('GOAL', {
  add: {
    document: AddGoalMutation,
    input: (problemId, f) => ({
      problemId,
      description: f.description ?? '',
      horizon: (f.horizon ?? 'LONG_TERM') as GoalHorizon,
      targetDate: f.targetDate,
    }),
    newId: (data) => data.addGoal.id,
  },
  update: {
    document: UpdateGoalMutation,
    input: (id, version, c) => ({
      id,
      version,
      description: c.description,
      horizon: c.horizon as GoalHorizon | undefined,
      targetDate: c.targetDate,
    }),
  },
  remove: RemoveGoalMutation,
});

export const useAddGoalMutation = goalMutations.useAdd;
export const useUpdateGoalMutation = goalMutations.useUpdate;
export const useRemoveGoalMutation = goalMutations.useRemove;
