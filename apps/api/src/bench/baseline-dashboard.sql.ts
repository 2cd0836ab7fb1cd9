/**
 * The benchmark's baseline: the dashboard's headline figures written by hand as one plain SQL
 * query, independently of the service's CTE builders (same definitions, different text). The
 * benchmark also checks that both give the same numbers.
 */
export const baselineDashboardSql = `
WITH cur AS (
  SELECT DISTINCT ON (e.client_id) e.*, pr.time_zone, pr.plan_review_interval_days, pr.initial_plan_due_days
  FROM episode e JOIN program pr ON pr.id = e.program_id
  WHERE e.program_id = ANY($1::uuid[])
  ORDER BY e.client_id, e.opened_at DESC, e.id DESC
),
treated AS (
  SELECT c.*, ($2::timestamptz AT TIME ZONE c.time_zone)::date AS today,
    tp.activated_at, tp.last_reviewed_at, greatest(tp.activated_at, tp.last_reviewed_at) AS anchor
  FROM cur c LEFT JOIN treatment_plan tp ON tp.episode_id = c.id AND tp.status = 'ACTIVE'
  WHERE c.status IN ('ORIENTATION', 'ACTIVE', 'ON_HOLD', 'DISCHARGE_PLANNING') AND c.admitted_at IS NOT NULL
),
due AS (
  SELECT t.*, CASE
      WHEN t.anchor IS NULL THEN (t.admitted_at AT TIME ZONE t.time_zone)::date + t.initial_plan_due_days
      ELSE least((t.anchor AT TIME ZONE t.time_zone)::date + t.plan_review_interval_days,
                 (SELECT min((l.changed_at AT TIME ZONE t.time_zone)::date) FROM level_of_care_change l
                  WHERE l.episode_id = t.id AND l.changed_at > t.anchor))
    END AS due_date
  FROM treated t
)
SELECT
  (SELECT json_object_agg(status, n) FROM (SELECT status, count(*) AS n FROM cur GROUP BY status) s) AS census,
  count(*) FILTER (WHERE due_date < today) AS overdue,
  count(*) FILTER (WHERE due_date >= today AND due_date <= today + 7) AS due_soon,
  count(*) AS in_treatment,
  count(*) FILTER (WHERE today - (admitted_at AT TIME ZONE time_zone)::date >= 84) AS past_twelve_weeks
FROM due`;
