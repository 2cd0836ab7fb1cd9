/**
 * Personal API tokens (issue 16): what a token may be asked for, and what a request made with one
 * may never do whatever its scope.
 */
export const ApiTokenScope = { READ_ONLY: 'READ_ONLY', READ_WRITE: 'READ_WRITE' } as const;
export type ApiTokenScope = (typeof ApiTokenScope)[keyof typeof ApiTokenScope];

export const API_TOKEN_NAME_MAX_LENGTH = 100;
/** The secret begins with this, so a leaked one is recognisable (e.g. by secret scanners). */
export const API_TOKEN_PREFIX = 'wpt_';

export interface ApiTokenRequest {
  name: string;
  /** Null: until revoked. */
  expiresAt: Date | null;
}

export interface ApiTokenProblem {
  field: 'name' | 'expiresAt';
  message: string;
}

/** What is wrong with a token request (empty: it may be created). */
export function apiTokenProblems(request: ApiTokenRequest, now: Date): ApiTokenProblem[] {
  const problems: ApiTokenProblem[] = [];
  const name = request.name.trim();
  if (!name) problems.push({ field: 'name', message: 'Give the token a name.' });
  else if (name.length > API_TOKEN_NAME_MAX_LENGTH) {
    problems.push({
      field: 'name',
      message: `Use at most ${API_TOKEN_NAME_MAX_LENGTH} characters.`,
    });
  }
  if (request.expiresAt && request.expiresAt.getTime() <= now.getTime()) {
    problems.push({ field: 'expiresAt', message: 'The expiry must be in the future.' });
  }
  return problems;
}

/** Why a request made with a token may not run this root operation (null: it may). */
export function apiTokenRefusal(
  scope: ApiTokenScope,
  operation: { mutation: boolean; ownAccount: boolean },
): string | null {
  // One's own sign-in, password, MFA, sessions and tokens belong to the person at a browser.
  if (operation.mutation && operation.ownAccount) {
    return 'An API token cannot change sign-in, password, MFA, sessions or tokens';
  }
  if (operation.mutation && scope === 'READ_ONLY') return 'This API token is read-only';
  return null;
}
