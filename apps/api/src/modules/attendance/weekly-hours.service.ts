import {
  addCalendarDays,
  BILLABLE_DAY_MINUTES,
  billableDaysCsv,
  billableWeek,
  clientDisplayName,
  localDate,
  mondayOf,
  todayIn,
  weeklyHoursSeries,
  type AttendedService,
  type BillableWeek,
  type CalendarDate,
  type HoursProgram,
  type WeekHours,
} from '@waypoint/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError } from '../../graphql/errors.js';
import { SqlParams, type ClientScope } from '../access/client-scope.js';
import { programDayCte } from '../dashboard/program-day.sql.js';
import type { Episode } from '../episode/episode.entity.js';
import type { AttendanceSummary, BelowWeeklyHours } from './attendance.types.js';

type Db = Pick<DataSource | EntityManager, 'query'>;

/**
 * The attended services that Rule 2 counts, as SQL: attendance with some minutes at a session
 * that was not cancelled, and a HELD individual/family session of the episode with no attendance
 * recorded (it counts whole). Minutes never exceed the session (Rule 3, clipped again here as
 * the domain's serviceDays does). Columns: episode_id, kind, starts_at, ends_at, minutes.
 * `programs` (for many episodes at once): attendance is read from the programs' sessions in the
 * window, by program and start, instead of from each episode's whole history (a hundred rows a
 * client on the scale clinic); the caller keeps only its episodes' rows.
 */
export const ATTENDED_SERVICES_SQL = (
  episodes: string,
  from: string,
  to: string,
  programs?: string,
) => `
  SELECT a.episode_id, cs.kind, cs.starts_at, cs.ends_at,
    least(a.minutes, floor(extract(epoch FROM cs.ends_at - cs.starts_at) / 60)::int) AS minutes
  FROM attendance a JOIN clinical_session cs ON cs.id = a.session_id
  WHERE ${programs ? `cs.program_id = ANY(${programs})` : `a.episode_id = ANY(${episodes})`}
    AND a.status IN ('PRESENT', 'LATE', 'LEFT_EARLY')
    AND a.minutes > 0 AND cs.status <> 'CANCELLED' AND cs.kind IN ('GROUP', 'INDIVIDUAL', 'FAMILY')
    AND cs.starts_at >= ${from} AND cs.starts_at < ${to}
  UNION ALL
  SELECT cs.episode_id, cs.kind, cs.starts_at, cs.ends_at,
    floor(extract(epoch FROM cs.ends_at - cs.starts_at) / 60)::int
  FROM clinical_session cs
  WHERE cs.episode_id = ANY(${episodes}) AND cs.status = 'HELD' AND cs.kind IN ('INDIVIDUAL', 'FAMILY')
    AND cs.starts_at >= ${from} AND cs.starts_at < ${to}
    AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = cs.id AND a.episode_id = cs.episode_id)`;

interface ProgramHours extends HoursProgram {
  id: string;
}

/** The episodes a batch is about: the fields Rule 2 reads of each. */
export type HoursEpisode = Pick<Episode, 'id' | 'programId' | 'admittedAt' | 'dischargedAt'>;

async function programsOf(db: Db, episodes: readonly HoursEpisode[]) {
  const rows = await db.query<ProgramHours[]>(
    `SELECT id, time_zone AS "timeZone", weekly_hours_target::float AS "weeklyHoursTarget",
       minimum_days_per_week AS "minimumDaysPerWeek" FROM program WHERE id = ANY($1::uuid[])`,
    [[...new Set(episodes.map((e) => e.programId))]],
  );
  return new Map(rows.map((p) => [p.id, p]));
}

/** A margin of two days either side: the local weeks are cut by the domain, not by SQL. */
const MARGIN_MS = 2 * 86_400_000;

/**
 * An episode's attended services between two timestamps as a JSON array of AttendedService (the
 * timestamps as ISO strings, instants to the domain), for a statement that reads them with the
 * episode: the chart's prefetch.
 */
export const servicesJsonSql = (episodeIdSql: string, from: string, to: string) =>
  `(SELECT coalesce(json_agg(json_build_object('kind', s.kind, 'startsAt', s.starts_at,
      'endsAt', s.ends_at, 'minutes', s.minutes)), '[]')
    FROM (${ATTENDED_SERVICES_SQL(`ARRAY[${episodeIdSql}]`, from, to)}) s)`;

/**
 * Timestamps that hold every day of the last `weeks` weeks in any program's zone (its today is
 * within a day of UTC's, its midnight within 14 hours of UTC's): for a statement that reads the
 * services before it knows the zone. The domain leaves out services outside the weeks, as it
 * does for a batch, whose window is the union of its episodes' windows.
 */
export function weeksWindow(weeks: number, now: Date): { from: Date; to: Date } {
  const day = 86_400_000;
  return {
    from: new Date(now.getTime() - (7 * weeks + 2) * day),
    to: new Date(now.getTime() + 9 * day),
  };
}

/** Every episode's attended services between two dates, in one statement. */
async function servicesOf(
  db: Db,
  episodeIds: readonly string[],
  fromDate: CalendarDate,
  toDate: CalendarDate,
): Promise<Map<string, AttendedService[]>> {
  const from = new Date(Date.parse(`${fromDate}T00:00:00Z`) - MARGIN_MS);
  const to = new Date(Date.parse(`${toDate}T00:00:00Z`) + MARGIN_MS);
  const rows = await db.query<
    { episode_id: string; kind: string; starts_at: Date; ends_at: Date; minutes: number }[]
  >(ATTENDED_SERVICES_SQL('$1::uuid[]', '$2', '$3'), [episodeIds, from, to]);
  const byEpisode = new Map<string, AttendedService[]>(episodeIds.map((id) => [id, []]));
  for (const r of rows) {
    byEpisode.get(r.episode_id)!.push({
      kind: r.kind,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      minutes: r.minutes,
    });
  }
  return byEpisode;
}

function spanOf(episode: HoursEpisode, timeZone: string) {
  return {
    admittedOn: episode.admittedAt ? localDate(episode.admittedAt, timeZone) : null,
    dischargedOn: episode.dischargedAt ? localDate(episode.dischargedAt, timeZone) : null,
  };
}

const earliest = (dates: CalendarDate[]) => dates.reduce((a, b) => (b < a ? b : a));
const latest = (dates: CalendarDate[]) => dates.reduce((a, b) => (b > a ? b : a));

export const validWeeks = (weeks: number) => Number.isInteger(weeks) && weeks >= 1 && weeks <= 52;

export function checkWeeks(weeks: number): void {
  if (!validWeeks(weeks)) {
    throw new BadUserInputError([{ field: 'weeks', message: 'must be between 1 and 52' }]);
  }
}

/** Rule 2 for the last `weeks` weeks ending with the program's current week, of one episode. */
export function episodeWeeklyHours(
  episode: HoursEpisode,
  program: HoursProgram,
  services: readonly AttendedService[],
  weeks: number,
  now: Date,
): WeekHours[] {
  const today = todayIn(program.timeZone, now);
  return weeklyHoursSeries(services, program, spanOf(episode, program.timeZone), today, weeks);
}

/**
 * Rule 2 for the last `weeks` weeks ending with each program's current week, for a batch of
 * episodes (a list of charts): two statements whatever the number of episodes or weeks.
 */
export async function episodesWeeklyHours(
  db: Db,
  episodes: readonly HoursEpisode[],
  weeks: number,
  now = new Date(),
): Promise<WeekHours[][]> {
  checkWeeks(weeks);
  const programs = await programsOf(db, episodes);
  const windows = episodes.map((e) => {
    const program = programs.get(e.programId)!;
    const today = todayIn(program.timeZone, now);
    const next = addCalendarDays(mondayOf(today), 7);
    return { first: addCalendarDays(next, -7 * weeks), next };
  });
  const services = await servicesOf(
    db,
    episodes.map((e) => e.id),
    earliest(windows.map((w) => w.first)),
    latest(windows.map((w) => w.next)),
  );
  return episodes.map((e) =>
    episodeWeeklyHours(e, programs.get(e.programId)!, services.get(e.id)!, weeks, now),
  );
}

/** Attended and billable days in the week containing `date` (default: this week), batched. */
export async function episodesBillableWeek(
  db: Db,
  episodes: readonly HoursEpisode[],
  date: CalendarDate | null,
  now = new Date(),
): Promise<BillableWeek[]> {
  const programs = await programsOf(db, episodes);
  const mondays = episodes.map((e) =>
    mondayOf(date ?? todayIn(programs.get(e.programId)!.timeZone, now)),
  );
  const services = await servicesOf(
    db,
    episodes.map((e) => e.id),
    earliest(mondays),
    addCalendarDays(latest(mondays), 7),
  );
  return episodes.map((e, i) =>
    billableWeek(services.get(e.id)!, programs.get(e.programId)!.timeZone, mondays[i]!),
  );
}

/** Sessions attended and missed this week and in the last 14 days, per episode (one statement). */
export async function episodesAttendanceSummary(
  db: Db,
  episodeIds: readonly string[],
  now = new Date(),
): Promise<AttendanceSummary[]> {
  const rows = await db.query<(AttendanceSummary & { id: string })[]>(
    `WITH ep AS (SELECT e.id, pr.time_zone, ($2::timestamptz AT TIME ZONE pr.time_zone)::date AS today
                 FROM episode e JOIN program pr ON pr.id = e.program_id WHERE e.id = ANY($1::uuid[])),
     x AS (
       SELECT a.episode_id, cs.starts_at, a.status IN ('PRESENT', 'LATE', 'LEFT_EARLY') AS attended,
         a.status = 'ABSENT_UNEXCUSED' AS missed
       FROM attendance a JOIN clinical_session cs ON cs.id = a.session_id
       WHERE a.episode_id = ANY($1::uuid[]) AND cs.status <> 'CANCELLED'
         AND cs.starts_at > $2::timestamptz - interval '16 days'
       UNION ALL
       SELECT cs.episode_id, cs.starts_at, cs.status = 'HELD', cs.status = 'NO_SHOW' FROM clinical_session cs
       WHERE cs.episode_id = ANY($1::uuid[]) AND cs.status IN ('HELD', 'NO_SHOW')
         AND cs.starts_at > $2::timestamptz - interval '16 days'
         AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = cs.id AND a.episode_id = cs.episode_id)
     ),
     l AS (SELECT ep.id, (x.starts_at AT TIME ZONE ep.time_zone)::date AS day, x.attended, x.missed, ep.today
           FROM ep LEFT JOIN x ON x.episode_id = ep.id AND x.starts_at <= $2)
     SELECT id,
       count(*) FILTER (WHERE attended AND day >= date_trunc('week', today)::date)::int AS "attendedThisWeek",
       count(*) FILTER (WHERE missed AND day >= date_trunc('week', today)::date)::int AS "missedThisWeek",
       count(*) FILTER (WHERE attended AND day > today - 14)::int AS "attendedLast14Days",
       count(*) FILTER (WHERE missed AND day > today - 14)::int AS "missedLast14Days"
     FROM l GROUP BY id`,
    [episodeIds, now],
  );
  const byId = new Map(rows.map(({ id, ...summary }) => [id, summary]));
  return episodeIds.map((id) => byId.get(id)!);
}

/**
 * Rule 2 set-based, for the director's "below weekly hours": the same choices as the domain's
 * weeklyHours (date of service in the program's zone, minutes clipped to the session, target
 * prorated by days in treatment with floor, minimum days with ceil). It sums minutes without
 * merging overlaps, which Rule 3 and double-booking refusal keep out of the records; a property
 * test (weekly-hours.int.test.ts) holds the two to the same answers on generated data.
 * The week is the program's last complete week unless `weekStart` names one.
 */
export async function belowWeeklyHours(
  scope: ClientScope,
  options: { programIds?: readonly string[] | null; weekStart?: CalendarDate | null },
  now = new Date(),
): Promise<BelowWeeklyHours> {
  const params = new SqlParams();
  const week = options.weekStart ? params.add(mondayOf(options.weekStart)) : null;
  const programs = options.programIds?.length ? params.add(options.programIds) : null;
  const rows = await scope.db.query<
    {
      weekStart: string;
      clientId: string | null;
      episodeId: string | null;
      firstName: string;
      lastName: string;
      preferredName: string | null;
      totalMinutes: number;
      targetMinutes: number;
      daysAttended: number;
      minimumDays: number;
      below: boolean;
    }[]
  >(
    `WITH ${programDayCte(params, now)},
     eps AS (
       SELECT e.id, e.client_id, e.program_id, pr.time_zone, w.week_start,
         round(pr.weekly_hours_target * 60)::int AS weekly_minutes, pr.minimum_days_per_week,
         (least(w.week_start + 6, coalesce((e.discharged_at AT TIME ZONE pr.time_zone)::date, w.week_start + 6))
           - greatest(w.week_start, (e.admitted_at AT TIME ZONE pr.time_zone)::date) + 1) AS days_in
       FROM episode e JOIN program pr ON pr.id = e.program_id
       JOIN (SELECT program_id, ${week ? `${week}::date` : 'monday - 7'} AS week_start FROM program_day) w
         ON w.program_id = e.program_id
       WHERE e.admitted_at IS NOT NULL
         AND (e.admitted_at AT TIME ZONE pr.time_zone)::date <= w.week_start + 6
         AND (e.discharged_at IS NULL OR (e.discharged_at AT TIME ZONE pr.time_zone)::date >= w.week_start)
         AND ${programs ? `e.program_id = ANY(${programs}::uuid[])` : 'true'}
         AND ${scope.episodeCondition('READ_CHART', params)}
     ),
     svc AS (
       SELECT s.episode_id, (s.starts_at AT TIME ZONE eps.time_zone)::date AS day, s.minutes
       FROM (${ATTENDED_SERVICES_SQL(
         `ARRAY(SELECT id FROM eps)`,
         `(SELECT min(week_start) FROM eps)::timestamp - interval '2 days'`,
         `(SELECT max(week_start) FROM eps)::timestamp + interval '9 days'`,
         `ARRAY(SELECT DISTINCT program_id FROM eps)`,
       )}) s JOIN eps ON eps.id = s.episode_id
       WHERE (s.starts_at AT TIME ZONE eps.time_zone)::date BETWEEN eps.week_start AND eps.week_start + 6
     ),
     per AS (SELECT episode_id, sum(minutes)::int AS total, count(DISTINCT day)::int AS days FROM svc GROUP BY 1),
     judged AS (
       SELECT eps.*, coalesce(per.total, 0) AS total, coalesce(per.days, 0) AS days,
         floor(eps.weekly_minutes * eps.days_in / 7.0)::int AS target,
         ceil(eps.minimum_days_per_week * eps.days_in / 7.0)::int AS min_days
       FROM eps LEFT JOIN per ON per.episode_id = eps.id
     )
     SELECT to_char(j.week_start, 'YYYY-MM-DD') AS "weekStart", j.client_id AS "clientId", j.id AS "episodeId",
       c.first_name AS "firstName", c.last_name AS "lastName", c.preferred_name AS "preferredName",
       j.total AS "totalMinutes", j.target AS "targetMinutes", j.days AS "daysAttended",
       j.min_days AS "minimumDays", j.total < j.target AS below
     FROM judged j JOIN client c ON c.id = j.client_id
     ORDER BY j.total - j.target, lower(c.last_name), lower(c.first_name), j.id`,
    params.values,
  );
  const below = rows.filter((r) => r.below);
  for (const r of below) scope.audit.read('Client', r.clientId!, r.clientId!);
  const weekStart =
    rows[0]?.weekStart ??
    (options.weekStart
      ? mondayOf(options.weekStart)
      : // Nobody in treatment to read the week from: last week by the API's clock.
        addCalendarDays(mondayOf(todayIn('UTC', now)), -7));
  return {
    weekStart,
    inTreatment: rows.length,
    count: below.length,
    clients: below.map((r) => ({
      clientId: r.clientId!,
      episodeId: r.episodeId!,
      clientName: clientDisplayName(r),
      totalMinutes: r.totalMinutes,
      targetMinutes: r.targetMinutes,
      daysAttended: r.daysAttended,
      minimumDays: r.minimumDays,
    })),
  };
}

/** The week's billable IOP days of a program as CSV (one row per client per billable day). */
export async function billableDaysExport(
  scope: ClientScope,
  programId: string,
  weekStart: CalendarDate,
): Promise<string> {
  const monday = mondayOf(weekStart);
  const params = new SqlParams([programId, monday]);
  const rows = await scope.db.query<
    {
      clientId: string;
      episodeId: string;
      firstName: string;
      lastName: string;
      preferredName: string | null;
      day: string;
      minutes: number;
    }[]
  >(
    `WITH eps AS (
       SELECT e.id, e.client_id, pr.time_zone FROM episode e JOIN program pr ON pr.id = e.program_id
       WHERE e.program_id = $1 AND e.admitted_at IS NOT NULL
         AND ${scope.episodeCondition('READ_CHART', params)}
     ),
     svc AS (
       SELECT s.episode_id, (s.starts_at AT TIME ZONE eps.time_zone)::date AS day, s.minutes
       FROM (${ATTENDED_SERVICES_SQL('ARRAY(SELECT id FROM eps)', `$2::date - interval '2 days'`, `$2::date + interval '9 days'`)}) s
       JOIN eps ON eps.id = s.episode_id
     )
     SELECT eps.client_id AS "clientId", eps.id AS "episodeId", c.first_name AS "firstName",
       c.last_name AS "lastName", c.preferred_name AS "preferredName",
       to_char(svc.day, 'YYYY-MM-DD') AS day, sum(svc.minutes)::int AS minutes
     FROM svc JOIN eps ON eps.id = svc.episode_id JOIN client c ON c.id = eps.client_id
     WHERE svc.day BETWEEN $2::date AND $2::date + 6
     GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(svc.minutes) >= ${BILLABLE_DAY_MINUTES}
     ORDER BY lower(c.last_name), lower(c.first_name), eps.id, day`,
    params.values,
  );
  for (const r of rows) scope.audit.read('Client', r.clientId, r.clientId);
  return billableDaysCsv(
    rows.map((r) => ({
      clientId: r.clientId,
      clientName: clientDisplayName(r),
      episodeId: r.episodeId,
      date: r.day,
      minutes: r.minutes,
    })),
  );
}
