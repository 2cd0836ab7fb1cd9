import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const PasswordLinkQuery = graphql(`
  query PasswordLink($token: String!) {
    passwordLink(token: $token) {
      purpose
      email
      firstName
      lastName
      expiresAt
    }
  }
`);

const SetPasswordWithLinkMutation = graphql(`
  mutation SetPasswordWithLink($input: SetPasswordWithLinkInput!) {
    setPasswordWithLink(input: $input) {
      email
    }
  }
`);

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      message
    }
  }
`);

/** Sets a password from a link; nothing is cached (the person is not signed in). */
export function useSetPasswordWithLink() {
  const [mutate, { loading }] = useMutation(SetPasswordWithLinkMutation);
  const setPassword = async (token: string, newPassword: string) => {
    const { data } = await mutate({ variables: { input: { token, newPassword } } });
    return data?.setPasswordWithLink ?? null;
  };
  return { setPassword, saving: loading };
}

export function useRequestPasswordReset() {
  const [mutate, { loading }] = useMutation(RequestPasswordResetMutation);
  const requestReset = async (email: string) => {
    const { data } = await mutate({ variables: { input: { email: email.trim() } } });
    return data?.requestPasswordReset.message ?? null;
  };
  return { requestReset, requesting: loading };
}
