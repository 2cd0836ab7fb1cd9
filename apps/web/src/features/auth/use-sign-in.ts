import { useApolloClient, useMutation } from '@apollo/client/react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { clearDrafts, sessionDraftStorage } from '../../ui/form-drafts';
import { CurrentViewerFragment, CurrentViewerQuery } from './current-viewer';
import { signInFailure, type SignInFailure } from './sign-in-errors';

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...CurrentViewer_viewer
    }
  }
`);

export type SignInResult = { ok: true } | { ok: false; failure: SignInFailure };

/**
 * What every way of signing in ends with (a password; a code; setting up MFA): an empty cache,
 * the new viewer as the app's `me`, and only this person's drafts kept.
 */
export function useSessionStarted() {
  const client = useApolloClient();
  return async (viewer: FragmentType<typeof CurrentViewerFragment>) => {
    // Nothing cached for an earlier session is ever shown in this one.
    await client.clearStore();
    client.writeQuery({ query: CurrentViewerQuery, data: { me: viewer } });
    // Unsaved drafts are offered back only to the person who typed them.
    const storage = sessionDraftStorage();
    if (storage) clearDrafts(storage, getFragmentData(CurrentViewerFragment, viewer).staff.id);
  };
}

/** Signs in, starting from an empty cache, and makes the new viewer the app's `me`. */
export function useSignIn() {
  const sessionStarted = useSessionStarted();
  const [mutate, { loading }] = useMutation(SignInMutation);

  const signIn = async (input: { email: string; password: string }): Promise<SignInResult> => {
    try {
      const { data } = await mutate({
        variables: { input: { ...input, email: input.email.trim() } },
      });
      if (!data) return { ok: false, failure: signInFailure(null) };
      await sessionStarted(data.signIn);
      return { ok: true };
    } catch (error) {
      return { ok: false, failure: signInFailure(error) };
    }
  };

  return { signIn, signingIn: loading };
}
