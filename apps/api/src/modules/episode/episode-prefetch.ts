import type { AttendedService } from '@waypoint/domain';
import type { DataSource } from 'typeorm';
import { jsonRecord, readJsonRecord } from '../../db/json-record.js';
import type { Loaders } from '../../graphql/loaders.js';
import type { ClientScope, SqlParams } from '../access/client-scope.js';
import {
  episodeWeeklyHours,
  servicesJsonSql,
  weeksWindow,
} from '../attendance/weekly-hours.service.js';
import { Program } from '../program/program.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { Episode } from './episode.entity.js';

/** Each episode's weekly hours (Rule 2) for these numbers of weeks, read ahead at `now`. */
export interface HoursAhead {
  weeks: readonly number[];
  now: Date;
}

/**
 * A client's readable episodes, with each one's program and care team, as a JSON column of the
 * statement that reads the client (the chart) or the page of clients (the caseload): one round
 * trip where the loaders would take three more. The same access condition as the episode loaders
 * (each episode judged on its own, `episodeCondition`), in the same order (newest first).
 * `hours`: each episode's attended services too, so its weekly hours need no statement of their own.
 */
export function episodesJsonSql(
  scope: ClientScope,
  params: SqlParams,
  clientIdSql: string,
  which: 'all' | 'newest',
  hours?: HoursAhead,
): string {
  const ds = scope.db;
  const window = hours && weeksWindow(Math.max(...hours.weeks), hours.now);
  const services = window
    ? `, 'services', ${servicesJsonSql('ep.id', params.add(window.from), params.add(window.to))}`
    : '';
  // The program and clinicians as one-row lookups of the chosen episode: joined instead, the
  // planner hashed the whole staff table for every client of a caseload page.
  const related = (entity: typeof Program | typeof Staff, alias: string, key: string) =>
    `(SELECT ${jsonRecord(ds, entity, alias)} FROM ${ds.getMetadata(entity).tableName} ${alias}
      WHERE ${alias}.id = ep.${key})`;
  const item = `json_build_object('episode', ${jsonRecord(ds, Episode, 'ep')},
    'program', ${related(Program, 'ep_p', 'program_id')},
    'primaryClinician', ${related(Staff, 'ep_c', 'primary_clinician_id')},
    'caseManager', ${related(Staff, 'ep_m', 'case_manager_id')}${services})`;
  const from = `episode ep
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
  services?: AttendedService[];
}

/**
 * The episode of one item of `episodesJsonSql`; its program and staff go into the request's
 * loaders (not client data), and so do its weekly hours when read ahead (derived from the
 * episode's own services, read under its access check), so the episode's fields resolve without
 * another statement. The caller records the episode as read when the answer carries it and
 * primes the episode loader.
 */
export function episodeFromJson(
  ds: DataSource,
  loaders: Loaders,
  json: unknown,
  hours?: HoursAhead,
): Episode {
  const item = json as EpisodeJson;
  const episode = readJsonRecord(ds, Episode, item.episode);
  const program = item.program && readJsonRecord(ds, Program, item.program);
  if (program) loaders.program.prime(episode.programId, program);
  if (program && hours && item.services) {
    for (const weeks of new Set(hours.weeks)) {
      loaders.attendance
        .weeklyHours(weeks)
        .prime(episode, episodeWeeklyHours(episode, program, item.services, weeks, hours.now));
    }
  }
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
