import {
  getArgumentValues,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/** The operation's selections, under the field being resolved, of the field at `path`. */
function fieldNodesAt(info: GraphQLResolveInfo, path: readonly string[]): FieldNode[] {
  const within = (set: SelectionSetNode | undefined, rest: readonly string[]): FieldNode[] => {
    if (!set) return [];
    const [name, ...deeper] = rest;
    return set.selections.flatMap((s) => {
      if (s.kind === Kind.FIELD) {
        if (s.name.value !== name) return [];
        return deeper.length ? within(s.selectionSet, deeper) : [s];
      }
      if (s.kind === Kind.INLINE_FRAGMENT) return within(s.selectionSet, rest);
      return within(info.fragments[s.name.value]?.selectionSet, rest);
    });
  };
  return info.fieldNodes.flatMap((node) => within(node.selectionSet, path));
}

/**
 * Whether the operation asks, under the field being resolved, for the field at `path` (through
 * fragments and inline fragments): a resolver then reads it in its own statement instead of
 * leaving it to a loader's later round trip.
 */
export function selects(info: GraphQLResolveInfo, ...path: string[]): boolean {
  return fieldNodesAt(info, path).length > 0;
}

/**
 * The arguments (variables and defaults applied) of each selection of the field at `path`, so a
 * resolver can read that field's data ahead in its own statement.
 */
export function argumentsAt(
  info: GraphQLResolveInfo,
  ...path: string[]
): Record<string, unknown>[] {
  let type = getNamedType(info.returnType);
  let field: GraphQLField<unknown, unknown> | undefined;
  for (const name of path) {
    field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
    if (!field) return [];
    type = getNamedType(field.type);
  }
  const def = field;
  if (!def) return [];
  return fieldNodesAt(info, path).map((node) => getArgumentValues(def, node, info.variableValues));
}
