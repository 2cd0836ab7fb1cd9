/** A staff member's role in one program; it decides what they may see and do there. */
export const StaffRole = {
  ADMIN: 'ADMIN',
  DIRECTOR: 'DIRECTOR',
  CLINICIAN: 'CLINICIAN',
  CASE_MANAGER: 'CASE_MANAGER',
  INTAKE: 'INTAKE',
} as const;
export type StaffRole = (typeof StaffRole)[keyof typeof StaffRole];
