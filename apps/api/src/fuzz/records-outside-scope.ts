import { isRecordId } from '../graphql/input-guard.js';
import { SqlParams, type ClientScope } from '../modules/access/client-scope.js';
import {
  clientRecordSources,
  notClientRecords,
  readableSql,
  uncheckedClientRecords,
} from './client-records.js';

const isIdOf = {
  uuid: isRecordId,
  bigint: (id: string) => /^[0-9]{1,18}$/.test(id),
};

/** Every `{ __typename, id }` in an answer, as ids by type name. */
export function recordsIn(
  value: unknown,
  found = new Map<string, Set<string>>(),
): Map<string, Set<string>> {
  if (Array.isArray(value)) for (const v of value) recordsIn(v, found);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const type = record.__typename;
    if (typeof type === 'string' && typeof record.id === 'string') {
      found.set(type, (found.get(type) ?? new Set()).add(record.id));
    }
    for (const v of Object.values(record)) recordsIn(v, found);
  }
  return found;
}

/**
 * The records in an answer that the viewer may not read, judged by ClientScope's own conditions
 * (the policy's SQL) on each record's own episode or client, as of now. A record the check cannot
 * find, or of a type it does not know, is reported too: a check that cannot look must not pass.
 */
export async function recordsOutsideScope(scope: ClientScope, data: unknown): Promise<string[]> {
  const problems: string[] = [];
  for (const [type, idSet] of recordsIn(data)) {
    if (type in notClientRecords || type in uncheckedClientRecords) continue;
    const source = clientRecordSources[type];
    if (!source) {
      problems.push(`${type}: a type with an id the scope check does not know`);
      continue;
    }
    const idType = source.idType ?? 'uuid';
    const ids = [...idSet];
    for (const id of ids.filter((i) => !isIdOf[idType](i))) {
      problems.push(`${type} ${id}: not a record id, cannot be checked`);
    }
    const params = new SqlParams([ids.filter((i) => isIdOf[idType](i))]);
    const owner = source.belongsTo === 'episode' ? 'e' : 'c';
    const rows = await scope.db.query<{ id: string; ofClient: boolean; readable: boolean }[]>(
      `SELECT x.id::text AS id, ${owner}.id IS NOT NULL AS "ofClient",
         coalesce(${owner}.id IS NOT NULL AND ${readableSql(source, scope, params)}, false) AS readable
       FROM ${source.from} WHERE x.id = ANY($1::${idType}[])`,
      params.values,
    );
    const found = new Map(rows.map((r) => [r.id, r]));
    for (const id of params.values[0] as string[]) {
      const row = found.get(id);
      if (!row) problems.push(`${type} ${id}: not found where the scope check looks`);
      else if (row.ofClient && !row.readable)
        problems.push(`${type} ${id} outside the caller's scope`);
    }
  }
  return problems;
}
