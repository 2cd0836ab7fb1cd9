import { conflictType, saveResult } from '../../graphql/conflict.js';
import { Client } from './client.entity.js';

export const ClientConflict = conflictType('Client', Client, async (db, id) => {
  const record = await db.getRepository(Client).findOneBy({ id });
  return record && { record, clientId: record.id };
});

export const ClientSaveResult = saveResult('ClientSaveResult', Client, ClientConflict.type);
