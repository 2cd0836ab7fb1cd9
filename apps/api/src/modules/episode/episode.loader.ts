import { Assessment } from '../assessment/assessment.entity.js';
import type { ClientScope } from '../access/client-scope.js';
import { scopedByIdLoader, scopedFirstLoader, scopedGroupLoader } from '../access/scoped-loader.js';
import { EpisodeTransition, LevelOfCareChange } from './episode-transition.entity.js';
import { Episode } from './episode.entity.js';

/** An episode row is its own episode: alias `e` for the scope, `x` for the record. */
const episodeSpec = {
  entity: Episode,
  recordType: 'Episode',
  from: 'episode x',
  episodeAlias: 'x',
  selectClientId: false,
} as const;

/**
 * Per-request loaders of episodes and their records, read through the caller's scope: each row
 * is checked against its own episode and recorded as read by the loader itself.
 */
export function createEpisodeLoaders(scope: () => ClientScope) {
  return {
    /** By id; FORBIDDEN for an episode the viewer has no relationship to now. */
    episode: scopedByIdLoader(scope, episodeSpec),
    /** The client's episodes the viewer may read, newest first (others are left out). */
    episodesByClient: scopedGroupLoader(scope, {
      ...episodeSpec,
      keyColumn: 'client_id',
      keyProperty: 'clientId',
      orderBy: 'x.opened_at DESC, x.id DESC',
    }),
    /** The newest of the client's episodes that the viewer may read. */
    currentEpisodeByClient: scopedFirstLoader(scope, {
      ...episodeSpec,
      keyColumn: 'client_id',
      keyProperty: 'clientId',
      orderWithinKey: 'x.opened_at DESC, x.id DESC',
    }),
    transitionsByEpisode: scopedGroupLoader(scope, {
      entity: EpisodeTransition,
      recordType: 'EpisodeTransition',
      from: 'episode_transition x JOIN episode e ON e.id = x.episode_id',
      keyColumn: 'episode_id',
      keyProperty: 'episodeId',
      orderBy: 'x.occurred_at DESC, x.id',
    }),
    assessmentsByEpisode: scopedGroupLoader(scope, {
      entity: Assessment,
      recordType: 'Assessment',
      from: 'assessment x JOIN episode e ON e.id = x.episode_id',
      keyColumn: 'episode_id',
      keyProperty: 'episodeId',
      orderBy: 'x.administered_at DESC, x.id',
      // The intake instruments; the scored measures have their own loader (measuresByEpisode).
      where: `x.instrument IN ('INTAKE_BPS', 'ASAM')`,
    }),
    levelOfCareByEpisode: scopedGroupLoader(scope, {
      entity: LevelOfCareChange,
      recordType: 'LevelOfCareChange',
      from: 'level_of_care_change x JOIN episode e ON e.id = x.episode_id',
      keyColumn: 'episode_id',
      keyProperty: 'episodeId',
      orderBy: 'x.changed_at DESC, x.id DESC',
    }),
  };
}
