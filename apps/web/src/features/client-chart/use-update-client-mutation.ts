import { useMutation } from '@apollo/client/react';
import { getFragmentData, graphql } from '../../gql';
import { apiError, fieldErrors } from '../../ui/graphql-errors';
import { ContactDetailsCardFragment } from './contact-details-card';
import { contactValues, type ClientContactInput, type TheirVersion } from './contact-details';

// A conflict's `current` is the client as it stands, selected with the same fragments the chart
// shows: Apollo's cache takes it by id, so nothing stale stays on screen.
const UpdateClientContactMutation = graphql(`
  mutation UpdateClientContact($input: UpdateClientInput!) {
    updateClient(input: $input) {
      __typename
      ... on Client {
        id
        ...ContactDetailsCard_client
        ...ClientChartHeader_client
      }
      ... on ClientConflict {
        message
        savedBy {
          id
          displayName
        }
        current {
          id
          ...ContactDetailsCard_client
          ...ClientChartHeader_client
        }
      }
    }
  }
`);

export type UpdateClientResult =
  | { kind: 'saved' }
  /** Field problems the API found, keyed by field. */
  | { kind: 'invalid'; fields: Record<string, string> }
  /** Someone saved first; their version is already in the cache (the chart shows it). */
  | { kind: 'conflict'; theirs: TheirVersion }
  /** The viewer may read this chart but not change it (e.g. under break-glass). */
  | { kind: 'forbidden' }
  /** The session ended; the app is on its way to the sign-in page and the draft is kept. */
  | { kind: 'signed-out' }
  | { kind: 'failed'; error: unknown };

/** Saves a client's contact details and says what happened in terms the form can act on. */
export function useUpdateClientMutation() {
  const [mutate, { loading }] = useMutation(UpdateClientContactMutation);

  const update = async (input: ClientContactInput): Promise<UpdateClientResult> => {
    try {
      const { data } = await mutate({ variables: { input } });
      const answer = data?.updateClient;
      if (answer?.__typename !== 'ClientConflict') return { kind: 'saved' };
      // No current record: it was removed since (a refusal to read it arrives as FORBIDDEN).
      if (!answer.current) return { kind: 'failed', error: new Error(answer.message) };
      const theirs = getFragmentData(ContactDetailsCardFragment, answer.current);
      return {
        kind: 'conflict',
        theirs: {
          version: theirs.version,
          values: contactValues(theirs),
          updatedAt: theirs.updatedAt,
          savedBy: answer.savedBy?.displayName ?? null,
        },
      };
    } catch (error) {
      const e = apiError(error);
      switch (e?.code) {
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

  return { update, saving: loading };
}
