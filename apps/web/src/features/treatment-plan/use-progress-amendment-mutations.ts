import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../gql';
import { attempt, type PlanResult } from './plan-errors';
import { TreatmentPlanViewQuery } from './plan-queries';

const CorrectGoalProgressMutation = graphql(`
  mutation CorrectGoalProgress($input: CorrectGoalProgressInput!) {
    correctGoalProgress(input: $input) {
      id
      status
    }
  }
`);

const VoidGoalProgressMutation = graphql(`
  mutation VoidGoalProgress($input: VoidGoalProgressInput!) {
    voidGoalProgress(input: $input) {
      id
      status
    }
  }
`);

export interface CorrectionInput {
  progressId: string;
  recordedOn: string;
  rating: number | null;
  measureValue: number | null;
  note: string | null;
  reason: string;
}

/**
 * Corrects or voids a progress entry. Both change how other entries read (the original becomes
 * CORRECTED or VOIDED, the trend moves), so the plan is read again once the API has answered.
 */
export function useProgressAmendmentMutations() {
  const options = { refetchQueries: [TreatmentPlanViewQuery], awaitRefetchQueries: true };
  const [correct] = useMutation(CorrectGoalProgressMutation, options);
  const [voidEntry] = useMutation(VoidGoalProgressMutation, options);
  return {
    correct: useCallback(
      (input: CorrectionInput): Promise<PlanResult<unknown>> =>
        attempt(() => correct({ variables: { input } })),
      [correct],
    ),
    void: useCallback(
      (progressId: string, reason: string): Promise<PlanResult<unknown>> =>
        attempt(() => voidEntry({ variables: { input: { progressId, reason } } })),
      [voidEntry],
    ),
  };
}
