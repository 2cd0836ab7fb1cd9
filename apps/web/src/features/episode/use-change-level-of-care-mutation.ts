import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ChangeLevelOfCareInput } from '../../gql/graphql';
import { apiError, fieldErrors } from '../../ui/graphql-errors';
import { episodeSaveRefusal } from './use-transition-episode-mutation';

const ChangeLevelOfCareMutation = graphql(`
  mutation ChangeLevelOfCare($input: ChangeLevelOfCareInput!) {
    changeLevelOfCare(input: $input) {
      __typename
      ... on Episode {
        id
        ...LevelOfCareCard_episode
      }
      ... on EpisodeConflict {
        message
      }
    }
  }
`);

export type ChangeLevelOfCareResult =
  | { kind: 'saved' }
  | { kind: 'invalid'; fields: Record<string, string> }
  /** Someone changed the episode first: read it again before deciding. */
  | { kind: 'conflict' }
  | { kind: 'refused' }
  | { kind: 'forbidden' }
  | { kind: 'signed-out' }
  | { kind: 'failed'; error: unknown };

/** Records a level of care; the episode (current level, history) comes back into the cache. */
export function useChangeLevelOfCareMutation() {
  const [mutate, { loading }] = useMutation(ChangeLevelOfCareMutation);
  const change = async (input: ChangeLevelOfCareInput): Promise<ChangeLevelOfCareResult> => {
    try {
      const { data } = await mutate({ variables: { input } });
      // A stale version is answered as data (the episode as it stands), not as an error.
      if (data?.changeLevelOfCare.__typename === 'EpisodeConflict') return { kind: 'conflict' };
      return { kind: 'saved' };
    } catch (error) {
      const code = apiError(error)?.code;
      if (code === 'BAD_USER_INPUT') return { kind: 'invalid', fields: fieldErrors(error) };
      return episodeSaveRefusal(code, error);
    }
  };
  return { change, saving: loading };
}
