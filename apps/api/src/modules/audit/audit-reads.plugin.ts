import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { isServiceUnavailable, RETRY_AFTER_SECONDS, unavailable } from '../../graphql/errors.js';

/** The operation's root field names, in order, once each ("clients", "me,clients"). */
export function rootFieldNames(selectionSet: SelectionSetNode, document: DocumentNode): string[] {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode, seen: Set<string>) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value !== '__typename') names.add(s.name.value);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        visit(s.selectionSet, seen);
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const fragment = document.definitions.find(
          (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value,
        );
        if (fragment?.kind === Kind.FRAGMENT_DEFINITION) visit(fragment.selectionSet, seen);
      }
    }
  };
  visit(selectionSet, new Set());
  return [...names];
}

/**
 * Tells the request's audit trail which operation it serves (its root fields, stored on every
 * event), and writes the request's reads to the audit trail (one INSERT) before the response leaves. If that
 * fails, the data is withheld: an unaudited read of client records is not allowed to happen. A
 * request whose client has gone writes none: its data is never sent.
 */
export const auditReadsPlugin: ApolloServerPlugin<GraphQLContext> = {
  requestDidStart() {
    return Promise.resolve({
      didResolveOperation({ operation, document, contextValue }) {
        const names = operation ? rootFieldNames(operation.selectionSet, document) : [];
        contextValue.audit.operation = names.length ? names.join(',') : null;
        return Promise.resolve();
      },
      async willSendResponse({ response, contextValue }) {
        // Nobody will receive this answer: its records were not read by anyone.
        if (contextValue.req.abandoned.aborted) return;
        try {
          await contextValue.audit.flushReads();
        } catch (err) {
          // An overloaded or unreachable database is no fault of the request: the client is told
          // to try again (503), as for any other statement that could not run in time.
          const busy = isServiceUnavailable(err);
          contextValue.logger[busy ? 'warn' : 'error'](
            { err },
            'audit write failed; response withheld',
          );
          response.body = {
            kind: 'single',
            singleResult: {
              data: null,
              errors: [
                busy
                  ? unavailable
                  : {
                      message: 'Internal server error',
                      extensions: {
                        code: 'INTERNAL_SERVER_ERROR',
                        requestId: contextValue.requestId,
                      },
                    },
              ],
            },
          };
          if (busy) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          }
        }
      },
    });
  },
};
