import { conflictType, saveResult } from '../../graphql/conflict.js';
import { Consent } from './consent.entity.js';

export const ConsentConflict = conflictType('Consent', Consent, async (db, id) => {
  const record = await db.getRepository(Consent).findOneBy({ id });
  return record && { record, clientId: record.clientId };
});

export const ConsentSaveResult = saveResult('ConsentSaveResult', Consent, ConsentConflict.type);
