import { ApolloLink } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { tap } from 'rxjs';
import { BACKGROUND_REQUEST_HEADER } from '@waypoint/domain';
import { recordServerActivity, type ActivityTracker } from './idle-clock';

/** The steps of signing in: nobody is signed in yet while they run. */
const SIGN_IN_STEPS = new Set<unknown>([
  'signIn',
  'completeSignIn',
  'startMfaEnrolment',
  'confirmMfaEnrolment',
]);

/**
 * Whether a failed request means the session is gone (idle too long, revoked, past its
 * lifetime). A refused sign-in is UNAUTHENTICATED too, but that is the sign-in form's business.
 */
export function endsSession(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some(
      (e) => e.extensions?.code === 'UNAUTHENTICATED' && !SIGN_IN_STEPS.has(e.path?.[0]),
    )
  );
}

/** Calls `onSessionEnded` whenever the API answers that nobody is signed in. */
export function sessionEndedLink(onSessionEnded: () => void): ApolloLink {
  return new ErrorLink(({ error }) => {
    if (endsSession(error)) onSessionEnded();
  });
}

declare module '@apollo/client' {
  interface DefaultContext {
    /** Made by the app on its own (a refresh), not by the user: see ActivityTracker. */
    background?: boolean;
  }
}

/**
 * Marks requests the app makes on its own with BACKGROUND_REQUEST_HEADER, so the API does not
 * restart the session's idle time for them, and notes the answers to the user's own requests on
 * the idle clock, which thus follows the server's.
 */
export function activityLink(tracker: ActivityTracker): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const counts = tracker.countsAsActivity(operation.getContext().background === true);
    if (!counts) {
      operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, [BACKGROUND_REQUEST_HEADER]: '1' },
      }));
    }
    return forward(operation).pipe(
      tap({
        next: () => {
          if (counts) recordServerActivity();
        },
      }),
    );
  });
}
