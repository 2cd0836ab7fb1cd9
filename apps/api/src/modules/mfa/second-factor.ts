import type { DataSource } from 'typeorm';
import { parseSecondFactorCode, type SecondFactorCode } from '@waypoint/domain';
import type { Config } from '../../config/config.js';
import { DomainError } from '../../graphql/errors.js';
import { reserveAttempt, settleSuccess, type ThrottleKeys } from '../auth/throttle-store.js';
import { hashRecoveryCode } from './recovery-codes.js';
import { openSecret } from './secret-box.js';
import { matchingStep } from './totp.js';

/**
 * Codes are throttled like passwords, by the same PostgreSQL-atomic store: per account (under
 * its own key, so wrong codes never lock the password step and the reverse) with the email's
 * limits, and per client address together with password attempts.
 */
export function codeThrottleKeys(staffId: string, address: string): ThrottleKeys {
  return { email: `mfa:${staffId}`, address: `address:${address}` };
}

/** The answer to a throttled attempt, as sign-in gives it. */
export function tooManyAttempts(retryAfterSeconds: number): DomainError {
  return new DomainError(
    'UNAUTHENTICATED',
    `Too many attempts. Try again in ${retryAfterSeconds} seconds.`,
    { retryAfterSeconds },
  );
}

/**
 * Accepts an authenticator code once: only for a time step later than the last accepted one, in
 * one guarded UPDATE, so the same code sent twice (even in parallel) passes once.
 */
async function spendAuthenticatorCode(
  ds: DataSource,
  config: Config,
  staffId: string,
  code: string,
  enabledOnly: boolean,
): Promise<boolean> {
  const [row] = await ds.query<{ secret: string }[]>(
    `SELECT secret FROM staff_mfa WHERE staff_id = $1 AND (enabled_at IS NOT NULL) = $2`,
    [staffId, enabledOnly],
  );
  if (!row) return false;
  const step = matchingStep(openSecret(row.secret, config.mfa.secretKey, staffId), code);
  if (step === null) return false;
  const [, affected] = await ds.query<[unknown[], number]>(
    `UPDATE staff_mfa SET last_used_step = $2
     WHERE staff_id = $1 AND secret = $3 AND (last_used_step IS NULL OR last_used_step < $2)`,
    [staffId, step, row.secret],
  );
  return affected === 1;
}

/** Spends one unused recovery code of an enabled authenticator. */
async function spendRecoveryCode(ds: DataSource, staffId: string, code: string): Promise<boolean> {
  const [, affected] = await ds.query<[unknown[], number]>(
    `UPDATE mfa_recovery_code r SET used_at = now()
     FROM staff_mfa m
     WHERE r.staff_id = $1 AND r.code_hash = $2 AND r.used_at IS NULL
       AND m.staff_id = r.staff_id AND m.enabled_at IS NOT NULL`,
    [staffId, hashRecoveryCode(code)],
  );
  return affected === 1;
}

export type CodeCheck = { ok: true; kind: SecondFactorCode['kind'] } | { ok: false };

/**
 * Checks a code someone typed for `staffId`, counting it against the throttle before anything
 * is compared (a refused attempt throws "too many attempts"). `pending` checks the code against
 * an authenticator still being set up (only an app code proves it works), otherwise against
 * the enabled one, where a recovery code also serves.
 */
export async function checkSecondFactor(
  ds: DataSource,
  config: Config,
  attempt: { staffId: string; typed: string; address: string; pending?: boolean },
): Promise<CodeCheck> {
  const keys = codeThrottleKeys(attempt.staffId, attempt.address);
  const decision = await reserveAttempt(ds, keys);
  if (!decision.allowed) throw tooManyAttempts(decision.retryAfterSeconds);
  const code = parseSecondFactorCode(attempt.typed);
  let ok = false;
  if (code?.kind === 'AUTHENTICATOR') {
    ok = await spendAuthenticatorCode(ds, config, attempt.staffId, code.code, !attempt.pending);
  } else if (code?.kind === 'RECOVERY' && !attempt.pending) {
    ok = await spendRecoveryCode(ds, attempt.staffId, code.code);
  }
  if (!ok || !code) return { ok: false };
  await settleSuccess(ds, keys, decision.failures);
  return { ok: true, kind: code.kind };
}
