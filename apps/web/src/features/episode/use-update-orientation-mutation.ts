import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { UpdateOrientationInput } from '../../gql/graphql';
import { apiError } from '../../ui/graphql-errors';
import { theirEpisode, type TheirEpisode } from './episode-conflict';
import { EpisodeRefreshQuery, showTheirEpisode } from './use-transition-episode-mutation';

const UpdateOrientationMutation = graphql(`
  mutation UpdateOrientation($input: UpdateOrientationInput!) {
    updateOrientation(input: $input) {
      id
      version
      ...OrientationChecklist_episode
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
  const [mutate, { loading, client }] = useMutation(UpdateOrientationMutation);

  const update = async (input: UpdateOrientationInput): Promise<UpdateOrientationResult> => {
    try {
      await mutate({ variables: { input } });
      return { kind: 'saved' };
    } catch (error) {
      const e = apiError(error);
      switch (e?.code) {
        case 'CONFLICT': {
          const theirs = theirEpisode(e.extensions.current);
          if (!theirs) return { kind: 'failed', error };
          showTheirEpisode(client.cache, String(input.episodeId), theirs, () =>
            client.query({
              query: EpisodeRefreshQuery,
              variables: { id: input.episodeId },
              fetchPolicy: 'network-only',
            }),
          );
          return { kind: 'conflict', theirs };
        }
        case 'INVALID_TRANSITION':
          return { kind: 'refused' };
        case 'FORBIDDEN':
          return { kind: 'forbidden' };
        case 'UNAUTHENTICATED':
          return { kind: 'signed-out' };
        default:
          return { kind: 'failed', error };
      }
    }
  };

  return { update, saving: loading };
}
