import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { AssignCareTeamInput } from '../../gql/graphql';
import { apiError, fieldErrors } from '../../ui/graphql-errors';
import { conflictedEpisode, type TheirEpisode } from './episode-conflict';
import { episodeSaveRefusal } from './use-transition-episode-mutation';

const AssignCareTeamMutation = graphql(`
  mutation AssignCareTeam($input: AssignCareTeamInput!) {
    assignCareTeam(input: $input) {
      __typename
      ... on Episode {
        id
        version
        ...CareTeamCard_episode
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

export type AssignCareTeamResult =
  | { kind: 'saved' }
  /** e.g. someone who is not a clinician (or case manager) of the program. */
  | { kind: 'invalid'; fields: Record<string, string> }
  /** Someone changed the episode first; their version is already on screen. */
  | { kind: 'conflict'; theirs: TheirEpisode }
  /** The episode has ended; its care team no longer changes. */
  | { kind: 'refused' }
  | { kind: 'forbidden' }
  | { kind: 'signed-out' }
  | { kind: 'failed'; error: unknown };

/** Assigns or changes an episode's primary clinician and case manager. */
export function useAssignCareTeamMutation() {
  const [mutate, { loading, client }] = useMutation(AssignCareTeamMutation);

  const assign = async (input: AssignCareTeamInput): Promise<AssignCareTeamResult> => {
    try {
      const { data } = await mutate({ variables: { input } });
      const theirs = conflictedEpisode(data?.assignCareTeam);
      if (theirs !== undefined) {
        return theirs ? { kind: 'conflict', theirs } : { kind: 'failed', error: null };
      }
      // Caseload lists are filtered by primary clinician: fetched afresh when next shown.
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'clients' });
      client.cache.gc();
      return { kind: 'saved' };
    } catch (error) {
      const e = apiError(error);
      if (e?.code === 'BAD_USER_INPUT') return { kind: 'invalid', fields: fieldErrors(error) };
      return episodeSaveRefusal(e?.code, error);
    }
  };

  return { assign, saving: loading };
}
