import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the operation asks, under the field being resolved, for the field at `path` (through
 * fragments and inline fragments): a resolver then reads it in its own statement instead of
 * leaving it to a loader's later round trip.
 */
export function selects(info: GraphQLResolveInfo, ...path: string[]): boolean {
  const within = (set: SelectionSetNode | undefined, rest: string[]): boolean => {
    if (!set) return false;
    const [name, ...deeper] = rest;
    return set.selections.some((s) => {
      if (s.kind === Kind.FIELD) {
        if (s.name.value !== name) return false;
        return deeper.length ? within(s.selectionSet, deeper) : true;
      }
      if (s.kind === Kind.INLINE_FRAGMENT) return within(s.selectionSet, rest);
      return within(info.fragments[s.name.value]?.selectionSet, rest);
    });
  };
  return info.fieldNodes.some((node) => within(node.selectionSet, path));
}
