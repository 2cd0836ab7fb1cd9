import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { endsSession } from './session-links';

const failed = (code: string, field: string) =>
  new CombinedGraphQLErrors({
    data: null,
    errors: [{ message: 'm', path: [field], extensions: { code } }],
  });

describe('noticing that a session has ended', () => {
  it('any operation refused as UNAUTHENTICATED ends the session in the app', () => {
    expect(endsSession(failed('UNAUTHENTICATED', 'clients'))).toBe(true);
    expect(endsSession(failed('UNAUTHENTICATED', 'updateClient'))).toBe(true);
  });

  it('a refused sign-in (wrong password, too many attempts) does not', () => {
    expect(endsSession(failed('UNAUTHENTICATED', 'signIn'))).toBe(false);
  });

  it('other refusals and network failures do not', () => {
    expect(endsSession(failed('FORBIDDEN', 'client'))).toBe(false);
    expect(endsSession(new TypeError('Failed to fetch'))).toBe(false);
  });
});
