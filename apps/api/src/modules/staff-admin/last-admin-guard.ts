import type { EntityManager } from 'typeorm';
import { LAST_ADMIN_MESSAGE } from '@waypoint/domain';
import { BadUserInputError } from '../../graphql/errors.js';

// Any constant works: every change that can take an administrator away takes this lock first.
const ADMIN_CHANGES_LOCK_KEY = 7_243_117;

/**
 * Serialises the changes that can take an administrator away (deactivating an account, removing
 * an ADMIN role) for the rest of the transaction. Two administrators deactivating each other at
 * once then run one after the other, and the second's count (a new snapshot under READ
 * COMMITTED) sees the first's commit: it is refused instead of leaving no administrator.
 */
export async function lockAdminChanges(tx: EntityManager): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [ADMIN_CHANGES_LOCK_KEY]);
}

/** SQL: the active accounts holding ADMIN in some program. */
export const ACTIVE_ADMINS_SQL = `SELECT s.id FROM staff s
  WHERE s.active AND EXISTS (
    SELECT 1 FROM staff_program_role r WHERE r.staff_id = s.id AND r.role = 'ADMIN')`;

/** After the change (made under `lockAdminChanges`): refuses it if no active ADMIN is left. */
export async function requireAnAdminLeft(tx: EntityManager, field: string): Promise<void> {
  const [left] = await tx.query<unknown[]>(`${ACTIVE_ADMINS_SQL} LIMIT 1`);
  if (!left) throw new BadUserInputError([{ field, message: LAST_ADMIN_MESSAGE }]);
}
