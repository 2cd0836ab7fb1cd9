import { ApolloLink } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { tap } from 'rxjs';
import { recordServerActivity } from './idle-clock';

/**
 * Whether a failed request means the session is gone (idle too long, revoked, past its
 * lifetime). A refused sign-in is UNAUTHENTICATED too, but that is the sign-in form's business.
 */
export function endsSession(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED' && e.path?.[0] !== 'signIn')
  );
}

/** Calls `onSessionEnded` whenever the API answers that nobody is signed in. */
export function sessionEndedLink(onSessionEnded: () => void): ApolloLink {
  return new ErrorLink(({ error }) => {
    if (endsSession(error)) onSessionEnded();
  });
}

/** Every answer from the API restarted the session's idle time there; note it here too. */
export function serverActivityLink(): ApolloLink {
  return new ApolloLink((operation, forward) =>
    forward(operation).pipe(tap({ next: () => recordServerActivity() })),
  );
}
