import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { REJECTED_MESSAGE, signInFailure } from './sign-in-errors';

const failed = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, path: ['signIn'], extensions }] });

describe('why a sign-in failed', () => {
  it('a wrong password or unknown email gets one generic message', () => {
    expect(
      signInFailure(failed('Email or password is incorrect', { code: 'UNAUTHENTICATED' })),
    ).toEqual({ kind: 'rejected', message: REJECTED_MESSAGE });
  });

  it('too many attempts says how long to wait', () => {
    expect(
      signInFailure(
        failed('Too many attempts. Try again in 42 seconds.', {
          code: 'UNAUTHENTICATED',
          retryAfterSeconds: 42,
        }),
      ),
    ).toEqual({ kind: 'throttled', retryAfterSeconds: 42 });
  });

  it('the wait is read from the message if the extension is missing', () => {
    expect(
      signInFailure(
        failed('Too many attempts. Try again in 900 seconds.', { code: 'UNAUTHENTICATED' }),
      ),
    ).toEqual({ kind: 'throttled', retryAfterSeconds: 900 });
  });

  it('invalid fields are shown beside the fields', () => {
    const f = signInFailure(
      failed('Invalid input: email', {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'email', message: 'must be an email address' }],
      }),
    );
    expect(f).toEqual({ kind: 'fields', fields: { email: 'Must be an email address' } });
  });

  it('a network failure is not blamed on the password', () => {
    const f = signInFailure(new TypeError('Failed to fetch'));
    expect(f.kind).toBe('unavailable');
  });

  it('a right password for an account with MFA asks for the code, or for setting it up', () => {
    expect(signInFailure(failed('Enter the code', { code: 'MFA_CODE_REQUIRED' }))).toEqual({
      kind: 'code-required',
    });
    expect(signInFailure(failed('Set one up', { code: 'MFA_ENROLMENT_REQUIRED' }))).toEqual({
      kind: 'enrolment-required',
    });
  });
});
