import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router-dom';
import { graphql } from '../../gql';
import { clearDrafts, sessionDraftStorage } from '../../ui/form-drafts';
import { signInState, SIGN_IN_PATH } from './return-to';

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut {
      signedOut
    }
  }
`);

/** Ends the session on the server, then forgets everything this tab held: cache and drafts. */
export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [mutate, { loading }] = useMutation(SignOutMutation);

  const signOut = async () => {
    let confirmed = true;
    try {
      await mutate();
    } catch {
      confirmed = false;
    }
    const storage = sessionDraftStorage();
    if (storage) clearDrafts(storage);
    await navigate(SIGN_IN_PATH, { replace: true, state: signInState('signed-out') });
    await client.clearStore();
    if (!confirmed) {
      notifications.show({
        color: 'yellow',
        title: 'Sign-out not confirmed',
        message:
          'Waypoint could not be reached to end your session. Close this browser window to be sure it ends.',
        autoClose: false,
      });
    }
  };

  return { signOut, signingOut: loading };
}
