import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { GraphQLContext } from './context.js';

/**
 * A query reads from a read replica (when DATABASE_REPLICA_URLS names a usable one). A mutation
 * never does: its reads belong to its transaction and must see its own writes. The choice is made
 * once the operation is known and before any resolver reads.
 */
export const replicaReadsPlugin: ApolloServerPlugin<GraphQLContext> = {
  requestDidStart() {
    return Promise.resolve({
      didResolveOperation({ operation, contextValue }) {
        if (operation?.operation === OperationTypeNode.QUERY) contextValue.readFromReplica();
        return Promise.resolve();
      },
    });
  },
};
