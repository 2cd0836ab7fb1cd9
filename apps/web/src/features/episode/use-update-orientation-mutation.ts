import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { UpdateOrientationInput } from '../../gql/graphql';
import { apiError } from '../../ui/graphql-errors';
import { conflictedEpisode, type TheirEpisode } from './episode-conflict';
import { episodeSaveRefusal } from './use-transition-episode-mutation';

const UpdateOrientationMutation = graphql(`
  mutation UpdateOrientation($input: UpdateOrientationInput!) {
    updateOrientation(input: $input) {
      __typename
      ... on Episode {
        id
        version
        ...OrientationChecklist_episode
      }
      ... on EpisodeConflict {
        message
        savedBy {
          id
          displayName
        }
        current {
          id
          ...TheirEpisode_episode
          ...EpisodeWorkspace_episode
        }
      }
    }
  }
`);

export type UpdateOrientationResult =
  | { kind: 'saved' }
  /** Someone changed the episode first; their checklist is already on screen. */
  | { kind: 'conflict'; theirs: TheirEpisode }
  /** The episode is no longer in orientation. */
  | { kind: 'refused' }
  | { kind: 'forbidden' }
  | { kind: 'signed-out' }
  | { kind: 'failed'; error: unknown };

/** Saves the orientation checklist (the whole list of done items, against the version read). */
export function useUpdateOrientationMutation() {
  const [mutate, { loading }] = useMutation(UpdateOrientationMutation);

  const update = async (input: UpdateOrientationInput): Promise<UpdateOrientationResult> => {
    try {
      const { data } = await mutate({ variables: { input } });
      const theirs = conflictedEpisode(data?.updateOrientation);
      if (theirs === undefined) return { kind: 'saved' };
      return theirs ? { kind: 'conflict', theirs } : { kind: 'failed', error: null };
    } catch (error) {
      return episodeSaveRefusal(apiError(error)?.code, error);
    }
  };

  return { update, saving: loading };
}
