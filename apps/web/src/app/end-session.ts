import type { ApolloClient } from '@apollo/client';
import { signInPath, signInState, SIGN_IN_PATH } from '../features/auth/return-to';
import { router } from './router';

let ending = false;

/**
 * The session ended under the user (idle timeout, revoked elsewhere): leave the screen for the
 * sign-in page at once, remembering where they were, then forget every cached record. Form
 * drafts stay in this tab's sessionStorage, to be offered back after signing in again. Several
 * requests failing together end the session once.
 */
export function endSession(client: ApolloClient): void {
  const { pathname, search, hash } = router.state.location;
  if (ending || pathname === SIGN_IN_PATH) return;
  ending = true;
  void Promise.resolve(
    router.navigate(signInPath(`${pathname}${search}${hash}`), {
      replace: true,
      state: signInState('session-ended'),
    }),
  )
    .then(() => client.clearStore())
    .catch(() => undefined)
    .finally(() => {
      ending = false;
    });
}
