import type { DataSource, EntityManager } from 'typeorm';
import {
  calendarDaysBetween,
  localDate,
  measureScheduleOf,
  measuresDue,
  statusesInPhase,
  todayIn,
  type MeasureInstrument,
} from '@waypoint/domain';
import type { MeasureDue } from './measure.types.js';

interface DueFactsRow {
  episodeId: string;
  timeZone: string;
  measureIntervalDays: number;
  admittedAt: Date;
  dischargePlanningSince: Date | null;
  lastGiven: Partial<Record<MeasureInstrument, string>>;
}

/**
 * The scheduled measures of in-treatment episodes and when each is next due (the domain's
 * measuresDue over the schedule and the last administrations), for many episodes in one
 * statement, each on its program's schedule (measureScheduleOf).
 * The caller has already checked the viewer may read these episodes; only dates are read here.
 */
export async function measuresDueFor(
  db: DataSource | EntityManager,
  episodeIds: readonly string[],
  now = new Date(),
): Promise<Map<string, MeasureDue[]>> {
  if (!episodeIds.length) return new Map();
  const rows = await db.query<DueFactsRow[]>(
    `SELECT e.id AS "episodeId", pr.time_zone AS "timeZone", pr.measure_interval_days AS "measureIntervalDays",
       coalesce(e.admitted_at, e.opened_at) AS "admittedAt",
       CASE WHEN e.status = 'DISCHARGE_PLANNING' THEN
         (SELECT max(t.occurred_at) FROM episode_transition t WHERE t.episode_id = e.id AND t.to_status = e.status)
       END AS "dischargePlanningSince",
       coalesce((SELECT json_object_agg(l.instrument, l.last) FROM (
           SELECT a.instrument, to_char(max(a.administered_at) AT TIME ZONE pr.time_zone, 'YYYY-MM-DD') AS last
           FROM assessment a WHERE a.episode_id = e.id AND a.instrument IN ('PHQ9', 'GAD7', 'BAM')
           GROUP BY a.instrument) l), '{}') AS "lastGiven"
     FROM episode e JOIN program pr ON pr.id = e.program_id
     WHERE e.id = ANY($1::uuid[]) AND e.status = ANY($2::text[])`,
    [episodeIds, statusesInPhase('IN_TREATMENT')],
  );
  return new Map(
    rows.map((r) => {
      const today = todayIn(r.timeZone, now);
      const due = measuresDue(measureScheduleOf(r), {
        admittedOn: localDate(r.admittedAt, r.timeZone),
        dischargePlanningSince: r.dischargePlanningSince
          ? localDate(r.dischargePlanningSince, r.timeZone)
          : null,
        lastGiven: r.lastGiven,
      });
      return [
        r.episodeId,
        due.map((d) => ({ ...d, daysUntilDue: calendarDaysBetween(today, d.dueDate) })),
      ];
    }),
  );
}
