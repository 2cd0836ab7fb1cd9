import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { codeFailure } from './code-failure';

const failed = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({
    data: null,
    errors: [{ message, path: ['completeSignIn'], extensions }],
  });

describe('a refused code', () => {
  it('a wrong code says so beside the field', () => {
    const f = codeFailure(
      failed('Invalid input: code', {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'code', message: 'That code is not right' }],
      }),
    );
    expect(f).toEqual({ kind: 'wrong', message: 'That code is not right' });
  });

  it('too many wrong codes wait like passwords do', () => {
    const f = codeFailure(
      failed('Too many attempts. Try again in 8 seconds.', {
        code: 'UNAUTHENTICATED',
        retryAfterSeconds: 8,
      }),
    );
    expect(f).toEqual({ kind: 'throttled', retryAfterSeconds: 8 });
  });

  it('a sign-in that timed out starts again from the password', () => {
    const f = codeFailure(failed('Your sign-in timed out', { code: 'UNAUTHENTICATED' }));
    expect(f).toEqual({ kind: 'expired' });
  });

  it('a network failure is not blamed on the code', () => {
    expect(codeFailure(new TypeError('Failed to fetch')).kind).toBe('unavailable');
  });
});
