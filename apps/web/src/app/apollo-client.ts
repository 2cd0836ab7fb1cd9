import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { typePolicies } from './cache-policies';
import { ActivityTracker } from './idle-clock';
import { activityLink, sessionEndedLink } from './session-links';

interface ApolloClientOptions {
  /** The API said nobody is signed in (automatic logoff, revoked session). */
  onSessionEnded: () => void;
}

/** Same origin: the API serves the app in production and Vite proxies /graphql in development. */
export function createApolloClient({ onSessionEnded }: ApolloClientOptions): ApolloClient {
  const activity = new ActivityTracker();
  // One client per page load, for the page's life: the listeners never need removing.
  if (typeof window !== 'undefined') activity.listen(window);
  return new ApolloClient({
    link: ApolloLink.from([
      activityLink(activity),
      sessionEndedLink(onSessionEnded),
      new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    ]),
    cache: new InMemoryCache({ typePolicies }),
  });
}
