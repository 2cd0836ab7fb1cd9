import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { apiError, fieldErrors } from '../../ui/graphql-errors';
import { screeningInput, type ScreeningFormValues } from './screening-form';

export const ScreeningViewFragment = graphql(`
  fragment ScreeningView_screening on IntakeScreening {
    id
    version
    updatedAt
    structured
    reasonsForCall
    reasonNote
    substances {
      substance
      otherSubstance
      route
      frequency
      lastUseOn
      ageAtFirstUse
    }
    safety {
      suicidalIdeation
      suicidePlanOrIntent
      recentSuicideAttempt
      homicidalIdeation
      withdrawalRisk
      currentlyIntoxicated
      pregnant
      medicalEmergency
    }
    urgency
    escalated
    notes
    recordedBy {
      id
      displayName
    }
    escalations {
      id
      urgency
      positiveAnswers
      steps
      advised
      recordedAt
      recordedBy {
        id
        displayName
      }
    }
  }
`);

const SaveScreeningMutation = graphql(`
  mutation SaveIntakeScreening($input: SaveIntakeScreeningInput!) {
    saveIntakeScreening(input: $input) {
      __typename
      ... on IntakeScreening {
        ...ScreeningView_screening
      }
      ... on IntakeScreeningConflict {
        message
        savedBy {
          id
          displayName
        }
        current {
          ...ScreeningView_screening
        }
      }
    }
  }
`);

export type ScreeningSaveResult =
  | { kind: 'saved' }
  | { kind: 'invalid'; fields: Record<string, string> }
  | { kind: 'conflict'; savedBy: string | null }
  | { kind: 'failed'; message: string };

/** Saves the episode's screening; the chart refetches so the episode shows it everywhere. */
export function useSaveScreeningMutation(episodeId: string) {
  const [save, { loading }] = useMutation(SaveScreeningMutation, {
    refetchQueries: ['ClientChart'],
    awaitRefetchQueries: true,
  });
  return {
    saving: loading,
    save: async (
      version: number | null,
      values: ScreeningFormValues,
    ): Promise<ScreeningSaveResult> => {
      try {
        const { data } = await save({
          variables: { input: { episodeId, version, ...screeningInput(values) } },
        });
        const result = data?.saveIntakeScreening;
        if (result?.__typename === 'IntakeScreeningConflict') {
          return { kind: 'conflict', savedBy: result.savedBy?.displayName ?? null };
        }
        return { kind: 'saved' };
      } catch (error) {
        const e = apiError(error);
        if (e?.code === 'BAD_USER_INPUT') return { kind: 'invalid', fields: fieldErrors(error) };
        if (e?.code === 'FORBIDDEN') {
          return { kind: 'failed', message: 'You may not change this screening.' };
        }
        if (e?.code === 'INVALID_TRANSITION') return { kind: 'failed', message: e.message };
        return { kind: 'failed', message: 'The screening could not be saved. Try again.' };
      }
    },
  };
}
