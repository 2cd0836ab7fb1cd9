/**
 * The benchmark's baseline: the dashboard's headline figures written by hand as one plain SQL
 * query, independently of the service's CTE builders (same definitions, different text), reading
 * the review clock stored on each episode. The benchmark also checks that both give the same
 * numbers.
 */
export const baselineDashboardSql = `
WITH cur AS (
  SELECT DISTINCT ON (e.client_id) e.*, pr.time_zone
  FROM episode e JOIN program pr ON pr.id = e.program_id
  WHERE e.program_id = ANY($1::uuid[])
  ORDER BY e.client_id, e.opened_at DESC, e.id DESC
),
treated AS (
  SELECT c.*, ($2::timestamptz AT TIME ZONE c.time_zone)::date AS today
  FROM cur c
  WHERE c.status IN ('ORIENTATION', 'ACTIVE', 'ON_HOLD', 'DISCHARGE_PLANNING')
)
SELECT
  (SELECT json_object_agg(status, n) FROM (SELECT status, count(*) AS n FROM cur GROUP BY status) s) AS census,
  count(*) FILTER (WHERE review_due_on < today) AS overdue,
  count(*) FILTER (WHERE review_due_on >= today AND review_due_on <= today + 7) AS due_soon,
  count(*) AS in_treatment,
  count(*) FILTER (WHERE today - (admitted_at AT TIME ZONE time_zone)::date >= 84) AS past_twelve_weeks
FROM treated`;
