import type { ClientScope } from '../access/client-scope.js';

/** The programs the viewer directs, narrowed to `programIds` when given: aftercare figures' reach. */
export function directedPrograms(scope: ClientScope, programIds?: readonly string[] | null) {
  return [
    ...new Set(
      scope.viewer.programRoles
        .filter(
          (r) => r.role === 'DIRECTOR' && (!programIds?.length || programIds.includes(r.programId)),
        )
        .map((r) => r.programId),
    ),
  ];
}
