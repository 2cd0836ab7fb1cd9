import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { OpenInquiryInput } from '../../gql/graphql';
import { apiError, fieldErrors } from '../../ui/graphql-errors';

const OpenInquiryMutation = graphql(`
  mutation OpenInquiry($input: OpenInquiryInput!) {
    openInquiry(input: $input) {
      id
      status
      client {
        id
        displayName
      }
    }
  }
`);

export type OpenInquiryResult =
  | { kind: 'opened'; clientId: string; clientName: string }
  /** Field problems the API found, keyed by field. */
  | { kind: 'invalid'; fields: Record<string, string> }
  /** A client with this name and date of birth exists: choose them, or confirm a new person. */
  | { kind: 'duplicate'; message: string }
  /** The age is outside the program's population (a director may override with a reason). */
  | { kind: 'age'; message: string }
  /** The viewer may not open inquiries in this program. */
  | { kind: 'forbidden' }
  | { kind: 'signed-out' }
  | { kind: 'failed'; error: unknown };

/** Opens an inquiry: an episode in INQUIRY, for a new client or a returning one (readmission). */
export function useOpenInquiryMutation() {
  const [mutate, { loading, client }] = useMutation(OpenInquiryMutation);

  const open = async (input: OpenInquiryInput): Promise<OpenInquiryResult> => {
    try {
      const { data } = await mutate({ variables: { input } });
      if (!data) return { kind: 'failed', error: null };
      // A new client belongs in the intake and caseload lists: fetched afresh when next shown.
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'clients' });
      client.cache.gc();
      const { id, displayName } = data.openInquiry.client;
      return { kind: 'opened', clientId: id, clientName: displayName };
    } catch (error) {
      const e = apiError(error);
      switch (e?.code) {
        case 'BAD_USER_INPUT':
          if (e.extensions.rule === 'POSSIBLE_DUPLICATE') {
            return { kind: 'duplicate', message: e.message };
          }
          if (e.extensions.rule === 'PROGRAM_AGE_RANGE') return { kind: 'age', message: e.message };
          return { kind: 'invalid', fields: fieldErrors(error) };
        case 'FORBIDDEN':
          return { kind: 'forbidden' };
        case 'UNAUTHENTICATED':
          return { kind: 'signed-out' };
        default:
          return { kind: 'failed', error };
      }
    }
  };

  return { open, opening: loading };
}
