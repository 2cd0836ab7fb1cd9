import type { StaffRole } from '@waypoint/domain';

interface ViewerRoles {
  programRoles: readonly { role: StaffRole; program: { id: string; name: string } }[];
}

const roleLabels: Record<StaffRole, string> = {
  DIRECTOR: 'Director',
  CLINICIAN: 'Clinician',
  CASE_MANAGER: 'Case manager',
  INTAKE: 'Intake',
  ADMIN: 'Administrator',
};

/** Roles in the order the header lists them: clinical leadership first. */
const roleOrder: readonly StaffRole[] = [
  'DIRECTOR',
  'CLINICIAN',
  'CASE_MANAGER',
  'INTAKE',
  'ADMIN',
];

export function roleLabel(role: StaffRole): string {
  return roleLabels[role];
}

export function hasRole(viewer: ViewerRoles, role: StaffRole): boolean {
  return viewer.programRoles.some((r) => r.role === role);
}

/** Directors see chart access logs and break-glass accesses. */
export function isDirector(viewer: ViewerRoles): boolean {
  return hasRole(viewer, 'DIRECTOR');
}

/** Administrators manage accounts and programs and see no client records. */
export function readsClientRecords(viewer: ViewerRoles): boolean {
  return viewer.programRoles.some((r) => r.role !== 'ADMIN');
}

/** Intake coordinators (and nothing more clinical) see clients before admission only. */
export function readsOnlyPreAdmission(viewer: ViewerRoles): boolean {
  const clinical = viewer.programRoles.filter((r) => r.role !== 'ADMIN');
  return clinical.length > 0 && clinical.every((r) => r.role === 'INTAKE');
}

export interface RoleLine {
  role: StaffRole;
  label: string;
  programs: string[];
}

/** One line per role, naming its programs: "Director: Harbor Adult IOP, Harbor Teen IOP". */
export function roleLines(viewer: ViewerRoles): RoleLine[] {
  return roleOrder
    .map((role) => ({
      role,
      label: roleLabels[role],
      programs: [
        ...new Set(viewer.programRoles.filter((r) => r.role === role).map((r) => r.program.name)),
      ].sort((a, b) => a.localeCompare(b)),
    }))
    .filter((line) => line.programs.length > 0);
}

/** The short form under a name in the header: "Director · 2 programs", "Clinician · Harbor Adult IOP". */
export function roleSummary(viewer: ViewerRoles): string {
  const lines = roleLines(viewer);
  if (lines.length === 0) return 'No program roles';
  const roles = lines.map((l) => l.label).join(', ');
  const programs = new Set(lines.flatMap((l) => l.programs));
  const [only] = programs;
  return `${roles} · ${programs.size === 1 && only ? only : `${programs.size} programs`}`;
}
