import { graphql } from '../../gql';

export const SignConsent = graphql(`
  mutation SignConsent($input: SignConsentInput!) {
    signConsent(input: $input) {
      __typename
      ... on Consent {
        id
        version
        status
      }
      ... on ConsentConflict {
        message
      }
    }
  }
`);

export const DeclineConsent = graphql(`
  mutation DeclineConsent($input: DeclineConsentInput!) {
    declineConsent(input: $input) {
      __typename
      ... on Consent {
        id
        version
        status
      }
      ... on ConsentConflict {
        message
      }
    }
  }
`);

export const RevokeConsent = graphql(`
  mutation RevokeConsent($input: RevokeConsentInput!) {
    revokeConsent(input: $input) {
      __typename
      ... on Consent {
        id
        version
        status
      }
      ... on ConsentConflict {
        message
      }
    }
  }
`);
