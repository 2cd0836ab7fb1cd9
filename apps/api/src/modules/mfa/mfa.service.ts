import QRCode from 'qrcode';
import type { DataSource, EntityManager } from 'typeorm';
import { mfaRequiredFor, type StaffRole } from '@waypoint/domain';
import type { Config } from '../../config/config.js';
import { BadUserInputError, DomainError, NotFoundError } from '../../graphql/errors.js';
import type { AuditEntry, AuditTrail } from '../audit/audit-trail.js';
import { verifyPassword } from '../auth/password.js';
import { revokeSessionsOf } from '../auth/session.service.js';
import { reserveAttempt, settleSuccess, throttleKeys } from '../auth/throttle-store.js';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes.js';
import { checkSecondFactor, tooManyAttempts } from './second-factor.js';
import { sealSecret } from './secret-box.js';
import { newTotpSecret, totpUri } from './totp.js';

export interface MfaDeps {
  db: DataSource;
  config: Config;
  audit: AuditTrail;
}

const mfaEvent = (staffId: string, actorStaffId: string, note: string): AuditEntry => ({
  action: 'UPDATE',
  recordType: 'StaffMfa',
  recordId: staffId,
  clientId: null,
  outcome: 'SUCCESS',
  actorStaffId,
  note,
});

/** Whether the staff member must use MFA: MFA_REQUIRED, or a program of theirs requires it. */
export async function isMfaRequired(db: DataSource, config: Config, staffId: string) {
  const roles = await db.query<{ programId: string; role: StaffRole; required: boolean }[]>(
    `SELECT r.program_id AS "programId", r.role, p.mfa_required AS required
     FROM staff_program_role r JOIN program p ON p.id = r.program_id WHERE r.staff_id = $1`,
    [staffId],
  );
  const requiring = new Set(roles.filter((r) => r.required).map((r) => r.programId));
  return mfaRequiredFor(roles, requiring, config.mfa.requiredEverywhere);
}

export interface MfaState {
  enabled: boolean;
  required: boolean;
  recoveryCodesLeft: number;
}

export async function mfaState(db: DataSource, config: Config, staffId: string): Promise<MfaState> {
  const [row] = await db.query<{ enabled: boolean; left: number }[]>(
    `SELECT m.enabled_at IS NOT NULL AS enabled,
       (SELECT count(*)::int FROM mfa_recovery_code r
        WHERE r.staff_id = m.staff_id AND r.used_at IS NULL) AS left
     FROM staff_mfa m WHERE m.staff_id = $1`,
    [staffId],
  );
  return {
    enabled: row?.enabled ?? false,
    required: await isMfaRequired(db, config, staffId),
    recoveryCodesLeft: row?.enabled ? row.left : 0,
  };
}

/** What sign-in owes after a right password: a code, setting up an authenticator, or nothing. */
export async function secondStepOwed(
  db: DataSource,
  config: Config,
  staffId: string,
): Promise<'CODE' | 'ENROL' | null> {
  const state = await mfaState(db, config, staffId);
  if (state.enabled) return 'CODE';
  return state.required ? 'ENROL' : null;
}

export interface Enrolment {
  secret: string;
  otpauthUri: string;
  qrCodeDataUrl: string;
}

/**
 * Starts (or restarts) setting up an authenticator: a new secret, shown this once as text, URI
 * and QR code. Refused while one is enabled (turn it off, or ask an admin to reset it, first).
 */
export async function startEnrolment(
  { db, config }: MfaDeps,
  staff: { id: string; email: string },
): Promise<Enrolment> {
  const secret = newTotpSecret();
  const stored = await db.query<unknown[]>(
    `INSERT INTO staff_mfa (staff_id, secret) VALUES ($1, $2)
     ON CONFLICT (staff_id) DO UPDATE
       SET secret = excluded.secret, last_used_step = NULL, created_at = now()
       WHERE staff_mfa.enabled_at IS NULL
     RETURNING staff_id`,
    [staff.id, sealSecret(secret, config.mfa.secretKey, staff.id)],
  );
  if (!stored.length) {
    throw new DomainError('INVALID_TRANSITION', 'An authenticator is already set up');
  }
  const otpauthUri = totpUri(secret, staff.email);
  const qrCodeDataUrl = await QRCode.toDataURL(otpauthUri, { errorCorrectionLevel: 'M' });
  return { secret, otpauthUri, qrCodeDataUrl };
}

/** Replaces the staff member's recovery codes with ten new ones, answered once in clear. */
async function replaceRecoveryCodes(m: EntityManager, staffId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await m.query(`DELETE FROM mfa_recovery_code WHERE staff_id = $1`, [staffId]);
  await m.query(
    `INSERT INTO mfa_recovery_code (staff_id, code_hash) SELECT $1, h FROM unnest($2::bytea[]) h`,
    [staffId, codes.map(hashRecoveryCode)],
  );
  return codes;
}

const wrongCode = () =>
  new BadUserInputError([{ field: 'code', message: 'That code is not right; try the next one' }]);

/**
 * Finishes setting up: a code from the app proves it holds the secret; MFA is on from now and
 * the ten recovery codes are answered (once).
 */
export async function confirmEnrolment(
  deps: MfaDeps,
  attempt: { staffId: string; code: string; address: string },
): Promise<string[]> {
  const { db, audit } = deps;
  const check = await checkSecondFactor(db, deps.config, {
    staffId: attempt.staffId,
    typed: attempt.code,
    address: attempt.address,
    pending: true,
  });
  if (!check.ok) throw wrongCode();
  return db.transaction(async (m) => {
    const [, enabled] = await m.query<[unknown[], number]>(
      `UPDATE staff_mfa SET enabled_at = now() WHERE staff_id = $1 AND enabled_at IS NULL`,
      [attempt.staffId],
    );
    if (enabled !== 1) {
      throw new DomainError('INVALID_TRANSITION', 'An authenticator is already set up');
    }
    const codes = await replaceRecoveryCodes(m, attempt.staffId);
    await audit.write(mfaEvent(attempt.staffId, attempt.staffId, 'MFA turned on'), m);
    return codes;
  });
}

/**
 * Proves it is still the account's owner before a change to their MFA: a current code, or (for
 * new recovery codes, when the phone is at hand but the codes are not) the password, throttled
 * as at sign-in.
 */
async function proveOwner(
  { db, config }: MfaDeps,
  staff: { id: string; email: string },
  proof: { code?: string | null; password?: string | null; address: string },
): Promise<void> {
  if (proof.code) {
    const check = await checkSecondFactor(db, config, {
      staffId: staff.id,
      typed: proof.code,
      address: proof.address,
    });
    if (!check.ok) throw wrongCode();
    return;
  }
  if (proof.password) {
    const keys = throttleKeys(staff.email, proof.address);
    const decision = await reserveAttempt(db, keys);
    if (!decision.allowed) throw tooManyAttempts(decision.retryAfterSeconds);
    const [row] = await db.query<{ password_hash: string | null }[]>(
      `SELECT password_hash FROM staff WHERE id = $1`,
      [staff.id],
    );
    if (!(await verifyPassword(row?.password_hash, proof.password))) {
      throw new BadUserInputError([{ field: 'password', message: 'The password is not right' }]);
    }
    await settleSuccess(db, keys, decision.failures);
    return;
  }
  throw new BadUserInputError([{ field: 'code', message: 'Enter a code or your password' }]);
}

async function requireEnabled(db: DataSource, staffId: string): Promise<void> {
  const [row] = await db.query<unknown[]>(
    `SELECT 1 FROM staff_mfa WHERE staff_id = $1 AND enabled_at IS NOT NULL`,
    [staffId],
  );
  if (!row) throw new DomainError('INVALID_TRANSITION', 'No authenticator is set up');
}

export async function regenerateRecoveryCodes(
  deps: MfaDeps,
  staff: { id: string; email: string },
  proof: { code?: string | null; password?: string | null; address: string },
): Promise<string[]> {
  await requireEnabled(deps.db, staff.id);
  await proveOwner(deps, staff, proof);
  return deps.db.transaction(async (m) => {
    const codes = await replaceRecoveryCodes(m, staff.id);
    await deps.audit.write(mfaEvent(staff.id, staff.id, 'new recovery codes'), m);
    return codes;
  });
}

/** Removes the authenticator and its recovery codes. */
async function removeMfa(m: EntityManager, staffId: string): Promise<void> {
  await m.query(`DELETE FROM mfa_recovery_code WHERE staff_id = $1`, [staffId]);
  await m.query(`DELETE FROM staff_mfa WHERE staff_id = $1`, [staffId]);
}

/** Turns one's own MFA off with a current code; refused where MFA is required. */
export async function disableMfa(
  deps: MfaDeps,
  staff: { id: string; email: string },
  proof: { code: string; address: string },
): Promise<void> {
  await requireEnabled(deps.db, staff.id);
  if (await isMfaRequired(deps.db, deps.config, staff.id)) {
    throw new DomainError(
      'INVALID_TRANSITION',
      'MFA is required for your role and cannot be turned off',
    );
  }
  await proveOwner(deps, staff, proof);
  await deps.db.transaction(async (m) => {
    await removeMfa(m, staff.id);
    await deps.audit.write(mfaEvent(staff.id, staff.id, 'MFA turned off'), m);
  });
}

/**
 * An administrator clears someone's MFA (a lost phone and lost codes): the authenticator and
 * recovery codes are removed, every session and unfinished sign-in of theirs ends, and the
 * reason is kept in the audit trail. Where MFA is required they set it up again at next sign-in.
 */
export async function resetMfa(
  deps: MfaDeps,
  by: { adminId: string },
  target: { staffId: string; reason: string },
): Promise<{ sessionsRevoked: number }> {
  return deps.db.transaction(async (m) => {
    const [staff] = await m.query<unknown[]>(`SELECT 1 FROM staff WHERE id = $1 FOR UPDATE`, [
      target.staffId,
    ]);
    if (!staff) throw new NotFoundError('Staff');
    await removeMfa(m, target.staffId);
    const sessionsRevoked = await revokeSessionsOf(m, target.staffId, null);
    await m.query(
      `UPDATE sign_in_challenge SET used_at = now() WHERE staff_id = $1 AND used_at IS NULL`,
      [target.staffId],
    );
    await deps.audit.write(
      mfaEvent(target.staffId, by.adminId, `MFA reset by an administrator: ${target.reason}`),
      m,
    );
    return { sessionsRevoked };
  });
}
