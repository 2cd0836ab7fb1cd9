import type { DataSource } from 'typeorm';
import { jsonRecord, readJsonRecord } from '../../db/json-record.js';
import type { Loaders } from '../../graphql/loaders.js';
import type { ClientScope, SqlParams } from '../access/client-scope.js';
import { Program } from '../program/program.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { Episode } from './episode.entity.js';

/**
 * A client's readable episodes, with each one's program and care team, as a JSON column of the
 * statement that reads the client (the chart) or the page of clients (the caseload): one round
 * trip where the loaders would take three more. The same access condition as the episode loaders
 * (each episode judged on its own, `episodeCondition`), in the same order (newest first).
 */
export function episodesJsonSql(
  scope: ClientScope,
  params: SqlParams,
  clientIdSql: string,
  which: 'all' | 'newest',
): string {
  const ds = scope.db;
  const item = `json_build_object('episode', ${jsonRecord(ds, Episode, 'ep')},
    'program', ${jsonRecord(ds, Program, 'ep_p')},
    'primaryClinician', ${jsonRecord(ds, Staff, 'ep_c')},
    'caseManager', ${jsonRecord(ds, Staff, 'ep_m')})`;
  const from = `episode ep JOIN program ep_p ON ep_p.id = ep.program_id
    LEFT JOIN staff ep_c ON ep_c.id = ep.primary_clinician_id
    LEFT JOIN staff ep_m ON ep_m.id = ep.case_manager_id
    WHERE ep.client_id = ${clientIdSql} AND ${scope.episodeCondition('READ_CHART', params, 'ep')}`;
  return which === 'all'
    ? `(SELECT coalesce(json_agg(${item} ORDER BY ep.opened_at DESC, ep.id DESC), '[]') FROM ${from})`
    : `(SELECT ${item} FROM ${from} ORDER BY ep.opened_at DESC, ep.id DESC LIMIT 1)`;
}

interface EpisodeJson {
  episode: Record<string, unknown>;
  program: Record<string, unknown> | null;
  primaryClinician: Record<string, unknown> | null;
  caseManager: Record<string, unknown> | null;
}

/**
 * The episode of one item of `episodesJsonSql`; its program and staff go into the request's
 * loaders (not client data), so the episode's fields resolve without another statement. The
 * caller records the episode as read when the answer carries it and primes the episode loader.
 */
export function episodeFromJson(ds: DataSource, loaders: Loaders, json: unknown): Episode {
  const item = json as EpisodeJson;
  const episode = readJsonRecord(ds, Episode, item.episode);
  if (item.program)
    loaders.program.prime(episode.programId, readJsonRecord(ds, Program, item.program));
  if (item.primaryClinician && episode.primaryClinicianId) {
    loaders.staff.prime(
      episode.primaryClinicianId,
      readJsonRecord(ds, Staff, item.primaryClinician),
    );
  }
  if (item.caseManager && episode.caseManagerId) {
    loaders.staff.prime(episode.caseManagerId, readJsonRecord(ds, Staff, item.caseManager));
  }
  return episode;
}
