/** Where the app opens after signing in when no page was asked for (the router picks the screen). */
export const HOME_PATH = '/';
export const SIGN_IN_PATH = '/sign-in';
export const FORGOT_PASSWORD_PATH = '/forgot-password';

// Any absolute URL resolves against this; if the result leaves it, the path was not ours.
const PROBE_ORIGIN = 'https://waypoint.invalid';

/**
 * A `returnTo` from the address bar, accepted only as a path inside this app: never another
 * site (`//evil.example`, `https://…`, `/\evil.example`, `javascript:`), never the sign-in page
 * itself. Returns path + query + hash, or null.
 */
export function safeReturnTo(raw: string | null | undefined): string | null {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return null;
  let url: URL;
  try {
    url = new URL(raw, PROBE_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PROBE_ORIGIN) return null;
  if (url.pathname === SIGN_IN_PATH || url.pathname.startsWith(`${SIGN_IN_PATH}/`)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, remembering where to come back to (left out when that is just home). */
export function signInPath(returnTo?: string | null): string {
  const safe = safeReturnTo(returnTo);
  if (!safe || safe === HOME_PATH) return SIGN_IN_PATH;
  return `${SIGN_IN_PATH}?${new URLSearchParams({ returnTo: safe }).toString()}`;
}

/** Why the app sent someone to sign in, carried in the router's location state. */
export type SignInReason = 'session-ended' | 'signed-out' | 'password-set';

export function signInState(reason: SignInReason): { signInReason: SignInReason } {
  return { signInReason: reason };
}

export function signInReason(state: unknown): SignInReason | null {
  if (typeof state !== 'object' || state === null || !('signInReason' in state)) return null;
  const reason = state.signInReason;
  return reason === 'session-ended' || reason === 'signed-out' || reason === 'password-set'
    ? reason
    : null;
}
