import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

export interface ErrorDescription {
  title: string;
  message: string;
  /** The server's error code, when it sent one (useful when reporting a problem). */
  code?: string;
  /** Whether asking again could help (a network blip) or not (a refused request). */
  retryable: boolean;
}

/**
 * What to tell a user about a failed request. Messages are written for staff, never the raw
 * error text: the server hides internals, and a stack trace helps no one at the front desk.
 */
export function describeError(error: unknown): ErrorDescription {
  if (CombinedGraphQLErrors.is(error)) {
    const codes = error.errors
      .map((e) => e.extensions?.code)
      .filter((c): c is string => typeof c === 'string');
    const code = codes[0];
    switch (code) {
      case 'UNAUTHENTICATED':
        return {
          title: 'Sign in to continue',
          message: 'You are not signed in, or your session ended after a period of inactivity.',
          code,
          retryable: false,
        };
      case 'FORBIDDEN':
        return {
          title: 'Not available to you',
          message: 'Your role does not give access to these records.',
          code,
          retryable: false,
        };
      case 'BAD_USER_INPUT':
        return {
          title: 'Some filters are not valid',
          message:
            'The link or filters refer to something Waypoint does not recognise. Clear the filters and try again.',
          code,
          retryable: false,
        };
      case 'NOT_FOUND':
        return {
          title: 'Not found',
          message: 'This record does not exist or was removed.',
          code,
          retryable: false,
        };
      default:
        return {
          title: 'Something went wrong',
          message: 'The server could not complete the request. Try again in a moment.',
          ...(code ? { code } : {}),
          retryable: true,
        };
    }
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    return {
      title: 'The server is having trouble',
      message: 'Waypoint’s server did not answer properly. Try again in a moment.',
      code: `HTTP ${error.statusCode}`,
      retryable: true,
    };
  }
  return {
    title: 'Cannot reach Waypoint',
    message: 'Check your network connection, then try again.',
    retryable: true,
  };
}
