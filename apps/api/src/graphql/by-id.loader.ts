import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';

/**
 * Records of one entity by id, batched per request (null for an unknown id). Unscoped: only for
 * data that is not a client's (programs, staff). Client data goes through the scoped loaders
 * (modules/access/scoped-loader.ts), which check each record and audit the read.
 */
export function createByIdLoader<T extends ObjectLiteral & { id: string }>(
  ds: DataSource,
  entity: EntityTarget<T>,
) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await ds.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
