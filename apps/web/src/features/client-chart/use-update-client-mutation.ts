import { useMutation } from '@apollo/client/react';
import { clientDisplayName } from '@waypoint/domain';
import { graphql } from '../../gql';
import { apiError, fieldErrors } from '../../ui/graphql-errors';
import {
  contactFields,
  theirVersion,
  type ClientContactInput,
  type TheirVersion,
} from './contact-details';

const UpdateClientContactMutation = graphql(`
  mutation UpdateClientContact($input: UpdateClientInput!) {
    updateClient(input: $input) {
      id
      ...ContactDetailsCard_client
      ...ClientChartHeader_client
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
  const [mutate, { loading, client }] = useMutation(UpdateClientContactMutation);

  const update = async (input: ClientContactInput): Promise<UpdateClientResult> => {
    try {
      await mutate({ variables: { input } });
      return { kind: 'saved' };
    } catch (error) {
      const e = apiError(error);
      switch (e?.code) {
        case 'BAD_USER_INPUT':
          return { kind: 'invalid', fields: fieldErrors(error) };
        case 'CONFLICT': {
          const theirs = theirVersion(e.extensions.current);
          if (!theirs) return { kind: 'failed', error };
          // Show their version everywhere the client appears, so nothing stale stays on screen.
          client.cache.modify({
            id: client.cache.identify({ __typename: 'Client', id: input.id }),
            fields: {
              version: () => theirs.version,
              ...Object.fromEntries(contactFields.map((f) => [f, () => theirs.values[f] || null])),
              ...(theirs.updatedAt ? { updatedAt: () => theirs.updatedAt } : {}),
              ...(theirs.firstName && theirs.lastName
                ? {
                    displayName: () =>
                      clientDisplayName({
                        firstName: theirs.firstName ?? '',
                        lastName: theirs.lastName ?? '',
                        preferredName: theirs.values.preferredName,
                      }),
                  }
                : {}),
            },
          });
          return { kind: 'conflict', theirs };
        }
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
