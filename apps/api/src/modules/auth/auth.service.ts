import type { DataSource } from 'typeorm';
import { DomainError } from '../../graphql/errors.js';
import type { AuditOutcome } from '../audit/audit-event.entity.js';
import type { AuditEntry, AuditTrail } from '../audit/audit-trail.js';
import { verifyPassword } from './password.js';
import { reserveAttempt, settleSuccess, throttleKeys } from './throttle-store.js';

const WRONG = 'Email or password is incorrect';

/**
 * The audit event of one sign-in attempt. It names the account when the email has one (a
 * director must see who was targeted) and the client address; it never holds the password or
 * the email as typed (people type passwords into the email field), so an attempt on an email
 * without an account leaves only its address.
 */
export function signInEvent(
  staffId: string | null,
  outcome: AuditOutcome,
  what: string,
  address: string,
): AuditEntry {
  return {
    action: 'SIGN_IN',
    recordType: 'Staff',
    recordId: staffId,
    clientId: null,
    outcome,
    actorStaffId: staffId,
    note: `${what}, from ${address}`,
  };
}

/**
 * Checks a sign-in attempt against the throttle, then the password; every refusal is audited.
 * The throttle decides and counts the attempt before the password is verified, atomically in
 * PostgreSQL, so parallel attempts get no more checks than sequential ones. The answer is the
 * same for an unknown email and a wrong password, and takes as long.
 */
export async function authenticate(
  ds: DataSource,
  audit: AuditTrail,
  attempt: { email: string; password: string; address: string },
): Promise<string> {
  // An inactive account is named in the audit (a former employee trying to sign in is worth a
  // director's attention) but its password is never checked: it answers like an unknown email.
  const [staff] = await ds.query<{ id: string; password_hash: string | null; active: boolean }[]>(
    `SELECT id, password_hash, active FROM staff WHERE lower(email) = lower($1)`,
    [attempt.email.trim()],
  );
  const staffId = staff?.id ?? null;
  const keys = throttleKeys(attempt.email, attempt.address);
  const decision = await reserveAttempt(ds, keys);
  if (!decision.allowed) {
    const how = decision.locked ? 'locked out' : 'slowed down';
    await audit.write(
      signInEvent(
        staffId,
        'DENIED',
        `too many attempts (${how} by ${decision.blockedBy})`,
        attempt.address,
      ),
    );
    const seconds = decision.retryAfterSeconds;
    throw new DomainError(
      'UNAUTHENTICATED',
      `Too many attempts. Try again in ${seconds} seconds.`,
      {
        retryAfterSeconds: seconds,
      },
    );
  }
  if (await verifyPassword(staff?.active ? staff.password_hash : null, attempt.password)) {
    await settleSuccess(ds, keys, decision.failures);
    return staffId!;
  }
  const why = staff && !staff.active ? 'inactive account' : 'wrong email or password';
  await audit.write(signInEvent(staffId, 'FAILED', why, attempt.address));
  throw new DomainError('UNAUTHENTICATED', WRONG);
}
