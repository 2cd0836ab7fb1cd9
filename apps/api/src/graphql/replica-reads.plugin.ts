import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, OperationTypeNode } from 'graphql';
import type { GraphQLContext } from './context.js';

/**
 * Marks a query field that writes as it answers (an export recorded as a disclosure): an
 * operation selecting one is served by the primary, as a mutation is.
 * `@Extensions(WRITES_AS_IT_READS)` on the field.
 */
export const WRITES_AS_IT_READS = { writesAsItReads: true } as const;

/**
 * A query reads from a read replica (when DATABASE_REPLICA_URLS names a usable one). A mutation
 * never does: its reads belong to its transaction and must see its own writes; nor does a query
 * selecting a field that writes. The choice is made once the operation is known and before any
 * resolver reads.
 */
export const replicaReadsPlugin: ApolloServerPlugin<GraphQLContext> = {
  requestDidStart() {
    return Promise.resolve({
      didResolveOperation({ operation, contextValue, schema }) {
        if (operation?.operation !== OperationTypeNode.QUERY) return Promise.resolve();
        const fields = schema.getQueryType()!.getFields();
        const writes = operation.selectionSet.selections.some(
          (s) => s.kind === Kind.FIELD && fields[s.name.value]?.extensions.writesAsItReads === true,
        );
        if (!writes) contextValue.readFromReplica();
        return Promise.resolve();
      },
    });
  },
};
