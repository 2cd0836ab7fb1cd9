import type { StaffRole } from '@waypoint/domain';

interface ViewerRoles {
  programRoles: readonly { role: StaffRole }[];
}

/**
 * Where someone lands when they open Waypoint: a director on the program dashboard, a clinician
 * on what needs doing today, an intake coordinator on the intake list, everyone else on the
 * caseload (an administrator only, on the staff accounts). Someone with several roles lands where the most senior one would.
 */
export function homePathFor(viewer: ViewerRoles): string {
  const roles = new Set(viewer.programRoles.map((r) => r.role));
  if (roles.has('DIRECTOR')) return '/dashboard';
  if (roles.has('CLINICIAN')) return '/today';
  if (roles.has('INTAKE')) return '/intake';
  // An administrator without a clinical role has no client to see: their work is accounts.
  if (roles.has('ADMIN') && ![...roles].some((r) => r !== 'ADMIN')) return '/admin/staff';
  return '/caseload';
}
