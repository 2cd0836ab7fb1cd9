import type { DataSource } from 'typeorm';
import { statusesInPhase, type EpisodeStatus } from '@waypoint/domain';
import { selectColumns } from '../../db/select-columns.js';
import { decodeCursor, toConnection } from '../../graphql/connection.js';
import { NotFoundError } from '../../graphql/errors.js';
import { Client } from './client.entity.js';
import type { ClientFilter } from './dto/clients.args.js';

type SortedClient = Client & { sortLast: string; sortFirst: string };

/** The client's current episode: the one opened last. */
const CURRENT_EPISODE = `LEFT JOIN LATERAL (
    SELECT e.program_id, e.primary_clinician_id, e.status FROM episode e
    WHERE e.client_id = c.id ORDER BY e.opened_at DESC, e.id DESC LIMIT 1
  ) ce ON true`;

function filterSql(filter: ClientFilter | null | undefined, params: unknown[]): string[] {
  const where: string[] = [];
  const param = (v: unknown) => `$${params.push(v)}`;
  if (filter?.programId) where.push(`ce.program_id = ${param(filter.programId)}`);
  if (filter?.primaryClinicianId) {
    where.push(`ce.primary_clinician_id = ${param(filter.primaryClinicianId)}`);
  }
  const statuses = new Set<EpisodeStatus>(filter?.statuses ?? []);
  for (const phase of filter?.phases ?? []) statusesInPhase(phase).forEach((s) => statuses.add(s));
  if (statuses.size) where.push(`ce.status = ANY(${param([...statuses])}::text[])`);
  const search = filter?.search?.trim();
  if (search) {
    const like = param(`%${search.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
    where.push(
      `(c.first_name ILIKE ${like} OR c.last_name ILIKE ${like} OR c.preferred_name ILIKE ${like})`,
    );
  }
  return where;
}

/** Clients sorted by last name, first name, then id (a stable keyset for cursors). */
export async function listClients(
  ds: DataSource,
  args: { first: number; after?: string | null; filter?: ClientFilter | null },
) {
  const params: unknown[] = [];
  const where = filterSql(args.filter, params);
  const countSql = `SELECT count(*)::int AS n FROM client c ${CURRENT_EPISODE}
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
  const countParams = [...params];
  if (args.after) {
    const [last, first, id] = decodeCursor(args.after, 3);
    const p = (v: unknown) => `$${params.push(v)}`;
    where.push(`(lower(c.last_name), lower(c.first_name), c.id) > (${p(last)}, ${p(first)}, ${p(id)}::uuid)`);
  }
  const pageSql = `SELECT ${selectColumns(ds, Client, 'c')},
      lower(c.last_name) AS "sortLast", lower(c.first_name) AS "sortFirst"
    FROM client c ${CURRENT_EPISODE}
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY lower(c.last_name), lower(c.first_name), c.id
    LIMIT ${args.first + 1}`;
  const [rows, [count]] = await Promise.all([
    ds.query<SortedClient[]>(pageSql, params),
    ds.query<{ n: number }[]>(countSql, countParams),
  ]);
  return toConnection(rows, args.first, count?.n ?? 0, (c) => [c.sortLast, c.sortFirst, c.id]);
}

export async function getClient(ds: DataSource, id: string): Promise<Client> {
  const client = await ds.getRepository(Client).findOneBy({ id });
  if (!client) throw new NotFoundError('Client');
  return client;
}
