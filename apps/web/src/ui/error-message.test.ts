import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { describeError } from './error-message';

const graphQLError = (code: string, message = 'internal detail at Resolver.ts:42') =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { code } }] });

describe('error messages for staff', () => {
  it('a refused request says so and is not offered again', () => {
    const d = describeError(graphQLError('FORBIDDEN'));
    expect(d).toMatchObject({ code: 'FORBIDDEN', retryable: false });
  });

  it('invalid filters point the user at clearing them', () => {
    expect(describeError(graphQLError('BAD_USER_INPUT')).message).toMatch(/Clear the filters/);
  });

  it('never repeats the server’s own error text', () => {
    const d = describeError(graphQLError('INTERNAL_SERVER_ERROR'));
    expect(JSON.stringify(d)).not.toContain('Resolver.ts');
    expect(d.retryable).toBe(true);
  });

  it('an HTTP failure names its status for support', () => {
    const response = new Response('oops', { status: 502 });
    const d = describeError(
      new ServerError('Response not successful', { response, bodyText: 'oops' }),
    );
    expect(d).toMatchObject({ code: 'HTTP 502', retryable: true });
  });

  it('a network failure suggests checking the connection', () => {
    expect(describeError(new TypeError('Failed to fetch')).title).toBe('Cannot reach Waypoint');
  });
});
