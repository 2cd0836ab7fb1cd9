import type { EpisodeStatus } from '@waypoint/domain';
import { getFragmentData, graphql, type FragmentType } from '../../gql';

/**
 * What a save's conflict shows of the episode someone else saved first. Every episode save
 * selects it (with the screen's own fragment) on its `EpisodeConflict.current`, which the API
 * reads and audits like any read of the episode.
 */
export const TheirEpisodeFragment = graphql(`
  fragment TheirEpisode_episode on Episode {
    id
    version
    status
    updatedAt
    primaryClinician {
      id
    }
    caseManager {
      id
    }
  }
`);

/** The episode as someone else saved it first. */
export interface TheirEpisode {
  version: number;
  status: EpisodeStatus;
  primaryClinicianId: string | null;
  caseManagerId: string | null;
  updatedAt: string;
  /** Who saved it (null when the API could not say). */
  savedBy: string | null;
}

export function theirEpisode(
  current: FragmentType<typeof TheirEpisodeFragment>,
  savedBy: string | null = null,
): TheirEpisode {
  const e = getFragmentData(TheirEpisodeFragment, current);
  return {
    savedBy,
    version: e.version,
    status: e.status,
    primaryClinicianId: e.primaryClinician?.id ?? null,
    caseManagerId: e.caseManager?.id ?? null,
    updatedAt: e.updatedAt,
  };
}

/** A save's answer under the API's `EpisodeSaveResult`: the episode, or the conflict. */
type EpisodeAnswer =
  | { __typename: 'Episode' }
  | {
      __typename: 'EpisodeConflict';
      message: string;
      savedBy?: { displayName: string } | null;
      current?: FragmentType<typeof TheirEpisodeFragment> | null;
    };

/**
 * The episode someone else saved first, when the save answered a conflict; undefined when it
 * saved. A conflict without a current episode (removed since) is an error: null.
 */
export function conflictedEpisode(
  answer: EpisodeAnswer | null | undefined,
): TheirEpisode | null | undefined {
  if (answer?.__typename !== 'EpisodeConflict') return undefined;
  return answer.current ? theirEpisode(answer.current, answer.savedBy?.displayName ?? null) : null;
}
