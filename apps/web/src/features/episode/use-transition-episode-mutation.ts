import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { TransitionEpisodeInput } from '../../gql/graphql';
import { apiError, fieldErrors } from '../../ui/graphql-errors';
import { conflictedEpisode, type TheirEpisode } from './episode-conflict';
import {
  apiTransitionErrors,
  refusedMove,
  type Refusal,
  type RefusedMove,
} from './transition-form';

const TransitionEpisodeMutation = graphql(`
  mutation TransitionEpisode($input: TransitionEpisodeInput!) {
    transitionEpisode(input: $input) {
      __typename
      ... on Episode {
        id
        ...EpisodeWorkspace_episode
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

/** The whole episode again, after someone else changed it: history, care team and all. */
export const EpisodeRefreshQuery = graphql(`
  query EpisodeRefresh($id: ID!) {
    episode(id: $id) {
      id
      ...EpisodeWorkspace_episode
    }
  }
`);

export type TransitionResult =
  | { kind: 'moved' }
  /** Moved, and the viewer can no longer open this chart (intake at admission). */
  | { kind: 'moved-away' }
  /** INVALID_TRANSITION: the lifecycle does not allow it as sent; says what is missing. */
  | { kind: 'refused'; refused: RefusedMove }
  /** BAD_USER_INPUT, e.g. a primary clinician who is not a clinician of the program. */
  | { kind: 'invalid'; refusal: Refusal }
  /** Someone changed the episode first; their version is already on screen. */
  | { kind: 'conflict'; theirs: TheirEpisode }
  | { kind: 'forbidden' }
  | { kind: 'signed-out' }
  | { kind: 'failed'; error: unknown };

/** The refusals every episode save can meet, in terms a form can act on. */
export function episodeSaveRefusal(
  code: string | undefined,
  error: unknown,
):
  | { kind: 'refused' }
  | { kind: 'forbidden' }
  | { kind: 'signed-out' }
  | { kind: 'failed'; error: unknown } {
  switch (code) {
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

/** Clients lists are filtered by phase: after a move they are fetched afresh when next shown. */
function forgetClientLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'clients' });
  cache.gc();
}

interface TransitionOptions {
  /** Whether the viewer can still open the chart after this move (see access-after-move). */
  keepsAccess: boolean;
}

/** Moves an episode along its lifecycle and says what happened in terms a dialog can act on. */
export function useTransitionEpisodeMutation() {
  const [mutate, { loading, client }] = useMutation(TransitionEpisodeMutation);
  const refreshEpisode = (id: string) =>
    void client
      .query({ query: EpisodeRefreshQuery, variables: { id }, fetchPolicy: 'network-only' })
      .catch(() => undefined);

  const transition = async (
    input: TransitionEpisodeInput,
    { keepsAccess }: TransitionOptions,
  ): Promise<TransitionResult> => {
    try {
      // A chart the viewer is about to lose is not updated under them: the app leaves it.
      const { data } = await mutate({
        variables: { input },
        fetchPolicy: keepsAccess ? 'network-only' : 'no-cache',
      });
      const theirs = conflictedEpisode(data?.transitionEpisode);
      if (theirs === null) return { kind: 'failed', error: null };
      if (theirs) {
        // Nothing moved. Their version came into the cache with the answer, unless this move
        // was sent without the cache: then the episode is asked for again.
        if (!keepsAccess) refreshEpisode(String(input.episodeId));
        return { kind: 'conflict', theirs };
      }
      forgetClientLists(client.cache);
      return { kind: keepsAccess ? 'moved' : 'moved-away' };
    } catch (error) {
      const e = apiError(error);
      switch (e?.code) {
        case 'INVALID_TRANSITION':
          return { kind: 'refused', refused: refusedMove(e.extensions) };
        case 'BAD_USER_INPUT':
          return { kind: 'invalid', refusal: apiTransitionErrors(fieldErrors(error)) };
        case 'FORBIDDEN':
          return { kind: 'forbidden' };
        case 'UNAUTHENTICATED':
          return { kind: 'signed-out' };
        default:
          return { kind: 'failed', error };
      }
    }
  };

  return { transition, moving: loading };
}
