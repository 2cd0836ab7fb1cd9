import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * `alias.column AS "property"` for every column of an entity, so hand-written SQL returns rows
 * in the entity's own shape (keyset pagination and aggregates are clearer in SQL than in the
 * query builder). Columns the entity keeps out of selects (`select: false`: password hashes, the
 * audit chain's hashes) stay out here too.
 */
export function selectColumns<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  alias: string,
): string {
  return ds
    .getMetadata(entity)
    .columns.filter((c) => c.isSelect)
    .map((c) => `${alias}."${c.databaseName}" AS "${c.propertyName}"`)
    .join(', ');
}

/**
 * Gives rows read by hand-written SQL the entity's prototype (in place). type-graphql hands a
 * field resolver's `@Root()` over as it is only when it already is an instance of its class;
 * a plain row is copied into a new instance for every field resolved on it, which costs more than
 * the statement's own parsing on a page of clients.
 */
export function asEntity<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  row: object,
): T {
  return Object.setPrototypeOf(
    row,
    (ds.getMetadata(entity).target as { prototype: object }).prototype,
  ) as T;
}
