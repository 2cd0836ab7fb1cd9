import type { StaffRole } from '../staff/staff-role.js';

type ProgramRoles = readonly { programId: string; role: StaffRole }[];

/** Roles that work with groups of their program (ADMIN sees no clinical work). */
const GROUP_READERS: readonly StaffRole[] = ['DIRECTOR', 'CLINICIAN', 'CASE_MANAGER', 'INTAKE'];

/** Whether the viewer sees the program's groups (names, schedules, fill; never members). */
export function mayReadGroups(roles: ProgramRoles, programId: string): boolean {
  return roles.some((r) => r.programId === programId && GROUP_READERS.includes(r.role));
}

/**
 * Who may change a group (its details, schedule, exceptions, its sessions' times): a director of
 * its program, or a clinician of the program who facilitates it. Creating one: a director, or a
 * clinician who will facilitate it (`facilitatorIds` includes them).
 */
export function mayManageGroup(
  roles: ProgramRoles,
  programId: string,
  staffId: string,
  facilitatorIds: readonly string[],
): boolean {
  return roles.some(
    (r) =>
      r.programId === programId &&
      (r.role === 'DIRECTOR' || (r.role === 'CLINICIAN' && facilitatorIds.includes(staffId))),
  );
}

/** Whether the viewer may generate the program's group sessions (directors and clinicians). */
export function mayScheduleProgram(roles: ProgramRoles, programId: string): boolean {
  return roles.some(
    (r) => r.programId === programId && (r.role === 'DIRECTOR' || r.role === 'CLINICIAN'),
  );
}
