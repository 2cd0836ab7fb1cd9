import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { UpdateOrientationInput } from '../../gql/graphql';
import { apiError } from '../../ui/graphql-errors';
import type { TheirEpisode } from './episode-conflict';
import { episodeSaveRefusal, takeTheirEpisode } from './use-transition-episode-mutation';

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
          const theirs = takeTheirEpisode(client, String(input.episodeId), e.extensions.current);
          return theirs ? { kind: 'conflict', theirs } : { kind: 'failed', error };
        }
        default:
          return episodeSaveRefusal(e?.code, error);
      }
    }
  };

  return { update, saving: loading };
}
