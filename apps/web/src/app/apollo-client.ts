import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { typePolicies } from './cache-policies';
import { serverActivityLink, sessionEndedLink } from './session-links';

interface ApolloClientOptions {
  /** The API said nobody is signed in (automatic logoff, revoked session). */
  onSessionEnded: () => void;
}

/** Same origin: the API serves the app in production and Vite proxies /graphql in development. */
export function createApolloClient({ onSessionEnded }: ApolloClientOptions): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      serverActivityLink(),
      sessionEndedLink(onSessionEnded),
      new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    ]),
    cache: new InMemoryCache({ typePolicies }),
  });
}
