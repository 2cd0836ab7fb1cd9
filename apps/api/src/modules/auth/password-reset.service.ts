import type { DataSource } from 'typeorm';
import { DomainError } from '../../graphql/errors.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { PasswordLinkPurpose } from './password-link.entity.js';
import { consumePasswordLink, issueResetLinkByEmail } from './password-link.service.js';
import { hashPassword, requireAcceptablePassword, storeNewPassword } from './new-password.js';
import { hashToken } from './session.service.js';
import { reserveAttempt, throttleKeys } from './throttle-store.js';

/** Whatever is wrong with a link (unknown, used, replaced, expired), the answer is this one. */
export const UNUSABLE_LINK = 'This link has expired or was already used. Ask for a new one.';

export interface PasswordLinkDetails {
  purpose: PasswordLinkPurpose;
  email: string;
  firstName: string;
  lastName: string;
  expiresAt: Date;
}

/**
 * Whose link this is, while it can still be used (null otherwise): the page greets the person
 * and checks the policy's personal-words rule as they type. Only the link's holder learns this.
 */
export async function passwordLinkDetails(
  db: DataSource,
  token: string,
): Promise<PasswordLinkDetails | null> {
  const [row] = await db.query<PasswordLinkDetails[]>(
    `SELECT l.purpose, s.email, s.first_name AS "firstName", s.last_name AS "lastName",
       l.expires_at AS "expiresAt"
     FROM password_link l JOIN staff s ON s.id = l.staff_id AND s.active
     WHERE l.token_hash = $1 AND l.used_at IS NULL AND l.revoked_at IS NULL
       AND l.expires_at > now()`,
    [hashToken(token)],
  );
  return row ?? null;
}

/**
 * Sets the password of the link's owner and uses the link up, in one transaction that also ends
 * every session the person had (someone who reset a password may be locking an intruder out).
 * A refused password leaves the link usable; an unusable link answers UNUSABLE_LINK on `token`.
 */
export async function setPasswordWithLink(
  ds: DataSource,
  audit: AuditTrail,
  input: { token: string; newPassword: string },
): Promise<{ email: string }> {
  const unusable = () =>
    new DomainError('BAD_USER_INPUT', UNUSABLE_LINK, {
      fields: [{ field: 'token', message: UNUSABLE_LINK }],
    });
  const link = await passwordLinkDetails(ds, input.token);
  if (!link) throw unusable();
  requireAcceptablePassword(link, input.newPassword);
  const passwordHash = await hashPassword(input.newPassword);
  return ds.transaction(async (tx) => {
    // Used up here, guarded: of two concurrent uses exactly one gets past this line.
    const used = await consumePasswordLink(tx, input.token);
    if (!used) throw unusable();
    const ended = await storeNewPassword(tx, used.staffId, passwordHash, null);
    await audit.write(
      {
        action: 'UPDATE',
        recordType: 'StaffPassword',
        recordId: used.staffId,
        clientId: null,
        outcome: 'SUCCESS',
        actorStaffId: used.staffId,
        note: `${used.purpose === 'INVITE' ? 'first password set from an invitation' : 'password reset from a reset link'}; ${ended} session(s) ended`,
      },
      tx,
    );
    return { email: link.email };
  });
}

/**
 * Sends a reset link to the email's owner when there is one. The caller always answers the same;
 * the same statements run for a known and an unknown email (the mail, if any, is sent without
 * waiting), and requests are throttled per email and per address like sign-in attempts, on
 * counters of their own.
 */
export async function requestPasswordReset(
  ds: DataSource,
  audit: AuditTrail,
  request: { email: string; address: string },
): Promise<void> {
  const decision = await reserveAttempt(
    ds,
    throttleKeys(request.email, request.address, 'password-reset'),
  );
  if (!decision.allowed) {
    const message = `Too many requests. Try again in ${decision.retryAfterSeconds} seconds.`;
    throw new DomainError('BAD_USER_INPUT', message, {
      retryAfterSeconds: decision.retryAfterSeconds,
      fields: [{ field: 'email', message }],
    });
  }
  await ds.transaction(async (tx) => {
    const staffId = await issueResetLinkByEmail(tx, request.email);
    // Named when the email has an account (a director should see resets asked for someone);
    // never the email as typed, as for sign-in attempts.
    await audit.write(
      {
        action: 'CREATE',
        recordType: 'PasswordLink',
        recordId: staffId,
        clientId: null,
        outcome: staffId ? 'SUCCESS' : 'FAILED',
        actorStaffId: null,
        note: `password reset asked for, from ${request.address}${staffId ? '' : ' (no active account has that email)'}`,
      },
      tx,
    );
  });
}
