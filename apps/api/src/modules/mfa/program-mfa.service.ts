import { DomainError, NotFoundError } from '../../graphql/errors.js';
import type { Viewer } from '../auth/viewer.js';
import { Program } from '../program/program.entity.js';
import type { MfaDeps } from './mfa.service.js';

/**
 * Sets whether a program requires MFA. An ADMIN may, and the program's DIRECTOR. The value is
 * set outright rather than toggled, so two people setting it cannot undo each other unseen; the
 * version still moves, so an editor holding the program's other settings sees the change.
 */
export async function setProgramMfaRequired(
  { db, audit }: MfaDeps,
  viewer: Viewer,
  input: { programId: string; mfaRequired: boolean },
): Promise<Program> {
  const allowed = viewer.programRoles.some(
    (r) => r.role === 'ADMIN' || (r.role === 'DIRECTOR' && r.programId === input.programId),
  );
  if (!allowed) {
    await audit.write({
      action: 'UPDATE',
      recordType: 'Program',
      recordId: input.programId,
      clientId: null,
      outcome: 'DENIED',
      note: 'MFA requirement',
    });
    throw new DomainError('FORBIDDEN', 'Only an administrator or the program’s director can');
  }
  return db.transaction(async (m) => {
    const [, changed] = await m.query<[unknown[], number]>(
      `UPDATE program SET mfa_required = $2, version = version + 1, updated_at = now()
       WHERE id = $1 AND mfa_required <> $2`,
      [input.programId, input.mfaRequired],
    );
    const program = await m.getRepository(Program).findOneBy({ id: input.programId });
    if (!program) throw new NotFoundError('Program');
    if (changed) {
      await audit.write(
        {
          action: 'UPDATE',
          recordType: 'Program',
          recordId: program.id,
          clientId: null,
          outcome: 'SUCCESS',
          note: `MFA ${input.mfaRequired ? 'required' : 'no longer required'}`,
        },
        m,
      );
    }
    return program;
  });
}
