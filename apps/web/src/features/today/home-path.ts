import type { StaffRole } from '@waypoint/domain';

interface ViewerRoles {
  programRoles: readonly { role: StaffRole }[];
}

/**
 * Where someone lands when they open Waypoint: a director on the program dashboard, a clinician
 * on what needs doing today, an intake coordinator on the intake list, everyone else on the
 * caseload. Someone with several roles lands where the most senior one would.
 */
export function homePathFor(viewer: ViewerRoles): string {
  const roles = new Set(viewer.programRoles.map((r) => r.role));
  if (roles.has('DIRECTOR')) return '/dashboard';
  if (roles.has('CLINICIAN')) return '/today';
  if (roles.has('INTAKE')) return '/intake';
  return '/caseload';
}
