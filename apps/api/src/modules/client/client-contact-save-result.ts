import { conflictType, saveResult } from '../../graphql/conflict.js';
import { ClientContact } from './client-contact.entity.js';

export const ClientContactConflict = conflictType(
  'ClientContact',
  ClientContact,
  async (db, id) => {
    const record = await db.getRepository(ClientContact).findOneBy({ id });
    return record && { record, clientId: record.clientId };
  },
);

export const ClientContactSaveResult = saveResult(
  'ClientContactSaveResult',
  ClientContact,
  ClientContactConflict.type,
);
