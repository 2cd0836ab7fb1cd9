import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral, ValueTransformer } from 'typeorm';
import { asEntity, selectColumns } from '../db/select-columns.js';

/**
 * Records of one entity by id, batched per request (null for an unknown id). Unscoped: only for
 * data that is not a client's (programs, staff). Client data goes through the scoped loaders
 * (modules/access/scoped-loader.ts), which check each record and audit the read. Plain SQL (no
 * query builder): it runs on most requests.
 */
interface ByIdStatement {
  sql: string;
  /** What TypeORM would do on reading (e.g. numeric text to number). */
  transformed: { property: string; from: ValueTransformer[] }[];
}

/** Per data source and entity: the same for every request, so worked out once. */
const statements = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, ByIdStatement>>();

function byIdStatement(ds: DataSource, entity: EntityTarget<ObjectLiteral>): ByIdStatement {
  let known = statements.get(ds);
  if (!known) statements.set(ds, (known = new Map<EntityTarget<ObjectLiteral>, ByIdStatement>()));
  let statement = known.get(entity);
  if (!statement) {
    const metadata = ds.getMetadata(entity);
    statement = {
      sql: `SELECT ${selectColumns(ds, entity, 'x')} FROM ${metadata.tableName} x
    WHERE x.id = ANY($1::uuid[])`,
      transformed: metadata.columns.flatMap((c) =>
        c.transformer ? [{ property: c.propertyName, from: [c.transformer].flat().reverse() }] : [],
      ),
    };
    known.set(entity, statement);
  }
  return statement;
}

export function createByIdLoader<T extends ObjectLiteral & { id: string }>(
  ds: DataSource,
  entity: EntityTarget<T>,
) {
  const { sql, transformed } = byIdStatement(ds, entity);
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await ds.query<Record<string, unknown>[]>(sql, [ids]);
    for (const row of rows) {
      asEntity(ds, entity, row);
      for (const { property, from } of transformed) {
        row[property] = from.reduce((v, t) => t.from(v) as unknown, row[property]);
      }
    }
    const byId = new Map((rows as T[]).map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
