import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const MySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      createdAt
      lastSeenAt
      expiresAt
      userAgent
      current
    }
  }
`);

const ChangeMyPasswordMutation = graphql(`
  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {
    changeMyPassword(input: $input) {
      sessionsEnded
    }
  }
`);

const SignOutSessionMutation = graphql(`
  mutation SignOutSession($input: SignOutSessionInput!) {
    signOutSession(input: $input) {
      sessionId
    }
  }
`);

const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere($input: SignOutEverywhereInput!) {
    signOutEverywhere(input: $input) {
      sessionsEnded
    }
  }
`);

// Each of these ends sessions: the list is asked again rather than patched in the cache.
const refetchSessions = { refetchQueries: [MySessionsQuery], awaitRefetchQueries: true };

/** Changes the signed-in person's password; answers how many other sessions it ended. */
export function useChangeMyPassword() {
  const [mutate, { loading }] = useMutation(ChangeMyPasswordMutation, refetchSessions);
  const changePassword = async (currentPassword: string, newPassword: string) => {
    const { data } = await mutate({ variables: { input: { currentPassword, newPassword } } });
    return data?.changeMyPassword.sessionsEnded ?? 0;
  };
  return { changePassword, changing: loading };
}

export function useSignOutSession() {
  const [mutate, { loading }] = useMutation(SignOutSessionMutation, refetchSessions);
  const signOutSession = async (sessionId: string) => {
    await mutate({ variables: { input: { sessionId } } });
  };
  return { signOutSession, signingOutSession: loading };
}

export function useSignOutEverywhere() {
  const [mutate, { loading }] = useMutation(SignOutEverywhereMutation);
  const signOutEverywhere = async (includingThisSession: boolean) => {
    const { data } = await mutate({
      variables: { input: { includingThisSession } },
      // Only when this session lives on is there a list to show again.
      ...(includingThisSession ? {} : refetchSessions),
    });
    return data?.signOutEverywhere.sessionsEnded ?? 0;
  };
  return { signOutEverywhere, signingOutEverywhere: loading };
}
