import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { apiError, fieldErrors } from '../../ui/graphql-errors';

// Only the grant's own times: who holds it is for directors' eyes (BreakGlassGrant.staff).
const BreakGlassMutation = graphql(`
  mutation BreakGlass($input: BreakGlassInput!) {
    breakGlass(input: $input) {
      id
      grantedAt
      expiresAt
    }
  }
`);

export const MIN_REASON_LENGTH = 10;
export const MAX_REASON_LENGTH = 500;

export type BreakGlassResult =
  | { kind: 'granted'; expiresAt: string }
  | { kind: 'invalid'; message: string }
  | { kind: 'forbidden' }
  | { kind: 'signed-out' }
  | { kind: 'failed'; error: unknown };

export function reasonProblem(reason: string): string | null {
  const length = reason.trim().length;
  if (length < MIN_REASON_LENGTH) {
    return `Say why you need this chart now, in at least ${MIN_REASON_LENGTH} characters`;
  }
  if (length > MAX_REASON_LENGTH) return `Use at most ${MAX_REASON_LENGTH} characters`;
  return null;
}

/** Asks for emergency (break-glass) access to one chart, with the stated reason. */
export function useBreakGlassMutation() {
  const [mutate, { loading }] = useMutation(BreakGlassMutation);

  const breakGlass = async (clientId: string, reason: string): Promise<BreakGlassResult> => {
    try {
      const { data } = await mutate({ variables: { input: { clientId, reason: reason.trim() } } });
      if (!data) return { kind: 'failed', error: null };
      return { kind: 'granted', expiresAt: data.breakGlass.expiresAt };
    } catch (error) {
      switch (apiError(error)?.code) {
        case 'BAD_USER_INPUT':
          return {
            kind: 'invalid',
            message: fieldErrors(error).reason ?? 'Check the reason and try again',
          };
        case 'FORBIDDEN':
          return { kind: 'forbidden' };
        case 'UNAUTHENTICATED':
          return { kind: 'signed-out' };
        default:
          return { kind: 'failed', error };
      }
    }
  };

  return { breakGlass, requesting: loading };
}
