import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { selectColumns } from '../../db/select-columns.js';
import { Episode } from './episode.entity.js';

/** A client's episodes, newest first: one query for every client on the page. */
export function createEpisodesByClientLoader(ds: DataSource) {
  return new DataLoader<string, Episode[]>(async (clientIds) => {
    const rows: Episode[] = await ds.query(
      `SELECT ${selectColumns(ds, Episode, 'e')} FROM episode e
       WHERE e.client_id = ANY($1::uuid[])
       ORDER BY e.opened_at DESC, e.id DESC`,
      [clientIds],
    );
    const byClient = new Map<string, Episode[]>();
    for (const row of rows) {
      const list = byClient.get(row.clientId) ?? [];
      list.push(row);
      byClient.set(row.clientId, list);
    }
    return clientIds.map((id) => byClient.get(id) ?? []);
  });
}

/** Rows of `entity` grouped by their `episodeId`, in `orderBy` order: one query per request. */
export function createByEpisodeLoader<T extends { episodeId: string }>(
  ds: DataSource,
  entity: new () => T,
  orderBy: string,
) {
  return new DataLoader<string, T[]>(async (episodeIds) => {
    const rows: T[] = await ds.query(
      `SELECT ${selectColumns(ds, entity, 'x')} FROM "${ds.getMetadata(entity).tableName}" x
       WHERE x.episode_id = ANY($1::uuid[]) ORDER BY ${orderBy}`,
      [episodeIds],
    );
    const byEpisode = new Map<string, T[]>();
    for (const row of rows)
      byEpisode.set(row.episodeId, [...(byEpisode.get(row.episodeId) ?? []), row]);
    return episodeIds.map((id) => byEpisode.get(id) ?? []);
  });
}
