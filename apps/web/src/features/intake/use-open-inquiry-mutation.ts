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
  /** The viewer may not open inquiries in this program. */
  | { kind: 'forbidden' }
  | { kind: 'signed-out' }
  | { kind: 'failed'; error: unknown };

/** Opens a new inquiry: a client and an episode in INQUIRY, together. */
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
      switch (apiError(error)?.code) {
        case 'BAD_USER_INPUT':
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
