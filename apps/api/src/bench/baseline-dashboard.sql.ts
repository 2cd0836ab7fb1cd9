/**
 * The benchmark's baseline: every figure the benchmark's dashboard request asks for (census by
 * program and status, twelve weeks of admissions and discharges, each clinician's caseload and
 * reviews, reviews due, length of stay) written by hand as one plain SQL query, independently of
 * the service's CTE builders (same definitions, different text), reading the review clock stored
 * on each episode. No authorization: the director it stands for directs every program named.
 * The benchmark checks that both give the same figures. $1 the programs, $2 now.
 */
export const baselineDashboardSql = `
WITH day AS (
  SELECT id AS program_id, ($2::timestamptz AT TIME ZONE time_zone)::date AS today FROM program
),
cur AS (
  SELECT DISTINCT ON (e.client_id) e.*, pr.time_zone, pr.name AS program_name
  FROM episode e JOIN program pr ON pr.id = e.program_id
  WHERE e.program_id = ANY($1::uuid[])
  ORDER BY e.client_id, e.opened_at DESC, e.id DESC
),
treated AS (
  SELECT c.*, d.today, d.today - (c.admitted_at AT TIME ZONE c.time_zone)::date AS days_in
  FROM cur c JOIN day d ON d.program_id = c.program_id
  WHERE c.status IN ('ORIENTATION', 'ACTIVE', 'ON_HOLD', 'DISCHARGE_PLANNING')
),
mondays AS (
  SELECT (max(today) - (extract(isodow FROM max(today))::int - 1) - 7 * g)::date AS monday
  FROM day, generate_series(0, 11) g WHERE program_id = ANY($1::uuid[]) GROUP BY g
),
flow AS (
  SELECT date_trunc('week', e.admitted_at AT TIME ZONE pr.time_zone)::date AS admitted_week,
    date_trunc('week', e.discharged_at AT TIME ZONE pr.time_zone)::date AS discharged_week
  FROM episode e JOIN program pr ON pr.id = e.program_id
  WHERE e.program_id = ANY($1::uuid[])
)
SELECT
  (SELECT json_agg(json_build_object('program', program_name, 'status', status, 'count', n)
     ORDER BY program_name, status)
   FROM (SELECT program_name, status, count(*) AS n FROM cur GROUP BY 1, 2) s) AS census,
  (SELECT json_agg(json_build_object('weekStart', m.monday, 'admissions', coalesce(a.n, 0),
     'discharges', coalesce(d.n, 0)) ORDER BY m.monday)
   FROM mondays m
   LEFT JOIN (SELECT admitted_week AS wk, count(*) AS n FROM flow GROUP BY 1) a ON a.wk = m.monday
   LEFT JOIN (SELECT discharged_week AS wk, count(*) AS n FROM flow GROUP BY 1) d ON d.wk = m.monday
  ) AS weekly_flow,
  (SELECT json_agg(json_build_object('clinician', k.name, 'active', k.active, 'overdue', k.overdue,
     'dueSoon', k.due_soon) ORDER BY k.name)
   FROM (SELECT s.first_name || ' ' || s.last_name || coalesce(', ' || s.credentials, '') AS name,
           count(t.id) AS active,
           count(t.id) FILTER (WHERE t.review_due_on < t.today) AS overdue,
           count(t.id) FILTER (WHERE t.review_due_on >= t.today AND t.review_due_on <= t.today + 7) AS due_soon
         FROM staff s LEFT JOIN treated t ON t.primary_clinician_id = s.id
         WHERE s.active AND EXISTS (SELECT 1 FROM staff_program_role r WHERE r.staff_id = s.id
                                      AND r.role = 'CLINICIAN' AND r.program_id = ANY($1::uuid[]))
         GROUP BY s.id) k) AS caseloads,
  count(*) FILTER (WHERE review_due_on < today) AS overdue,
  count(*) FILTER (WHERE review_due_on >= today AND review_due_on <= today + 7) AS due_soon,
  count(*) AS in_treatment,
  round(avg(days_in)::numeric, 1) AS average_days,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY days_in) AS median_days,
  count(*) FILTER (WHERE days_in >= 84) AS past_twelve_weeks
FROM treated`;
