import { z } from 'zod';
import { StaffRole } from './staff-role.js';

/**
 * Staff accounts as an administrator manages them. Administration is install-wide: an ADMIN role
 * in any program makes its holder the administrator of every account and every program's roles
 * (an account is one person across programs, and an email belongs to one account). ADMIN still
 * grants nothing on client records (see the policy table).
 */
export function isAdministrator(programRoles: readonly { role: StaffRole }[]): boolean {
  return programRoles.some((r) => r.role === 'ADMIN');
}

/**
 * Where an account stands: INVITED until its holder sets a password (from the invitation link),
 * ACTIVE once they have, DEACTIVATED when an administrator has switched it off (whatever else).
 */
export const StaffAccountStatus = {
  INVITED: 'INVITED',
  ACTIVE: 'ACTIVE',
  DEACTIVATED: 'DEACTIVATED',
} as const;
export type StaffAccountStatus = (typeof StaffAccountStatus)[keyof typeof StaffAccountStatus];

export function staffAccountStatus(account: {
  active: boolean;
  hasPassword: boolean;
}): StaffAccountStatus {
  if (!account.active) return 'DEACTIVATED';
  return account.hasPassword ? 'ACTIVE' : 'INVITED';
}

export const STAFF_TEXT_LIMITS = { name: 100, credentials: 60, email: 254 } as const;

const tooLong = (max: number) => `Use at most ${max} characters`;
const name = (blank: string) =>
  z
    .string({ error: (issue) => (issue.input == null ? blank : 'Must be text') })
    .trim()
    .min(1, blank)
    .max(STAFF_TEXT_LIMITS.name, tooLong(STAFF_TEXT_LIMITS.name));

/** Emails are compared without regard to case; stored as typed, trimmed. */
const email = z
  .string({ error: (issue) => (issue.input == null ? 'Enter an email address' : 'Must be text') })
  .trim()
  .min(1, 'Enter an email address')
  .max(STAFF_TEXT_LIMITS.email, tooLong(STAFF_TEXT_LIMITS.email))
  .pipe(z.email('Enter an email address like name@example.org'));

const credentials = z
  .string({ error: 'Must be text' })
  .trim()
  .max(STAFF_TEXT_LIMITS.credentials, tooLong(STAFF_TEXT_LIMITS.credentials))
  .transform((v) => v || null)
  .nullish();

/** A new account: its holder sets a password from the invitation. */
export const createStaffAccountSchema = z.object({
  firstName: name('Enter a first name'),
  lastName: name('Enter a last name'),
  credentials,
  email,
});
export type CreateStaffAccount = z.output<typeof createStaffAccountSchema>;

/** An edit: a field left out stays as it is; credentials are cleared by null or blank. */
export const updateStaffAccountSchema = z.object({
  firstName: name('Enter a first name').optional(),
  lastName: name('Enter a last name').optional(),
  credentials,
  email: email.optional(),
});
export type UpdateStaffAccount = z.output<typeof updateStaffAccountSchema>;

/** The refusal when an email is already someone's (any case). */
export const EMAIL_IN_USE = 'Another account already uses this email';

/** The refusal when a change would leave no active administrator. */
export const LAST_ADMIN_MESSAGE =
  'This is the last active administrator: make someone else an administrator first';

/** Roles listed in the order the administration screens offer them. */
export const STAFF_ROLES_IN_ORDER: readonly StaffRole[] = [
  StaffRole.DIRECTOR,
  StaffRole.CLINICIAN,
  StaffRole.CASE_MANAGER,
  StaffRole.INTAKE,
  StaffRole.ADMIN,
];
