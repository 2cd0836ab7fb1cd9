import type { StaffRole } from '../staff/staff-role.js';

/**
 * What may be done to programs themselves (never to client records): the ADMIN's and the
 * director's side of the policy. An ADMIN administers the whole installation, so a role of
 * ADMIN in any program counts for every program; a DIRECTOR sets the clinical settings of the
 * programs they direct only. Nobody gains any client access through these.
 */
export const ProgramAction = {
  /** Create programs, rename them, and list every program. */
  MANAGE_PROGRAMS: 'MANAGE_PROGRAMS',
  /** Change a program's settings and read their history. */
  EDIT_PROGRAM_SETTINGS: 'EDIT_PROGRAM_SETTINGS',
  /** Create and change the program's groups (which group: `mayManageGroup` in groups/group-access). */
  MANAGE_GROUPS: 'MANAGE_GROUPS',
  /** Read the program's community resource directory (not client data). */
  READ_RESOURCE_DIRECTORY: 'READ_RESOURCE_DIRECTORY',
  /** Add, change and re-verify entries of the directory: the case manager's work. */
  MANAGE_RESOURCES: 'MANAGE_RESOURCES',
  /** See who is on call for the crisis line now: every member of staff. */
  READ_ON_CALL: 'READ_ON_CALL',
  /** Plan the crisis line's on-call roster: the director's (and an administrator's) work. */
  MANAGE_ON_CALL_ROSTER: 'MANAGE_ON_CALL_ROSTER',
  /** Log a crisis-line contact: the clinical staff who answer the line. */
  LOG_CRISIS_CONTACT: 'LOG_CRISIS_CONTACT',
  /** Import the directory from a CSV file and export it: a change to the whole list at once. */
  EXCHANGE_RESOURCE_DIRECTORY: 'EXCHANGE_RESOURCE_DIRECTORY',
} as const;
export type ProgramAction = (typeof ProgramAction)[keyof typeof ProgramAction];

/** The roles that hold each action in the programs where they hold it. */
const programGrants: Record<ProgramAction, readonly StaffRole[]> = {
  MANAGE_PROGRAMS: [],
  EDIT_PROGRAM_SETTINGS: ['DIRECTOR'],
  MANAGE_GROUPS: ['DIRECTOR', 'CLINICIAN'],
  READ_RESOURCE_DIRECTORY: ['DIRECTOR', 'CLINICIAN', 'CASE_MANAGER', 'INTAKE'],
  MANAGE_RESOURCES: ['DIRECTOR', 'CASE_MANAGER'],
  READ_ON_CALL: ['DIRECTOR', 'CLINICIAN', 'CASE_MANAGER', 'INTAKE'],
  MANAGE_ON_CALL_ROSTER: ['DIRECTOR'],
  LOG_CRISIS_CONTACT: ['DIRECTOR', 'CLINICIAN', 'CASE_MANAGER'],
  EXCHANGE_RESOURCE_DIRECTORY: ['DIRECTOR'],
};

/** A role held in any program that grants every program action everywhere. */
const INSTALLATION_ROLE: StaffRole = 'ADMIN';

type ProgramRoles = readonly { programId: string; role: StaffRole }[];

export function isInstallationAdmin(roles: ProgramRoles): boolean {
  return roles.some((r) => r.role === INSTALLATION_ROLE);
}

/** Whether someone holding `roles` may perform `action` on the program `programId`. */
export function mayOnProgram(
  roles: ProgramRoles,
  action: ProgramAction,
  programId: string,
): boolean {
  return (
    isInstallationAdmin(roles) ||
    roles.some((r) => r.programId === programId && programGrants[action].includes(r.role))
  );
}

/** Whether `roles` allow `action` on some program (the operation-level check). */
export function mayOnSomeProgram(roles: ProgramRoles, action: ProgramAction): boolean {
  return isInstallationAdmin(roles) || roles.some((r) => programGrants[action].includes(r.role));
}

/** The programs (ids) on which `action` is allowed; `'ALL'` for an administrator. */
export function programsAllowing(roles: ProgramRoles, action: ProgramAction): string[] | 'ALL' {
  if (isInstallationAdmin(roles)) return 'ALL';
  return [
    ...new Set(roles.filter((r) => programGrants[action].includes(r.role)).map((r) => r.programId)),
  ];
}
