import type { ApolloCache, ApolloClient } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { EpisodeStatus } from '@waypoint/domain';
import { graphql } from '../../gql';
import type { TransitionEpisodeInput } from '../../gql/graphql';
import { apiError, fieldErrors } from '../../ui/graphql-errors';
import { episodeFieldsOf, theirEpisode, type TheirEpisode } from './episode-conflict';
import {
  apiTransitionErrors,
  refusedMove,
  type Refusal,
  type RefusedMove,
} from './transition-form';

const TransitionEpisodeMutation = graphql(`
  mutation TransitionEpisode($input: TransitionEpisodeInput!) {
    transitionEpisode(input: $input) {
      id
      ...EpisodeWorkspace_episode
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

/**
 * Someone else's saved version of an episode (a CONFLICT's `current`), put on screen at once and
 * the rest (history, care-team names) fetched again if the viewer can still read the chart.
 * Null when the server sent no usable record.
 */
export function takeTheirEpisode(
  client: ApolloClient,
  episodeId: string,
  current: unknown,
  canStillRead: (status: EpisodeStatus) => boolean = () => true,
): TheirEpisode | null {
  const theirs = theirEpisode(current);
  if (!theirs) return null;
  const cache = client.cache;
  const fields = episodeFieldsOf(theirs);
  cache.modify({
    id: cache.identify({ __typename: 'Episode', id: episodeId }),
    fields: Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, () => value])),
  });
  if (canStillRead(theirs.status)) {
    void client
      .query({
        query: EpisodeRefreshQuery,
        variables: { id: episodeId },
        fetchPolicy: 'network-only',
      })
      .catch(() => undefined);
  }
  return theirs;
}

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
  /** The same, for a status someone else moved the episode to. */
  keepsAccessAfter: (status: EpisodeStatus) => boolean;
}

/** Moves an episode along its lifecycle and says what happened in terms a dialog can act on. */
export function useTransitionEpisodeMutation() {
  const [mutate, { loading, client }] = useMutation(TransitionEpisodeMutation);

  const transition = async (
    input: TransitionEpisodeInput,
    { keepsAccess, keepsAccessAfter }: TransitionOptions,
  ): Promise<TransitionResult> => {
    try {
      // A chart the viewer is about to lose is not updated under them: the app leaves it.
      await mutate({
        variables: { input },
        fetchPolicy: keepsAccess ? 'network-only' : 'no-cache',
      });
      forgetClientLists(client.cache);
      return { kind: keepsAccess ? 'moved' : 'moved-away' };
    } catch (error) {
      const e = apiError(error);
      switch (e?.code) {
        case 'INVALID_TRANSITION':
          return { kind: 'refused', refused: refusedMove(e.extensions) };
        case 'BAD_USER_INPUT':
          return { kind: 'invalid', refusal: apiTransitionErrors(fieldErrors(error)) };
        case 'CONFLICT': {
          const id = String(input.episodeId);
          const theirs = takeTheirEpisode(client, id, e.extensions.current, keepsAccessAfter);
          return theirs ? { kind: 'conflict', theirs } : { kind: 'failed', error };
        }
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
