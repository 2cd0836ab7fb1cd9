import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ApiTokenScope } from '../../gql/graphql';

export const MyApiTokensQuery = graphql(`
  query MyApiTokens {
    myApiTokens {
      id
      name
      prefix
      scope
      createdAt
      expiresAt
      lastUsedAt
      revokedAt
    }
  }
`);

const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      token {
        id
      }
    }
  }
`);

const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      id
      revokedAt
    }
  }
`);

const refetchTokens = { refetchQueries: [MyApiTokensQuery], awaitRefetchQueries: true };

/** Creates a token; answers its secret, which the server never shows again. */
export function useCreateApiToken() {
  const [mutate, { loading }] = useMutation(CreateApiTokenMutation, refetchTokens);
  const createToken = async (input: {
    name: string;
    scope: ApiTokenScope;
    expiresAt: string | null;
  }) => {
    const { data } = await mutate({ variables: { input } });
    return data?.createApiToken.secret ?? null;
  };
  return { createToken, creating: loading };
}

export function useRevokeApiToken() {
  const [mutate, { loading }] = useMutation(RevokeApiTokenMutation);
  const revokeToken = async (tokenId: string) => {
    await mutate({ variables: { input: { tokenId } } });
  };
  return { revokeToken, revoking: loading };
}
