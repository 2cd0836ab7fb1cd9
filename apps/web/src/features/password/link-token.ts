/**
 * The token of a set-password link, from the page's fragment (`#token=…`): the fragment never
 * reaches a server, so the token stays out of logs. Null when there is none.
 */
export function linkToken(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : null;
}
