/**
 * The raw floor's statements for weekly hours (Rule 2), written by hand apart from the service's
 * SQL: a client's twelve weeks ending this week, and the count below target in each program's
 * last complete week. Both count attended minutes (clipped to the session) at sessions not
 * cancelled, and held individual/family sessions with no attendance recorded, whole.
 */
const ATTENDED = `a.status IN ('PRESENT', 'LATE', 'LEFT_EARLY') AND a.minutes > 0
  AND cs.status <> 'CANCELLED' AND cs.kind IN ('GROUP', 'INDIVIDUAL', 'FAMILY')`;
const CLIPPED = `least(a.minutes, floor(extract(epoch FROM cs.ends_at - cs.starts_at) / 60)::int)`;
const WHOLE = `floor(extract(epoch FROM cs.ends_at - cs.starts_at) / 60)::int`;
const HELD_ALONE = `cs.status = 'HELD' AND cs.kind IN ('INDIVIDUAL', 'FAMILY')
  AND NOT EXISTS (SELECT 1 FROM attendance x WHERE x.session_id = cs.id AND x.episode_id = cs.episode_id)`;

/** $1 client id: its current episode's weeks, oldest first. */
export const rawWeeklyHoursSql = `
WITH ep AS (
  SELECT e.id, pr.time_zone, date_trunc('week', now() AT TIME ZONE pr.time_zone)::date AS this_week
  FROM episode e JOIN program pr ON pr.id = e.program_id
  WHERE e.client_id = $1 ORDER BY e.opened_at DESC, e.id DESC LIMIT 1),
svc AS (
  SELECT (cs.starts_at AT TIME ZONE ep.time_zone)::date AS day, ${CLIPPED} AS minutes
  FROM ep JOIN attendance a ON a.episode_id = ep.id JOIN clinical_session cs ON cs.id = a.session_id
  WHERE ${ATTENDED} AND cs.starts_at >= (ep.this_week - 78)::timestamp AT TIME ZONE ep.time_zone
  UNION ALL
  SELECT (cs.starts_at AT TIME ZONE ep.time_zone)::date, ${WHOLE}
  FROM ep JOIN clinical_session cs ON cs.episode_id = ep.id
  WHERE ${HELD_ALONE} AND cs.starts_at >= (ep.this_week - 78)::timestamp AT TIME ZONE ep.time_zone)
SELECT json_agg(json_build_object('weekStart', w.week_start, 'totalMinutes', coalesce(s.total, 0),
    'daysAttended', coalesce(s.days, 0)) ORDER BY w.week_start)::text AS body
FROM (SELECT ep.this_week - 7 * k AS week_start FROM ep, generate_series(0, 11) k) w
LEFT JOIN LATERAL (SELECT sum(minutes)::int AS total, count(DISTINCT day)::int AS days FROM svc
                   WHERE svc.day BETWEEN w.week_start AND w.week_start + 6) s ON true`;

/** $1 program ids, $2 now: in treatment last week, and how many of them below target. */
export const rawBelowWeeklyHoursSql = `
WITH eps AS (
  SELECT e.id, pr.time_zone, w.week_start, round(pr.weekly_hours_target * 60)::int AS weekly_minutes,
    least(w.week_start + 6, coalesce((e.discharged_at AT TIME ZONE pr.time_zone)::date, w.week_start + 6))
      - greatest(w.week_start, (e.admitted_at AT TIME ZONE pr.time_zone)::date) + 1 AS days_in
  FROM episode e JOIN program pr ON pr.id = e.program_id
  CROSS JOIN LATERAL (SELECT date_trunc('week', $2::timestamptz AT TIME ZONE pr.time_zone)::date - 7 AS week_start) w
  WHERE e.program_id = ANY($1::uuid[]) AND e.admitted_at IS NOT NULL
    AND (e.admitted_at AT TIME ZONE pr.time_zone)::date <= w.week_start + 6
    AND (e.discharged_at IS NULL OR (e.discharged_at AT TIME ZONE pr.time_zone)::date >= w.week_start)),
-- The week's sessions first (by program and start), then their attendance: never each
-- episode's whole history. Each program's week is cut in its own zone.
svc AS (
  SELECT a.episode_id AS id, ${CLIPPED} AS minutes
  FROM program pr
  CROSS JOIN LATERAL (SELECT date_trunc('week', $2::timestamptz AT TIME ZONE pr.time_zone)::date - 7 AS week_start) w
  JOIN clinical_session cs ON cs.program_id = pr.id
    AND cs.starts_at >= (w.week_start::timestamp AT TIME ZONE pr.time_zone)
    AND cs.starts_at < ((w.week_start + 7)::timestamp AT TIME ZONE pr.time_zone)
  JOIN attendance a ON a.session_id = cs.id
  WHERE pr.id = ANY($1::uuid[]) AND ${ATTENDED}
  UNION ALL
  SELECT eps.id, ${WHOLE} FROM eps JOIN clinical_session cs ON cs.episode_id = eps.id
  WHERE ${HELD_ALONE}
    AND (cs.starts_at AT TIME ZONE eps.time_zone)::date BETWEEN eps.week_start AND eps.week_start + 6),
per AS (SELECT id, sum(minutes) AS total FROM svc GROUP BY id)
SELECT json_build_object('inTreatment', count(*),
  'count', count(*) FILTER (WHERE coalesce(per.total, 0) < floor(eps.weekly_minutes * eps.days_in / 7.0)))::text AS body
FROM eps LEFT JOIN per ON per.id = eps.id`;
