import { describeError, type ErrorDescription } from '../../ui/error-message';
import { fieldErrors } from '../../ui/graphql-errors';
import { signInFailure } from '../auth/sign-in-errors';

export type CodeFailure =
  /** The code was checked and is not right (or was used already). */
  | { kind: 'wrong'; message: string }
  /** Too many wrong codes: wait, as for passwords. */
  | { kind: 'throttled'; retryAfterSeconds: number }
  /** The half-done sign-in is gone (timed out, or replaced): start again with the password. */
  | { kind: 'expired' }
  | { kind: 'unavailable'; description: ErrorDescription };

/** What a refused code means for the person typing it. */
export function codeFailure(error: unknown): CodeFailure {
  const fields = fieldErrors(error);
  const message = fields.code ?? fields.password;
  if (message) return { kind: 'wrong', message };
  const f = signInFailure(error);
  if (f.kind === 'throttled') return f;
  if (f.kind === 'rejected') return { kind: 'expired' };
  return { kind: 'unavailable', description: describeError(error) };
}
