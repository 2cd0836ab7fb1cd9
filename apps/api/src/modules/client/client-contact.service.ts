import { clientContactSchema } from '@waypoint/domain';
import type { EntityManager } from 'typeorm';
import { guardedUpdate } from '../../db/guarded-update.js';
import { selectColumns } from '../../db/select-columns.js';
import { ConflictError } from '../../graphql/conflict.js';
import { NotFoundError } from '../../graphql/errors.js';
import type { ClientScope } from '../access/client-scope.js';
import type { AuditEntry } from '../audit/audit-trail.js';
import { parseWith } from '../treatment-plan/plan-input.js';
import { ClientContact } from './client-contact.entity.js';
import type {
  AddClientContactInput,
  ClientContactRef,
  UpdateClientContactInput,
} from './dto/client-contact.input.js';

/** The client's emergency and crisis contacts, for a caller already reading the chart. */
export async function listClientContacts(
  scope: ClientScope,
  clientId: string,
): Promise<ClientContact[]> {
  const contacts = await scope.db.query<ClientContact[]>(
    `SELECT ${selectColumns(scope.db, ClientContact, 'x')} FROM client_contact x
     WHERE x.client_id = $1 ORDER BY x.kind, x.created_at, x.id`,
    [clientId],
  );
  for (const c of contacts) scope.audit.read('ClientContact', c.id, clientId);
  return contacts;
}

const values = (input: AddClientContactInput) =>
  parseWith(clientContactSchema, {
    name: input.name,
    relationship: input.relationship,
    phone: input.phone,
    kind: input.kind,
    mayContact: input.mayContact,
  });

/** Records of the chart they were written to; the contact is looked for in that client only. */
async function contactOfClient(tx: EntityManager, ref: ClientContactRef): Promise<ClientContact> {
  const found = await tx.getRepository(ClientContact).findOneBy({
    id: ref.id,
    clientId: ref.clientId,
  });
  if (!found) throw new NotFoundError('ClientContact');
  return found;
}

function audited(
  scope: ClientScope,
  tx: EntityManager,
  action: AuditEntry['action'],
  contact: { id: string; clientId: string },
) {
  return scope.audit.write(
    {
      action,
      recordType: 'ClientContact',
      recordId: contact.id,
      clientId: contact.clientId,
      outcome: 'SUCCESS',
    },
    tx,
  );
}

export async function addClientContact(
  scope: ClientScope,
  input: AddClientContactInput,
): Promise<ClientContact> {
  await scope.require('EDIT_CHART', input.clientId);
  const contact = values(input);
  return scope.db.transaction(async (tx) => {
    const saved = await tx
      .getRepository(ClientContact)
      .save({ clientId: input.clientId, ...contact });
    await audited(scope, tx, 'CREATE', saved);
    return saved;
  });
}

/** Changes a contact if the caller read its current version (guarded in SQL). */
export async function updateClientContact(
  scope: ClientScope,
  input: UpdateClientContactInput,
): Promise<ClientContact> {
  await scope.require('EDIT_CHART', input.clientId);
  const contact = values(input);
  return scope.db.transaction(async (tx) => {
    await contactOfClient(tx, input);
    const updated = await guardedUpdate(tx, ClientContact, 'ClientContact', input, contact);
    await audited(scope, tx, 'UPDATE', updated);
    return updated;
  });
}

/** Removes a contact the caller read at its current version; answers the removed contact. */
export async function removeClientContact(
  scope: ClientScope,
  ref: ClientContactRef,
): Promise<ClientContact> {
  await scope.require('EDIT_CHART', ref.clientId);
  return scope.db.transaction(async (tx) => {
    const current = await contactOfClient(tx, ref);
    const [[removed]] = await tx.query<[ClientContact[], number]>(
      `DELETE FROM client_contact x WHERE x.id = $1 AND x.version = $2
       RETURNING ${selectColumns(scope.db, ClientContact, 'x')}`,
      [ref.id, ref.version],
    );
    if (!removed) throw new ConflictError('ClientContact', current);
    await audited(scope, tx, 'DELETE', removed);
    return removed;
  });
}
