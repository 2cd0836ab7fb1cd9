import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { asEntity } from './select-columns.js';

/**
 * Related records carried inside one statement's rows as JSON (a chart's episodes with their
 * program and clinicians, a caseload row's current episode), so a request reads them in the same
 * round trip as the records they belong to instead of one loader statement each. The JSON holds
 * the entity's selectable columns under their property names (`select: false` columns, such as
 * password hashes, never leave the database); `readJsonRecord` gives back what TypeORM's own
 * reading would (timestamps as Date, transformers applied, the entity's prototype).
 */
export function jsonRecord<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  alias: string,
): string {
  const pairs = columnsOf(ds, entity).map((c) => `'${c.property}', ${alias}."${c.column}"`);
  // NULL for a missing row (an outer join that found nothing), not an object of nulls.
  return `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object(${pairs.join(', ')}) END`;
}

export function readJsonRecord<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  json: Record<string, unknown>,
): T {
  for (const c of columnsOf(ds, entity)) {
    const v = json[c.property];
    if (v === null || v === undefined) continue;
    if (c.timestamp) json[c.property] = new Date(v as string);
    if (c.from) json[c.property] = c.from.reduce<unknown>((x, t) => t.from(x), v);
  }
  return asEntity(ds, entity, json);
}

interface JsonColumn {
  column: string;
  property: string;
  timestamp: boolean;
  from?: { from(v: unknown): unknown }[];
}

const TIMESTAMP_TYPES = new Set(['timestamptz', 'timestamp with time zone']);
const columnCache = new WeakMap<object, JsonColumn[]>();

function columnsOf(ds: DataSource, entity: EntityTarget<ObjectLiteral>): JsonColumn[] {
  const metadata = ds.getMetadata(entity);
  let columns = columnCache.get(metadata);
  if (!columns) {
    columns = metadata.columns
      .filter((c) => c.isSelect)
      .map((c) => ({
        column: c.databaseName,
        property: c.propertyName,
        timestamp: TIMESTAMP_TYPES.has(String(c.type)),
        ...(c.transformer ? { from: [c.transformer].flat().reverse() } : {}),
      }));
    if (columns.length > 50) throw new Error(`${metadata.name}: too many columns for JSON`);
    columnCache.set(metadata, columns);
  }
  return columns;
}
