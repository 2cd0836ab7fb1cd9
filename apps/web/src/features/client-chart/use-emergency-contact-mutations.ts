import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { apiError, fieldErrors } from '../../ui/graphql-errors';
import type { ContactFormValues } from './emergency-contacts';

export const EmergencyContactFragment = graphql(`
  fragment EmergencyContact_contact on ClientContact {
    id
    version
    name
    relationship
    phone
    kind
    mayContact
  }
`);

const AddEmergencyContactMutation = graphql(`
  mutation AddEmergencyContact($input: AddClientContactInput!) {
    addClientContact(input: $input) {
      ...EmergencyContact_contact
    }
  }
`);

// A conflict's `current` is selected with the same fragment the card shows, so the cache takes it.
const UpdateEmergencyContactMutation = graphql(`
  mutation UpdateEmergencyContact($input: UpdateClientContactInput!) {
    updateClientContact(input: $input) {
      __typename
      ... on ClientContact {
        ...EmergencyContact_contact
      }
      ... on ClientContactConflict {
        message
        current {
          ...EmergencyContact_contact
        }
      }
    }
  }
`);

const RemoveEmergencyContactMutation = graphql(`
  mutation RemoveEmergencyContact($input: ClientContactRef!) {
    removeClientContact(input: $input) {
      __typename
      ... on ClientContactConflict {
        message
        current {
          ...EmergencyContact_contact
        }
      }
    }
  }
`);

export type ContactSaveResult =
  | { kind: 'saved' }
  | { kind: 'invalid'; fields: Record<string, string> }
  /** Someone changed (or removed) it first; the card now shows how it stands. */
  | { kind: 'conflict' }
  | { kind: 'failed'; message: string };

async function answered(save: () => Promise<string | undefined>): Promise<ContactSaveResult> {
  try {
    return (await save()) === 'ClientContactConflict' ? { kind: 'conflict' } : { kind: 'saved' };
  } catch (error) {
    const e = apiError(error);
    if (e?.code === 'BAD_USER_INPUT') return { kind: 'invalid', fields: fieldErrors(error) };
    if (e?.code === 'FORBIDDEN') {
      return { kind: 'failed', message: 'You may not change this chart’s contacts.' };
    }
    return { kind: 'failed', message: 'The contact could not be saved. Try again.' };
  }
}

/** Adds, changes and removes a client's emergency and crisis contacts; the chart refetches. */
export function useEmergencyContactMutations(clientId: string) {
  const refetch = { refetchQueries: ['ClientChart'], awaitRefetchQueries: true };
  const [add, a] = useMutation(AddEmergencyContactMutation, refetch);
  const [update, u] = useMutation(UpdateEmergencyContactMutation, refetch);
  const [remove, r] = useMutation(RemoveEmergencyContactMutation, refetch);
  return {
    saving: a.loading || u.loading || r.loading,
    add: (values: ContactFormValues) =>
      answered(async () => {
        await add({ variables: { input: { clientId, ...values } } });
        return undefined;
      }),
    update: (ref: { id: string; version: number }, values: ContactFormValues) =>
      answered(async () => {
        const { id, version } = ref; // only these: the input type has no room for the rest
        const input = { clientId, id, version, ...values };
        const { data } = await update({ variables: { input } });
        return data?.updateClientContact.__typename;
      }),
    remove: (ref: { id: string; version: number }) =>
      answered(async () => {
        const { id, version } = ref;
        const { data } = await remove({ variables: { input: { clientId, id, version } } });
        return data?.removeClientContact.__typename;
      }),
  };
}
