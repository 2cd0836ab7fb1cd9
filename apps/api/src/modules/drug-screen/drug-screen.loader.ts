import type { ClientScope } from '../access/client-scope.js';
import { scopedGroupLoader } from '../access/scoped-loader.js';
import { DrugScreen } from './drug-screen.entity.js';

/** Per request: an episode's drug screens, newest first, read and audited through the scope. */
export function createDrugScreenLoaders(scope: () => ClientScope) {
  return {
    drugScreensByEpisode: scopedGroupLoader(scope, {
      entity: DrugScreen,
      recordType: 'DrugScreen',
      from: 'drug_screen x JOIN episode e ON e.id = x.episode_id',
      keyColumn: 'episode_id',
      keyProperty: 'episodeId',
      orderBy: 'x.collected_at DESC, x.id',
    }),
  };
}
