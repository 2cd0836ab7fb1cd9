import type { ClientScope } from '../access/client-scope.js';
import { scopedFirstLoader, scopedGroupLoader } from '../access/scoped-loader.js';
import { FollowUpContact } from '../follow-up/follow-up.entity.js';
import { Discharge } from './discharge.entity.js';

/** Per request: an episode's discharge and follow-up contacts, read (and audited) through the scope. */
export function createDischargeLoaders(scope: () => ClientScope) {
  return {
    dischargeByEpisode: scopedFirstLoader(scope, {
      entity: Discharge,
      recordType: 'Discharge',
      from: 'discharge x JOIN episode e ON e.id = x.episode_id',
      selectClientId: false,
      keyColumn: 'episode_id',
      keyProperty: 'episodeId',
      orderWithinKey: 'x.created_at',
    }),
    followUpsByEpisode: scopedGroupLoader(scope, {
      entity: FollowUpContact,
      recordType: 'FollowUpContact',
      from: 'follow_up_contact x JOIN episode e ON e.id = x.episode_id',
      selectClientId: false,
      keyColumn: 'episode_id',
      keyProperty: 'episodeId',
      orderBy: 'x.due_on, x.id',
    }),
  };
}
