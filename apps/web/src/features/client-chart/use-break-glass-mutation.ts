import { useMutation } from '@apollo/client/react';
import {
  BREAK_GLASS_REASON_MAX_LENGTH,
  BREAK_GLASS_REASON_MIN_LENGTH,
  breakGlassReasonProblem,
} from '@waypoint/domain';
import { graphql } from '../../gql';
import { apiError, fieldErrors } from '../../ui/graphql-errors';

// Only the grant's own times: all the chart needs to show how long access lasts.
const BreakGlassMutation = graphql(`
  mutation BreakGlass($input: BreakGlassInput!) {
    breakGlass(input: $input) {
      id
      grantedAt
      expiresAt
    }
  }
`);

/** The API judges the reason by the same rule (`breakGlassReasonProblem`, @waypoint/domain). */
export const MIN_REASON_LENGTH = BREAK_GLASS_REASON_MIN_LENGTH;
export const MAX_REASON_LENGTH = BREAK_GLASS_REASON_MAX_LENGTH;
export const reasonProblem = breakGlassReasonProblem;

export type BreakGlassResult =
  | { kind: 'granted'; expiresAt: string }
  | { kind: 'invalid'; message: string }
  | { kind: 'forbidden' }
  | { kind: 'signed-out' }
  | { kind: 'failed'; error: unknown };

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
