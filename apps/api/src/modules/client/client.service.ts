import { preferredLanguageProblem, statusesInPhase, type EpisodeStatus } from '@waypoint/domain';
import { asEntity, selectColumns } from '../../db/select-columns.js';
import { decodeCursor, toConnection } from '../../graphql/connection.js';
import { guardedUpdate } from '../../db/guarded-update.js';
import { BadUserInputError, NotFoundError } from '../../graphql/errors.js';
import { auditedWhenRead } from '../access/audited-connection.js';
import { SqlParams, type ClientScope } from '../access/client-scope.js';
import type { Owned } from '../access/scoped-loader.js';
import { Client } from './client.entity.js';
import type { ClientFilter } from './dto/clients.args.js';
import type { UpdateClientInput } from './dto/update-client.input.js';
import { clientToday } from '../program/program-today.js';
import { episodeFromJson, episodesJsonSql, type HoursAhead } from '../episode/episode-prefetch.js';
import type { Loaders } from '../../graphql/loaders.js';
import type { Episode } from '../episode/episode.entity.js';

type SortedClient = Client & { sortLast: string; sortFirst: string };

/**
 * The client's current episode as the viewer sees it: the newest one they may read (the same one
 * `Client.currentEpisode` shows), so filtering by it never reveals an episode they cannot read.
 * Built once as a set (DISTINCT ON over the readable episodes) and joined, rather than a lateral
 * subquery per client. Having one readable episode is exactly READ_CHART on the client, so the
 * join is the access condition too.
 */
function currentEpisodeJoin(scope: ClientScope, params: SqlParams): string {
  return `JOIN (
    SELECT DISTINCT ON (e.client_id) e.id, e.client_id, e.program_id, e.primary_clinician_id, e.status
    FROM episode e WHERE ${scope.episodeCondition('READ_CHART', params)}
    ORDER BY e.client_id, e.opened_at DESC, e.id DESC
  ) ce ON ce.client_id = c.id`;
}

function filterSql(filter: ClientFilter | null | undefined, params: SqlParams): string[] {
  const where: string[] = [];
  const param = (v: unknown) => params.add(v);
  if (filter?.programId) where.push(`ce.program_id = ${param(filter.programId)}`);
  if (filter?.primaryClinicianId) {
    where.push(`ce.primary_clinician_id = ${param(filter.primaryClinicianId)}`);
  }
  const statuses = new Set<EpisodeStatus>(filter?.statuses ?? []);
  for (const phase of filter?.phases ?? []) statusesInPhase(phase).forEach((s) => statuses.add(s));
  if (statuses.size) where.push(`ce.status = ANY(${param([...statuses])}::text[])`);
  if (typeof filter?.screeningEscalated === 'boolean') {
    where.push(`${filter.screeningEscalated ? '' : 'NOT '}EXISTS (SELECT 1 FROM intake_screening s
      WHERE s.episode_id = ce.id AND s.escalated)`);
  }
  return where;
}

function searchSql(filter: ClientFilter | null | undefined, params: SqlParams): string[] {
  const search = filter?.search?.trim();
  return search ? [clientSearchSql(search, params)] : [];
}

/** A client row (alias `c`) whose first, last or preferred name contains `search`. */
export function clientSearchSql(search: string, params: SqlParams): string {
  const like = params.add(`%${search.trim().replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
  return `(c.first_name ILIKE ${like} OR c.last_name ILIKE ${like} OR c.preferred_name ILIKE ${like})`;
}

/**
 * The clients the viewer may read, sorted by last name, first name, then id (a stable keyset for
 * cursors). The page's clients are recorded as read only when the answer carries them (edges or
 * pageInfo), never for a bare `totalCount`.
 */
export async function listClients(
  scope: ClientScope,
  args: { first: number; after?: string | null; filter?: ClientFilter | null },
  /** Read each client's current episode in the same statement and hand it to these loaders. */
  currentEpisodeInto?: Loaders,
) {
  const params = new SqlParams();
  const byEpisode = filterSql(args.filter, params);
  // Filters on the current episode join the viewer's readable episodes (which also scopes);
  // without one, the client condition alone.
  const join = byEpisode.length ? currentEpisodeJoin(scope, params) : '';
  const where = [
    ...(join ? [] : [scope.condition('READ_CHART', params)]),
    ...byEpisode,
    ...searchSql(args.filter, params),
  ];
  const countSql = `SELECT count(*)::int AS n FROM client c ${join} WHERE ${where.join(' AND ')}`;
  if (args.after) {
    const [last, first, id] = decodeCursor(args.after, ['text', 'text', 'id']);
    where.push(
      `(lower(c.last_name), lower(c.first_name), c.id) > (${params.add(last)}, ${params.add(first)}, ${params.add(id)}::uuid)`,
    );
  }
  const current = currentEpisodeInto
    ? `, ${episodesJsonSql(scope, params, 'c.id', 'newest')} AS "currentEpisode"`
    : '';
  const pageSql = `SELECT ${selectColumns(scope.db, Client, 'c')},
      lower(c.last_name) AS "sortLast", lower(c.first_name) AS "sortFirst"${current}
    FROM client c ${join}
    WHERE ${where.join(' AND ')}
    ORDER BY lower(c.last_name), lower(c.first_name), c.id
    LIMIT ${args.first + 1}`;
  // The count and the page in one round trip: the count (uncorrelated, run once) is the one row
  // the page joins to, so an empty page still carries it.
  const [rows, n] = unpackCounted(
    await scope.db.query<(SortedClient & Counted)[]>(
      `SELECT t.n AS "totalCount", p.* FROM (${countSql}) t
       LEFT JOIN LATERAL (${pageSql}) p ON true
       ORDER BY p."sortLast", p."sortFirst", p.id`,
      params.values,
    ),
  );
  const episodes = new Map<string, Episode | null>();
  if (currentEpisodeInto) {
    for (const row of rows as (SortedClient & { currentEpisode?: unknown })[]) {
      const json = row.currentEpisode;
      delete row.currentEpisode;
      const episode = json ? episodeFromJson(scope.db, currentEpisodeInto, json) : null;
      episodes.set(row.id, episode);
      currentEpisodeInto.currentEpisodeByClient.prime(row.id, episode);
    }
  }
  for (const row of rows) asEntity(scope.db, Client, row);
  const page = toConnection(rows, args.first, n, (c) => [c.sortLast, c.sortFirst, c.id]);
  return auditedWhenRead(page, (node) => {
    scope.audit.read('Client', node.id, node.id);
    const episode = episodes.get(node.id);
    if (episode) scope.audit.read('Episode', episode.id, node.id);
  });
}

type Counted = { totalCount: number };

/** The page's rows (none when the page is empty) and the total count they all carry. */
function unpackCounted<T extends { id: string | null } & Counted>(rows: T[]): [T[], number] {
  const n = rows[0]?.totalCount ?? 0;
  const page = rows.filter((r) => r.id !== null);
  for (const r of page) delete (r as Partial<Counted>).totalCount;
  return [page, n];
}

/** What the chart asks for beyond the client, to read in the client's statement. */
export interface ChartAhead {
  /** Loaders to hand the episodes to. */
  loaders: Loaders;
  /** All the readable episodes (`Client.episodes`), or only the newest (`currentEpisode`). */
  episodes: 'all' | 'newest';
  hours?: HoursAhead;
}

/**
 * The client, fetched and checked in one statement (the access condition in its WHERE). Only
 * when that finds nothing does a second look tell a refusal (audited, FORBIDDEN) from an unknown
 * id (NOT_FOUND).
 */
export async function getClient(
  scope: ClientScope,
  id: string,
  /** Read the client's episodes (and their hours) in the same statement, into the loaders. */
  ahead?: ChartAhead,
): Promise<Client> {
  const params = new SqlParams([id]);
  const episodes = ahead
    ? `, ${episodesJsonSql(scope, params, 'x.id', ahead.episodes, ahead.hours)} AS "episodes"`
    : '';
  const [client] = await scope.db.query<(Client & { episodes?: unknown })[]>(
    `SELECT ${selectColumns(scope.db, Client, 'x')}${episodes} FROM client x
     WHERE x.id = $1 AND ${scope.condition('READ_CHART', params, 'x', { perClient: true })}`,
    params.values,
  );
  if (!client) {
    await scope.require('READ_CHART', id);
    throw new NotFoundError('Client'); // access granted in between: the caller may simply retry
  }
  const json = client.episodes;
  delete client.episodes;
  asEntity(scope.db, Client, client);
  scope.audit.read('Client', id, id);
  if (ahead) {
    // 'newest' is one item or NULL, 'all' a list; either way newest first.
    const items = ahead.episodes === 'all' ? (json as unknown[]) : json ? [json] : [];
    const list = items.map((item) => {
      const episode = episodeFromJson(scope.db, ahead.loaders, item, ahead.hours) as Owned<Episode>;
      scope.audit.read('Episode', episode.id, id);
      return episode;
    });
    if (ahead.episodes === 'all') ahead.loaders.episodesByClient.prime(id, list);
    ahead.loaders.currentEpisodeByClient.prime(id, list[0] ?? null);
  }
  return client;
}

/**
 * Changes a client's details if the caller read the current version (guarded in SQL: of two
 * concurrent writers exactly one wins, the other gets CONFLICT). The change and its audit event
 * commit together.
 */
export async function updateClient(scope: ClientScope, input: UpdateClientInput): Promise<Client> {
  if (input.sobrietyDate && input.sobrietyDate > (await clientToday(scope.db, input.id))) {
    throw new BadUserInputError([{ field: 'sobrietyDate', message: 'cannot be in the future' }]);
  }
  const language = input.preferredLanguage && preferredLanguageProblem(input.preferredLanguage);
  if (language) throw new BadUserInputError([{ field: 'preferredLanguage', message: language }]);
  await scope.require('EDIT_CHART', input.id);
  const blankToNull = (v: string | null | undefined) => (v === '' ? null : v);
  return scope.db.transaction(async (tx) => {
    const updated = await guardedUpdate(tx, Client, 'Client', input, {
      preferredName: blankToNull(input.preferredName),
      pronouns: blankToNull(input.pronouns),
      preferredLanguage: blankToNull(input.preferredLanguage?.trim()),
      phone: blankToNull(input.phone),
      email: blankToNull(input.email),
      sobrietyDate: blankToNull(input.sobrietyDate),
    });
    await scope.audit.write(
      {
        action: 'UPDATE',
        recordType: 'Client',
        recordId: input.id,
        clientId: input.id,
        outcome: 'SUCCESS',
      },
      tx,
    );
    return updated;
  });
}
