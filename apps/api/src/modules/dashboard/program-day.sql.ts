import { DEFAULT_DUE_SOON_DAYS } from '@waypoint/domain';
import type { SqlParams } from '../access/client-scope.js';

/**
 * A CTE `program_day(program_id, today, soon_until, monday)`, every program's day computed in the
 * statement that uses it (no round trip to read the programs' time zones first): the domain's
 * `todayIn` (the calendar date at `now`, the API's clock, in the program's time zone),
 * `addCalendarDays(today, DEFAULT_DUE_SOON_DAYS)` and `mondayOf(today)`, written in SQL.
 * program-day.int.test.ts checks it agrees with the domain functions in every program's zone.
 */
export function programDayCte(params: SqlParams, now: Date): string {
  const at = params.add(now);
  const soon = params.add(DEFAULT_DUE_SOON_DAYS);
  return `program_day AS (
    SELECT p.id AS program_id, d.today, d.today + ${soon}::int AS soon_until,
      d.today - (extract(isodow FROM d.today)::int - 1) AS monday
    FROM program p, LATERAL (SELECT (${at}::timestamptz AT TIME ZONE p.time_zone)::date AS today) d
  )`;
}

/**
 * The review status (the domain's `reviewDueStatus`) of a stored due date against its program's
 * day, for filtering and counting in SQL. The bounds come from the domain; this only compares.
 */
export function reviewStatusSql(due: string, day: string): string {
  return `CASE WHEN ${due} IS NULL THEN NULL
    WHEN ${due} < ${day}.today THEN 'OVERDUE'
    WHEN ${due} = ${day}.today THEN 'DUE'
    WHEN ${due} <= ${day}.soon_until THEN 'DUE_SOON'
    ELSE 'NOT_DUE' END`;
}
