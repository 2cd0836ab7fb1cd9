import { conflictType, saveResult } from '../../graphql/conflict.js';
import { Episode } from './episode.entity.js';

export const EpisodeConflict = conflictType('Episode', Episode, async (db, id) => {
  const record = await db.getRepository(Episode).findOneBy({ id });
  return record && { record, clientId: record.clientId };
});

export const EpisodeSaveResult = saveResult('EpisodeSaveResult', Episode, EpisodeConflict.type);
