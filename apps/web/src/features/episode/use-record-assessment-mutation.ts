import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { RecordAssessmentInput } from '../../gql/graphql';
import { apiError, fieldErrors } from '../../ui/graphql-errors';
import { apiAnswerErrors } from './assessment-forms';
import { episodeSaveRefusal } from './use-transition-episode-mutation';

const RecordAssessmentMutation = graphql(`
  mutation RecordAssessment($input: RecordAssessmentInput!) {
    recordAssessment(input: $input) {
      id
      ...IntakeAssessment_assessment
    }
  }
`);

/** Who may decide admission and what it still needs, as the API judges it. */
export const EpisodeAdmissionFragment = graphql(`
  fragment EpisodeAdmission_episode on Episode {
    id
    admission {
      mayDecideAdmission
      mayRecordAsam
      mayOverrideAgeRule
      recommendedLevelOfCare
      problems {
        requirement
        field
        message
      }
    }
  }
`);

/** What admission still needs changes with each assessment: read again after one is recorded. */
const EpisodeAdmissionQuery = graphql(`
  query EpisodeAdmission($id: ID!) {
    episode(id: $id) {
      id
      ...EpisodeAdmission_episode
    }
  }
`);

export type RecordAssessmentResult =
  | { kind: 'saved' }
  /** Answers the API refused, keyed by the form's fields (`d2`, `strengths`). */
  | { kind: 'invalid'; fields: Record<string, string> }
  /** The episode has ended; nothing more is recorded in it. */
  | { kind: 'refused' }
  | { kind: 'forbidden' }
  | { kind: 'signed-out' }
  | { kind: 'failed'; error: unknown };

/**
 * Records one administration of an intake instrument. It is new, so it goes first in the
 * episode's list of assessments (newest first, as the API lists them).
 */
export function useRecordAssessmentMutation() {
  const [mutate, { loading }] = useMutation(RecordAssessmentMutation);

  const record = async (input: RecordAssessmentInput): Promise<RecordAssessmentResult> => {
    try {
      await mutate({
        variables: { input },
        refetchQueries: [{ query: EpisodeAdmissionQuery, variables: { id: input.episodeId } }],
        awaitRefetchQueries: true,
        update(cache, { data }) {
          if (!data) return;
          const added = cache.identify(data.recordAssessment);
          cache.modify<{ assessments: Reference[] }>({
            id: cache.identify({ __typename: 'Episode', id: input.episodeId }),
            fields: {
              assessments: (existing, { toReference }) => {
                const ref = toReference(data.recordAssessment, true);
                if (!ref) return existing;
                return [ref, ...existing.filter((r) => r.__ref !== added)];
              },
            },
          });
        },
      });
      return { kind: 'saved' };
    } catch (error) {
      const code = apiError(error)?.code;
      switch (code) {
        case 'BAD_USER_INPUT':
          return { kind: 'invalid', fields: apiAnswerErrors(fieldErrors(error)) };
        default:
          return episodeSaveRefusal(code, error);
      }
    }
  };

  return { record, saving: loading };
}
