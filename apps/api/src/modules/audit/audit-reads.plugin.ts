import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../../graphql/context.js';

/**
 * Writes the request's reads to the audit trail (one INSERT) before the response leaves. If that
 * fails, the data is withheld: an unaudited read of client records is not allowed to happen.
 */
export const auditReadsPlugin: ApolloServerPlugin<GraphQLContext> = {
  requestDidStart() {
    return Promise.resolve({
      async willSendResponse({ response, contextValue }) {
        try {
          await contextValue.audit.flushReads();
        } catch (err) {
          contextValue.logger.error({ err }, 'audit write failed; response withheld');
          response.body = {
            kind: 'single',
            singleResult: {
              data: null,
              errors: [
                {
                  message: 'Internal server error',
                  extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: contextValue.requestId },
                },
              ],
            },
          };
        }
      },
    });
  },
};
