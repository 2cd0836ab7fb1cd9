import type { Episode } from './episode.entity.js';
import type { StaffRole } from '@waypoint/domain';
import { DomainError } from '../../graphql/errors.js';
import type { ClientScope } from '../access/client-scope.js';

/** The viewer's roles in one program (what the episode rules judge by). */
export function rolesIn(scope: ClientScope, programId: string): StaffRole[] {
  return scope.viewer.programRoles.filter((r) => r.programId === programId).map((r) => r.role);
}

/**
 * Refuses a decision (on an episode, or on one being opened: `id` null) the viewer's role in the episode's program may not make (admitting, a
 * level of care, an age override), after the chart itself was found accessible. The refusal is
 * audited as DENIED on the episode, like any other refusal.
 */
export async function requireDecision(
  scope: ClientScope,
  target: Pick<Episode, 'id' | 'clientId'> | { id: null; clientId: string | null },
  allowed: boolean,
  message: string,
): Promise<void> {
  if (allowed) return;
  await scope.audit.write({
    action: target.id ? 'UPDATE' : 'CREATE',
    recordType: 'Episode',
    recordId: target.id,
    clientId: target.clientId,
    outcome: 'DENIED',
    note: message,
  });
  throw new DomainError('FORBIDDEN', message);
}
