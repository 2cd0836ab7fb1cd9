import { isAdministrator } from '@waypoint/domain';
import { DomainError, NotFoundError } from '../../graphql/errors.js';
import type { ClientScope } from '../access/client-scope.js';

const tables = { STAFF: ['staff', 'Staff'], PROGRAM: ['program', 'Program'] } as const;

/**
 * The target check of a staff-administration operation (`@Authorized('ADMINISTER')` with
 * `@AuthorizesTarget('STAFF' | 'PROGRAM', …)`): the caller is an administrator (checked again
 * here, so a misdeclared operation still refuses, audited) and the account or program exists.
 * An administrator's reach is install-wide, so no relationship to the record is needed.
 */
export async function requireAdministeredRecord(
  scope: ClientScope,
  kind: string,
  id: string,
): Promise<void> {
  if (kind !== 'STAFF' && kind !== 'PROGRAM') {
    throw new Error(`ADMINISTER is checked on an account or a program, not on ${kind}`);
  }
  const [table, recordType] = tables[kind];
  if (!isAdministrator(scope.viewer.programRoles)) {
    await scope.audit.write({
      action: 'UPDATE',
      recordType,
      recordId: id,
      clientId: null,
      outcome: 'DENIED',
    });
    throw new DomainError('FORBIDDEN', 'Only an administrator manages staff accounts');
  }
  const [found] = await scope.db.query<unknown[]>(`SELECT 1 FROM ${table} WHERE id = $1`, [id]);
  if (!found) throw new NotFoundError(recordType);
}
