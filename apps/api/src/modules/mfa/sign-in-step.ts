import type { GraphQLContext } from '../../graphql/context.js';
import { DomainError } from '../../graphql/errors.js';
import { signInEvent } from '../auth/auth.service.js';
import { secondStepOwed } from './mfa.service.js';
import { openChallenge, setChallengeCookie } from './sign-in-challenge.js';

/**
 * After a right password: when the account has MFA on (or must set it up), no session starts.
 * The half-done sign-in is kept in a short-lived httpOnly cookie, and the answer says what is
 * owed: a code (`completeSignIn`) or an authenticator to set up (`startMfaEnrolment`, then
 * `confirmMfaEnrolment`, which signs in).
 */
export async function requireSecondStep(
  ctx: GraphQLContext,
  staffId: string,
  address: string,
): Promise<void> {
  const owed = await secondStepOwed(ctx.db, ctx.config, staffId);
  if (!owed) return;
  const challenge = await openChallenge(ctx.db, staffId, owed);
  setChallengeCookie(
    ctx.res,
    challenge.token,
    challenge.expiresAt,
    ctx.config.session.secureCookie,
  );
  const what = owed === 'CODE' ? 'code required' : 'must set up MFA first';
  await ctx.audit.write(signInEvent(staffId, 'SUCCESS', `password accepted, ${what}`, address));
  throw owed === 'CODE'
    ? new DomainError('MFA_CODE_REQUIRED', 'Enter the code from your authenticator app')
    : new DomainError(
        'MFA_ENROLMENT_REQUIRED',
        'Your program requires an authenticator app: set one up to finish signing in',
      );
}
