import DataLoader from 'dataloader';
import type { ClientScope } from '../access/client-scope.js';
import { scopedGroupLoader } from '../access/scoped-loader.js';
import { ProgressNote } from './progress-note.entity.js';
import { amendmentsOf } from './progress-note.service.js';

/** Per request: an episode's notes (read and audited through the scope) and notes' amendments. */
export function createProgressNoteLoaders(scope: () => ClientScope) {
  return {
    progressNotesByEpisode: scopedGroupLoader(scope, {
      entity: ProgressNote,
      recordType: 'ProgressNote',
      from: 'progress_note x JOIN episode e ON e.id = x.episode_id JOIN clinical_session cs ON cs.id = x.session_id',
      keyColumn: 'episode_id',
      keyProperty: 'episodeId',
      orderBy: 'cs.starts_at DESC, x.id',
    }),
    noteAmendments: new DataLoader((noteIds: readonly string[]) => amendmentsOf(scope(), noteIds)),
  };
}
