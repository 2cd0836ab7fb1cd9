import type { ApolloCache, Reference, StoreObject } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { planQueries } from './plan-queries';

type Entity = StoreObject & { __typename: string; id: string };

/** A new element goes last among its siblings, as the API adds it. */
export function appendChild(cache: ApolloCache, parent: Entity, field: string, child: Entity) {
  cache.modify({
    id: cache.identify(parent),
    fields: {
      [field]: (existing: readonly Reference[] = [], { toReference, readField }) =>
        existing.some((ref) => readField('id', ref) === child.id)
          ? existing
          : [...existing, toReference(child)!],
    },
  });
}

/** A removed element leaves its parent's list and the cache (with everything under it). */
export function removeChild(cache: ApolloCache, parent: Entity, field: string, child: Entity) {
  cache.modify({
    id: cache.identify(parent),
    fields: {
      [field]: (existing: readonly Reference[] = [], { readField }) =>
        existing.filter((ref) => readField('id', ref) !== child.id),
    },
  });
  cache.evict({ id: cache.identify(child) });
  cache.gc();
}

/** Asks the API again for every plan shown: after a refusal that says the screen is behind. */
export function useRefreshPlan() {
  const client = useApolloClient();
  return useCallback(() => {
    void client.refetchQueries({ include: planQueries }).catch(() => undefined);
  }, [client]);
}
