import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ConflictError } from '../graphql/conflict.js';
import { NotFoundError } from '../graphql/errors.js';
import { selectColumns } from './select-columns.js';

/** A value meaning "the transaction's time" (`now()`), never confused with text a user typed. */
export const TRANSACTION_TIME = Symbol('now()');

/**
 * Updates one versioned record only if it is still at the version the caller read; the guard is
 * in the UPDATE itself, so of concurrent writers exactly one wins. Bumps the version, returns the
 * new row; a stale version throws ConflictError naming the record (its transaction rolls back;
 * the resolver answers it as a typed conflict, whose current record is read like any other).
 * `changes` maps property names to values; undefined values are left out, TRANSACTION_TIME is
 * the transaction's `now()` (so rows changed together carry the same instant).
 */
export async function guardedUpdate<T extends ObjectLiteral & { id: string; version: number }>(
  tx: EntityManager,
  entity: EntityTarget<T>,
  recordType: string,
  ref: { id: string; version: number },
  changes: Partial<Record<keyof T & string, unknown>>,
): Promise<T> {
  const metadata = tx.connection.getMetadata(entity);
  const params: unknown[] = [ref.id, ref.version];
  const sets = Object.entries(changes)
    .filter(([, v]) => v !== undefined)
    .map(([property, value]) => {
      const column = metadata.findColumnWithPropertyName(property);
      if (!column) throw new Error(`${recordType} has no property ${property}`);
      if (value === TRANSACTION_TIME) return `"${column.databaseName}" = now()`;
      params.push(column.type === 'jsonb' ? JSON.stringify(value) : value);
      return `"${column.databaseName}" = $${params.length}`;
    });
  // TypeORM answers a raw UPDATE with [rows, affected count].
  const [[updated]] = await tx.query<[T[], number]>(
    `UPDATE "${metadata.tableName}" t SET ${[...sets, 'version = t.version + 1', 'updated_at = now()'].join(', ')}
     WHERE t.id = $1 AND t.version = $2 RETURNING ${selectColumns(tx.connection, entity, 't')}`,
    params,
  );
  if (updated) return updated;
  const current = await tx.getRepository(entity).findOneBy({ id: ref.id } as never);
  if (!current) throw new NotFoundError(recordType);
  throw new ConflictError(recordType, current);
}
