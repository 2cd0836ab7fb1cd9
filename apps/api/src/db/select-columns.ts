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
