import DataLoader from 'dataloader';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { asEntity, selectColumns } from '../../db/select-columns.js';
import { DomainError, NotFoundError } from '../../graphql/errors.js';
import { SqlParams, type ClientScope } from './client-scope.js';

/** A row as read through the scope: it carries the id of the client it belongs to. */
export type Owned<T> = T & { clientId: string };

/**
 * How to read one kind of record through the scope:
 * - `from` reaches the record (alias `x`) and the episode it belongs to (alias `e`), or for a
 *   client the client itself (alias `x`, `episodeAlias: null`);
 * - `recordType` names it in the audit trail, where every row handed out is recorded as read.
 */
export interface ScopedRecordSpec<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  recordType: string;
  from: string;
  /** Alias of the episode the record belongs to; null for the client's own record. */
  episodeAlias?: string | null;
  /** Rows need their client's id; false when the entity has its own `clientId` column. */
  selectClientId?: boolean;
  /** Fix up a raw row (numeric columns arrive as text). */
  map?: (row: Owned<T>) => Owned<T>;
}

function readSql<T extends ObjectLiteral>(
  scope: ClientScope,
  spec: ScopedRecordSpec<T>,
  params: SqlParams,
): { select: string; condition: string } {
  const e = spec.episodeAlias === undefined ? 'e' : spec.episodeAlias;
  const clientId = e === null ? 'x.id' : `${e}.client_id`;
  const condition =
    e === null
      ? scope.condition('READ_CHART', params, 'x', { perClient: true })
      : scope.episodeCondition('READ_CHART', params, e);
  const extra = spec.selectClientId === false ? '' : `, ${clientId} AS "clientId"`;
  return { select: `${selectColumns(scope.db, spec.entity, 'x')}${extra}`, condition };
}

/** A raw row as the record it is (fixed up, with the entity's prototype). */
function toRecord<T extends ObjectLiteral>(
  scope: ClientScope,
  spec: ScopedRecordSpec<T>,
  raw: Owned<T>,
): Owned<T> {
  return asEntity(scope.db, spec.entity, spec.map ? spec.map(raw) : raw) as Owned<T>;
}

/**
 * Records grouped by `keyColumn` (one query for every key asked in a tick), only those the viewer
 * may read — each checked against its OWN episode — and each one recorded as read: a field that
 * resolves through this loader can neither skip the check nor the audit. `distinct`: only the
 * first row per key in `orderBy` order (which must then start with the key).
 */
export function scopedGroupLoader<T extends ObjectLiteral & { id: string }>(
  scope: () => ClientScope,
  spec: ScopedRecordSpec<T> & {
    keyColumn: string;
    keyProperty: keyof T & string;
    orderBy: string;
    where?: string;
  },
): DataLoader<string, Owned<T>[]> {
  return new DataLoader(async (keys) => {
    const s = scope();
    const params = new SqlParams([keys]);
    const { select, condition } = readSql(s, spec, params);
    const rows = await s.db.query<Owned<T>[]>(
      `SELECT ${select} FROM ${spec.from}
       WHERE x.${spec.keyColumn} = ANY($1::uuid[]) AND ${condition}
         ${spec.where ? `AND ${spec.where}` : ''}
       ORDER BY ${spec.orderBy}`,
      params.values,
    );
    const byKey = new Map<string, Owned<T>[]>();
    for (const raw of rows) {
      const row = toRecord(s, spec, raw);
      s.audit.read(spec.recordType, row.id, row.clientId);
      const key = row[spec.keyProperty] as string;
      byKey.set(key, [...(byKey.get(key) ?? []), row]);
    }
    return keys.map((k) => byKey.get(k) ?? []);
  });
}

/** The first record per key (e.g. the current plan of each episode), through the same scope. */
export function scopedFirstLoader<T extends ObjectLiteral & { id: string }>(
  scope: () => ClientScope,
  spec: ScopedRecordSpec<T> & {
    keyColumn: string;
    keyProperty: keyof T & string;
    /** Order within a key; the first row is taken. */
    orderWithinKey: string;
    where?: string;
  },
): DataLoader<string, Owned<T> | null> {
  return new DataLoader(async (keys) => {
    const s = scope();
    const params = new SqlParams([keys]);
    const { select, condition } = readSql(s, spec, params);
    const rows = await s.db.query<Owned<T>[]>(
      `SELECT DISTINCT ON (x.${spec.keyColumn}) ${select} FROM ${spec.from}
       WHERE x.${spec.keyColumn} = ANY($1::uuid[]) AND ${condition}
         ${spec.where ? `AND ${spec.where}` : ''}
       ORDER BY x.${spec.keyColumn}, ${spec.orderWithinKey}`,
      params.values,
    );
    const byKey = new Map<string, Owned<T>>();
    for (const raw of rows) {
      const row = toRecord(s, spec, raw);
      s.audit.read(spec.recordType, row.id, row.clientId);
      byKey.set(row[spec.keyProperty], row);
    }
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/**
 * Records by id through the scope: each one the viewer may read is returned and recorded as read;
 * one outside their access is refused with FORBIDDEN (and one DENIED audit row naming it), an
 * unknown id with NOT_FOUND. `load` rejects for those, so a nested field fails instead of leaking.
 */
export function scopedByIdLoader<T extends ObjectLiteral & { id: string }>(
  scope: () => ClientScope,
  spec: ScopedRecordSpec<T>,
): DataLoader<string, Owned<T>> {
  return new DataLoader<string, Owned<T>>(async (ids) => {
    const s = scope();
    const params = new SqlParams([ids]);
    const { select, condition } = readSql(s, spec, params);
    const rows = await s.db.query<Owned<T>[]>(
      `SELECT ${select} FROM ${spec.from} WHERE x.id = ANY($1::uuid[]) AND ${condition}`,
      params.values,
    );
    const byId = new Map<string, Owned<T>>();
    for (const raw of rows) {
      const row = toRecord(s, spec, raw);
      s.audit.read(spec.recordType, row.id, row.clientId);
      byId.set(row.id, row);
    }
    const missing = ids.filter((id) => !byId.has(id));
    const denied = new Map<string, string>();
    if (missing.length) {
      const e = spec.episodeAlias === undefined ? 'e' : spec.episodeAlias;
      const existing = await s.db.query<{ id: string; clientId: string }[]>(
        `SELECT x.id, ${e === null ? 'x.id' : `${e}.client_id`} AS "clientId" FROM ${spec.from}
         WHERE x.id = ANY($1::uuid[])`,
        [missing],
      );
      for (const r of existing) denied.set(r.id, r.clientId);
      await s.audit.write(
        existing.map((r) => ({
          action: 'READ' as const,
          recordType: spec.recordType,
          recordId: r.id,
          clientId: r.clientId,
          outcome: 'DENIED' as const,
        })),
      );
    }
    return ids.map(
      (id) =>
        byId.get(id) ??
        (denied.has(id)
          ? new DomainError('FORBIDDEN', 'You do not have access to this client’s record')
          : new NotFoundError(spec.recordType)),
    );
  });
}
