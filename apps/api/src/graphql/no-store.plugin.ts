import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from './context.js';

/**
 * Every answer is `Cache-Control: no-store`: it may carry client records, which no browser or
 * proxy keeps. Apollo's cache-control plugin said the same (the schema has no cache hints) but
 * wrapped every field resolver of every request to work out per-field hints; it is disabled
 * (server.ts) and this sets the header once per response instead.
 */
export const noStorePlugin: ApolloServerPlugin<GraphQLContext> = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
        return Promise.resolve();
      },
    });
  },
};
