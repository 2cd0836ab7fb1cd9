import { conflictType, saveResult } from '../../graphql/conflict.js';
import { EpisodeConflict } from '../episode/episode-save-result.js';
import { FollowUpContact } from '../follow-up/follow-up.entity.js';
import { Discharge } from './discharge.entity.js';

export const DischargeConflict = conflictType('Discharge', Discharge, async (db, id) => {
  const record = await db.getRepository(Discharge).findOneBy({ id });
  return record && { record, clientId: record.clientId };
});

export const FollowUpContactConflict = conflictType(
  'FollowUpContact',
  FollowUpContact,
  async (db, id) => {
    const record = await db.getRepository(FollowUpContact).findOneBy({ id });
    return record && { record, clientId: record.clientId };
  },
);

/** A discharge moves the episode: a stale episode version answers the episode's conflict. */
export const DischargeEpisodeResult = saveResult(
  'DischargeEpisodeResult',
  Discharge,
  EpisodeConflict.type,
);
export const DischargeSaveResult = saveResult(
  'DischargeSaveResult',
  Discharge,
  DischargeConflict.type,
);
export const FollowUpSaveResult = saveResult(
  'FollowUpSaveResult',
  FollowUpContact,
  FollowUpContactConflict.type,
);
