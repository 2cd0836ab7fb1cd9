import { describeError, type ErrorDescription } from '../../ui/error-message';
import { apiError, fieldErrors } from '../../ui/graphql-errors';

export type SignInField = 'email' | 'password';

export type SignInFailure =
  /** The form itself was refused: say what is wrong beside each field. */
  | { kind: 'fields'; fields: Partial<Record<SignInField, string>> }
  /** Too many failed attempts from this account or address: wait before trying again. */
  | { kind: 'throttled'; retryAfterSeconds: number }
  /** Unknown email or wrong password; which one is deliberately not said. */
  | { kind: 'rejected'; message: string }
  /** The password was right; an authenticator code is owed (or MFA must be set up first). */
  | { kind: 'code-required' }
  | { kind: 'enrolment-required' }
  /** Not an answer about the credentials (network, server trouble). */
  | { kind: 'unavailable'; description: ErrorDescription };

export const REJECTED_MESSAGE = 'Email or password is incorrect.';

function retryAfter(extensions: Readonly<Record<string, unknown>>, message: string): number | null {
  const seconds = extensions.retryAfterSeconds;
  if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0) {
    return Math.ceil(seconds);
  }
  // The message carries the wait too ("Try again in 42 seconds."), should the extension be missing.
  const match = /try again in (\d+) second/i.exec(message);
  return match ? Number(match[1]) : null;
}

export function signInFailure(error: unknown): SignInFailure {
  const e = apiError(error);
  if (e?.code === 'BAD_USER_INPUT') {
    const all = fieldErrors(error);
    const fields: Partial<Record<SignInField, string>> = {};
    if (all.email) fields.email = all.email;
    if (all.password) fields.password = all.password;
    if (fields.email || fields.password) return { kind: 'fields', fields };
  }
  if (e?.code === 'MFA_CODE_REQUIRED') return { kind: 'code-required' };
  if (e?.code === 'MFA_ENROLMENT_REQUIRED') return { kind: 'enrolment-required' };
  if (e?.code === 'UNAUTHENTICATED') {
    const seconds = retryAfter(e.extensions, e.message);
    if (seconds !== null) return { kind: 'throttled', retryAfterSeconds: seconds };
    return { kind: 'rejected', message: REJECTED_MESSAGE };
  }
  return { kind: 'unavailable', description: describeError(error) };
}
