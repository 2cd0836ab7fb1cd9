import {
  isInstallationAdmin,
  mayOnProgram,
  mayOnSomeProgram,
  type ProgramAction,
} from '@waypoint/domain';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { Viewer } from '../auth/viewer.js';
import { DomainError } from '../../graphql/errors.js';

/**
 * The check of an operation on programs themselves (the domain's program-administration grants),
 * made before its input is validated; a refusal is audited. `programId` null: the operation acts
 * on the installation as a whole (creating a program), so only an administrator may.
 */
export async function requireProgramAction(
  viewer: Viewer,
  audit: AuditTrail,
  action: ProgramAction,
  programId: string | null,
): Promise<void> {
  const allowed = programId
    ? mayOnProgram(viewer.programRoles, action, programId)
    : isInstallationAdmin(viewer.programRoles);
  if (allowed) return;
  await audit.write({
    action: 'UPDATE',
    recordType: 'Program',
    recordId: programId,
    clientId: null,
    outcome: 'DENIED',
  });
  throw new DomainError('FORBIDDEN', 'Your role does not allow this');
}

/** Whether the viewer holds `action` on some program (the operation-level check). */
export function mayEverOnPrograms(viewer: Viewer, action: ProgramAction): boolean {
  return mayOnSomeProgram(viewer.programRoles, action);
}
