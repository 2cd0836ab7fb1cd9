import { z } from 'zod';
import { policy, type ClientAction } from '../access/policy.js';
import type { StaffRole } from './staff-role.js';

const clientReads: readonly ClientAction[] = ['READ_CHART', 'READ_GROUP_RECORDS'];

/** Whether the role reads client records in some relationship (every role but ADMIN today). */
export function readsClientRecords(role: StaffRole): boolean {
  return Object.values(policy[role]).some((grants) =>
    (grants ?? []).some((g) => clientReads.includes(g.action)),
  );
}

/**
 * Whether a staff member must have MFA: required everywhere (the installation's setting) or by a
 * program where they hold a role that reads client records. A role without client records
 * (ADMIN) is never forced, so an administrator can always sign in to fix the settings.
 */
export function mfaRequiredFor(
  roles: readonly { programId: string; role: StaffRole }[],
  programsRequiringMfa: ReadonlySet<string>,
  requiredEverywhere: boolean,
): boolean {
  return roles.some(
    (r) =>
      readsClientRecords(r.role) && (requiredEverywhere || programsRequiringMfa.has(r.programId)),
  );
}

/** How many recovery codes an enrolment (or a regeneration) hands out. */
export const RECOVERY_CODE_COUNT = 10;

/** `abcde-fghij`: ten characters of base32 (50 bits), grouped for reading aloud or typing. */
export const RECOVERY_CODE_PATTERN = /^[a-z2-7]{10}$/;

/** A recovery code as typed (any case, spaces or dashes) in the form it is stored under. */
export function normalizeRecoveryCode(typed: string): string {
  return typed.toLowerCase().replace(/[\s-]/g, '');
}

/** A 6-digit authenticator code, spaces allowed (apps show `123 456`). */
export function normalizeAuthenticatorCode(typed: string): string {
  return typed.replace(/\s/g, '');
}

export type SecondFactorCode =
  { kind: 'AUTHENTICATOR'; code: string } | { kind: 'RECOVERY'; code: string };

/** Tells an authenticator code from a recovery code; null when the text is neither. */
export function parseSecondFactorCode(typed: string): SecondFactorCode | null {
  const digits = normalizeAuthenticatorCode(typed);
  if (/^\d{6}$/.test(digits)) return { kind: 'AUTHENTICATOR', code: digits };
  const recovery = normalizeRecoveryCode(typed);
  if (RECOVERY_CODE_PATTERN.test(recovery)) return { kind: 'RECOVERY', code: recovery };
  return null;
}

/** What the code fields accept, for the forms and the API alike. */
export const secondFactorCodeSchema = z
  .string()
  .trim()
  .min(1, 'Enter the code')
  .max(32, 'Enter the code')
  .refine((v) => parseSecondFactorCode(v) !== null, {
    message: 'Enter the 6-digit code from your app, or a recovery code',
  });

/** Only an authenticator code (enrolment proves the app works, so a recovery code will not do). */
export const authenticatorCodeSchema = z
  .string()
  .trim()
  .refine((v) => /^\d{6}$/.test(normalizeAuthenticatorCode(v)), {
    message: 'Enter the 6-digit code from your app',
  });

/** Grouped for display: `abcde-fghij`. */
export function formatRecoveryCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}
