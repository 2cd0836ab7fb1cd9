import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { apiError, apiErrorCode, fieldErrors } from './graphql-errors';

const failed = (extensions: Record<string, unknown>, message = 'm') =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });

describe('reading the API’s errors', () => {
  it('gives the code and extensions of the first error', () => {
    const e = apiError(failed({ code: 'FORBIDDEN', breakGlassAvailable: true }));
    expect(e?.code).toBe('FORBIDDEN');
    expect(e?.extensions.breakGlassAvailable).toBe(true);
  });

  it('a network failure has no API error', () => {
    expect(apiError(new TypeError('Failed to fetch'))).toBeNull();
    expect(apiErrorCode(new TypeError('Failed to fetch'))).toBeUndefined();
  });

  it('field problems become form errors keyed by field, first message wins', () => {
    const error = failed({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.phone', message: 'must be a phone number' },
        { field: 'email', message: 'must be an email address' },
        { field: 'email', message: 'is too long' },
        { nonsense: true },
      ],
    });
    expect(fieldErrors(error)).toEqual({
      phone: 'Must be a phone number',
      email: 'Must be an email address',
    });
  });

  it('other errors have no field problems', () => {
    expect(
      fieldErrors(failed({ code: 'CONFLICT', fields: [{ field: 'x', message: 'y' }] })),
    ).toEqual({});
  });
});
