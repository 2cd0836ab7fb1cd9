import type { EntityManager } from 'typeorm';
import { passwordProblems, type PasswordOwner } from '@waypoint/domain';
import { BadUserInputError } from '../../graphql/errors.js';
import { hashPassword } from './password.js';
import { revokeSessionsOf } from './session.service.js';

/** Refuses a new password that breaks the policy, every problem named on `newPassword`. */
export function requireAcceptablePassword(owner: PasswordOwner, password: string): void {
  const problems = passwordProblems(password, owner);
  if (problems.length) {
    throw new BadUserInputError(
      problems.map((p) => ({ field: 'newPassword', message: p.message })),
    );
  }
}

/**
 * Stores a new (already accepted) password and ends the person's sessions but `keepSessionId`:
 * whoever knew the old password, or held a session, is out. Answers how many sessions ended.
 */
export async function storeNewPassword(
  tx: EntityManager,
  staffId: string,
  passwordHash: string,
  keepSessionId: string | null,
): Promise<number> {
  await tx.query('UPDATE staff SET password_hash = $1 WHERE id = $2', [passwordHash, staffId]);
  return revokeSessionsOf(tx, staffId, keepSessionId);
}

export { hashPassword };
