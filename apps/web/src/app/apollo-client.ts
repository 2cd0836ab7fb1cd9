import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { typePolicies } from './cache-policies';

/** Same origin: the API serves the app in production and Vite proxies /graphql in development. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache({ typePolicies }),
  });
}
