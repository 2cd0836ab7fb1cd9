import { statusesInPhase } from '@waypoint/domain';
import { BadUserInputError } from '../../graphql/errors.js';
import { SqlParams, type ClientScope } from '../access/client-scope.js';
import { programsWhere } from '../auth/viewer.js';
import { reviewClockCtes } from './review-clock.sql.js';
import type {
  DashboardClientList,
  DashboardDrillDownInput,
  DashboardFilter,
  DirectorDashboard,
  WorklistItem,
} from './dashboard.types.js';

const TWELVE_WEEKS_DAYS = 84;
const DRILL_DOWN_LIMIT = 200;

/**
 * The clients the dashboard counts: those the viewer may read (the same scope as every list),
 * in the programs asked for, and their current (most recent) episode. Shared by the figures and
 * the drill-downs so a number and the list behind it cannot disagree.
 */
function populationCtes(
  scope: ClientScope,
  params: SqlParams,
  filter: DashboardFilter | null | undefined,
): string {
  const programs = filter?.programIds?.length ? params.add(filter.programIds) : null;
  const clinician = filter?.clinicianId ? params.add(filter.clinicianId) : null;
  return `
  visible AS (SELECT c.id FROM client c WHERE ${scope.condition('READ_CHART', params)}),
  cur AS (
    SELECT DISTINCT ON (e.client_id) e.id, e.client_id, e.program_id, e.status, e.admitted_at,
      e.discharged_at, e.primary_clinician_id, pr.time_zone
    FROM episode e JOIN visible v ON v.id = e.client_id JOIN program pr ON pr.id = e.program_id
    -- the newest episode the viewer may read (access is judged per episode)
    WHERE ${scope.episodeCondition('READ_CHART', params)}
    ORDER BY e.client_id, e.opened_at DESC, e.id DESC
  ),
  pop AS (
    SELECT * FROM cur
    WHERE ${programs ? `program_id = ANY(${programs}::uuid[])` : 'true'}
      AND ${clinician ? `primary_clinician_id = ${clinician}::uuid` : 'true'}
  )`;
}

/** Every figure in one statement: CTEs over the scoped population, aggregated in SQL. */
export async function directorDashboard(
  scope: ClientScope,
  filter: DashboardFilter | null | undefined,
  now = new Date(),
): Promise<DirectorDashboard> {
  const params = new SqlParams();
  const inTreatment = params.add(statusesInPhase('IN_TREATMENT'));
  const at = params.add(now.toISOString());
  const programs = filter?.programIds?.length
    ? filter.programIds
    : programsWhere(scope.viewer, ['DIRECTOR', 'CLINICIAN', 'CASE_MANAGER', 'INTAKE']);
  const programList = params.add(programs);
  const clinician = filter?.clinicianId ? params.add(filter.clinicianId) : null;
  const sql = `WITH ${reviewClockCtes(params, now)}, ${populationCtes(scope, params, filter)},
  tz AS (SELECT coalesce((SELECT time_zone FROM program WHERE id = ANY(${programList}::uuid[]) ORDER BY name LIMIT 1), 'UTC') AS zone),
  this_week AS (SELECT date_trunc('week', ${at}::timestamptz AT TIME ZONE (SELECT zone FROM tz))::date AS monday),
  weeks AS (SELECT (monday - 7 * g)::date AS week_start FROM this_week, generate_series(0, 11) g),
  eps AS (
    SELECT e.admitted_at, e.discharged_at, pr.time_zone FROM episode e
    JOIN visible v ON v.id = e.client_id JOIN program pr ON pr.id = e.program_id
    WHERE ${filter?.programIds?.length ? `e.program_id = ANY(${params.add(filter.programIds)}::uuid[])` : 'true'}
      AND ${clinician ? `e.primary_clinician_id = ${clinician}::uuid` : 'true'}
  ),
  admitted AS (
    SELECT date_trunc('week', admitted_at AT TIME ZONE time_zone)::date AS wk, count(*) AS n
    FROM eps WHERE admitted_at IS NOT NULL GROUP BY 1
  ),
  discharged AS (
    SELECT date_trunc('week', discharged_at AT TIME ZONE time_zone)::date AS wk, count(*) AS n
    FROM eps WHERE discharged_at IS NOT NULL GROUP BY 1
  ),
  treated AS (
    SELECT p.*, rc.status AS review_status,
      (${at}::timestamptz AT TIME ZONE p.time_zone)::date - (p.admitted_at AT TIME ZONE p.time_zone)::date AS days_in
    FROM pop p LEFT JOIN review_clock rc ON rc.episode_id = p.id
    WHERE p.status = ANY(${inTreatment}::text[])
  ),
  clinicians AS (
    SELECT DISTINCT s.id FROM staff s JOIN staff_program_role r ON r.staff_id = s.id
    WHERE s.active AND r.role = 'CLINICIAN' AND r.program_id = ANY(${programList}::uuid[])
      AND ${clinician ? `s.id = ${clinician}::uuid` : 'true'}
  )
  SELECT json_build_object(
    'census', (SELECT coalesce(json_agg(json_build_object('programId', program_id, 'status', status, 'count', n)
                 ORDER BY program_id, status), '[]')
               FROM (SELECT program_id, status, count(*)::int AS n FROM pop GROUP BY 1, 2) c),
    'weeklyFlow', (SELECT json_agg(json_build_object('weekStart', w.week_start,
                     'admissions', coalesce(a.n, 0), 'discharges', coalesce(d.n, 0)) ORDER BY w.week_start)
                   FROM weeks w LEFT JOIN admitted a ON a.wk = w.week_start LEFT JOIN discharged d ON d.wk = w.week_start),
    'caseloads', (SELECT coalesce(json_agg(json_build_object('clinicianId', k.id, 'activeClients', k.active,
                    'reviewsOverdue', k.overdue, 'reviewsDueSoon', k.due_soon) ORDER BY k.active DESC, k.id), '[]')
                  FROM (SELECT cl.id, count(t.id)::int AS active,
                          count(t.id) FILTER (WHERE t.review_status = 'OVERDUE')::int AS overdue,
                          count(t.id) FILTER (WHERE t.review_status IN ('DUE', 'DUE_SOON'))::int AS due_soon
                        FROM clinicians cl LEFT JOIN treated t ON t.primary_clinician_id = cl.id
                        GROUP BY cl.id) k),
    'reviews', (SELECT json_build_object(
                  'overdue', count(*) FILTER (WHERE review_status = 'OVERDUE'),
                  'dueSoon', count(*) FILTER (WHERE review_status IN ('DUE', 'DUE_SOON'))) FROM treated),
    'lengthOfStay', (SELECT json_build_object(
                  'inTreatment', count(*),
                  'averageDays', round(avg(days_in)::numeric, 1),
                  'medianDays', percentile_cont(0.5) WITHIN GROUP (ORDER BY days_in),
                  'pastTwelveWeeks', count(*) FILTER (WHERE days_in >= ${TWELVE_WEEKS_DAYS})) FROM treated)
  ) AS figures`;
  const [row] = await scope.db.query<{ figures: Omit<DirectorDashboard, 'generatedAt'> }[]>(
    sql,
    params.values,
  );
  await scope.audit.write({
    action: 'READ',
    recordType: 'DirectorDashboard',
    recordId: null,
    clientId: null,
    outcome: 'SUCCESS',
  });
  return { generatedAt: now, ...row!.figures };
}

/** The clients behind one figure, from the same CTEs, most urgent first. */
export async function dashboardClients(
  scope: ClientScope,
  input: DashboardDrillDownInput,
  now = new Date(),
): Promise<DashboardClientList> {
  const params = new SqlParams();
  const at = params.add(now.toISOString());
  const key = () => {
    if (!input.key)
      throw new BadUserInputError([{ field: 'key', message: `is required for ${input.metric}` }]);
    return params.add(input.key);
  };
  // Parameters are added only when the chosen metric uses them (PostgreSQL refuses untyped ones).
  const treated = () => `p.status = ANY(${params.add(statusesInPhase('IN_TREATMENT'))}::text[])`;
  const where: Record<DashboardDrillDownInput['metric'], () => string> = {
    CENSUS_STATUS: () => `p.status = ${key()}`,
    IN_TREATMENT: () => treated(),
    REVIEWS_OVERDUE: () => `${treated()} AND rc.status = 'OVERDUE'`,
    REVIEWS_DUE_SOON: () => `${treated()} AND rc.status IN ('DUE', 'DUE_SOON')`,
    CLINICIAN_ACTIVE: () => `${treated()} AND p.primary_clinician_id::text = ${key()}`,
    CLINICIAN_REVIEWS_OVERDUE: () =>
      `${treated()} AND rc.status = 'OVERDUE' AND p.primary_clinician_id::text = ${key()}`,
    CLINICIAN_REVIEWS_DUE_SOON: () =>
      `${treated()} AND rc.status IN ('DUE', 'DUE_SOON') AND p.primary_clinician_id::text = ${key()}`,
    ADMITTED_IN_WEEK: () => `false`, // weekly flows count every episode: see below
    DISCHARGED_IN_WEEK: () => `false`,
    PAST_TWELVE_WEEKS: () =>
      `${treated()} AND (${at}::timestamptz AT TIME ZONE p.time_zone)::date - (p.admitted_at AT TIME ZONE p.time_zone)::date >= ${TWELVE_WEEKS_DAYS}`,
  };
  const weekly = input.metric === 'ADMITTED_IN_WEEK' || input.metric === 'DISCHARGED_IN_WEEK';
  const column = input.metric === 'ADMITTED_IN_WEEK' ? 'admitted_at' : 'discharged_at';
  // Week flows count every episode admitted or discharged that week, not only current ones.
  const source = weekly
    ? `(SELECT e.id, e.client_id, e.program_id, e.status, e.admitted_at, e.discharged_at, e.primary_clinician_id, pr.time_zone
        FROM episode e JOIN visible v ON v.id = e.client_id JOIN program pr ON pr.id = e.program_id
        WHERE e.${column} IS NOT NULL
          AND date_trunc('week', e.${column} AT TIME ZONE pr.time_zone)::date = ${key()}::date
          ${input.programIds?.length ? `AND e.program_id = ANY(${params.add(input.programIds)}::uuid[])` : ''}
          ${input.clinicianId ? `AND e.primary_clinician_id = ${params.add(input.clinicianId)}::uuid` : ''})`
    : 'pop';
  const condition = weekly ? 'true' : where[input.metric]();
  const rows = await scope.db.query<(DashboardClientList['rows'][number] & { total: number })[]>(
    `WITH ${reviewClockCtes(params, now)}, ${populationCtes(scope, params, input)}
     SELECT p.client_id AS "clientId", p.id AS "episodeId", to_char(rc.due_date, 'YYYY-MM-DD') AS "reviewDueDate",
       rc.status AS "reviewStatus", rc.reason AS "reviewReason",
       (${at}::timestamptz AT TIME ZONE p.time_zone)::date - (p.admitted_at AT TIME ZONE p.time_zone)::date AS "daysInProgram",
       count(*) OVER ()::int AS total
     FROM ${source} p LEFT JOIN review_clock rc ON rc.episode_id = p.id
     JOIN client c ON c.id = p.client_id
     WHERE ${condition}
     ORDER BY rc.due_date NULLS LAST, lower(c.last_name), lower(c.first_name), c.id
     LIMIT ${DRILL_DOWN_LIMIT}`,
    params.values,
  );
  for (const r of rows) scope.audit.read('Client', r.clientId, r.clientId);
  return { totalCount: rows[0]?.total ?? 0, rows: rows.map(({ total: _total, ...r }) => r) };
}

/** The viewer's own caseload with what needs doing, most urgent first. */
export async function myWorklist(scope: ClientScope, now = new Date()): Promise<WorklistItem[]> {
  const params = new SqlParams();
  const me = params.add(scope.viewer.staffId);
  const rows = await scope.db.query<(WorklistItem & { rank: number })[]>(
    `WITH ${reviewClockCtes(params, now)},
     mine AS (
       SELECT e.id, e.client_id, e.status FROM episode e
       JOIN client c ON c.id = e.client_id
       WHERE e.primary_clinician_id = ${me} AND ${scope.episodeCondition('READ_CHART', params)}
     ),
     items AS (
       SELECT m.client_id, m.id AS episode_id,
         CASE WHEN rc.status = 'OVERDUE' AND rc.reason = 'INITIAL_PLAN' THEN 'INITIAL_PLAN_OVERDUE'
              WHEN rc.status = 'OVERDUE' THEN 'REVIEW_OVERDUE'
              WHEN rc.status = 'DUE' THEN 'REVIEW_DUE_TODAY'
              WHEN rc.reason = 'INITIAL_PLAN' THEN 'INITIAL_PLAN_DUE'
              ELSE 'REVIEW_DUE_SOON' END AS kind,
         rc.due_date, rc.days_until_due
       FROM mine m JOIN review_clock rc ON rc.episode_id = m.id
       WHERE rc.status <> 'NOT_DUE' OR rc.reason = 'INITIAL_PLAN'
       UNION ALL
       SELECT m.client_id, m.id, CASE tp.status WHEN 'PENDING_SIGNATURE' THEN 'PLAN_AWAITING_SIGNATURE' ELSE 'DRAFT_PLAN' END,
         NULL, NULL
       FROM mine m JOIN treatment_plan tp ON tp.episode_id = m.id AND tp.status IN ('DRAFT', 'PENDING_SIGNATURE')
       UNION ALL
       SELECT m.client_id, m.id, 'ORIENTATION_INCOMPLETE', NULL, NULL FROM mine m WHERE m.status = 'ORIENTATION'
     )
     SELECT i.client_id AS "clientId", i.episode_id AS "episodeId", i.kind, to_char(i.due_date, 'YYYY-MM-DD') AS "dueDate",
       i.days_until_due AS "daysUntilDue",
       array_position(ARRAY['REVIEW_OVERDUE', 'INITIAL_PLAN_OVERDUE', 'REVIEW_DUE_TODAY', 'PLAN_AWAITING_SIGNATURE',
         'REVIEW_DUE_SOON', 'INITIAL_PLAN_DUE', 'DRAFT_PLAN', 'ORIENTATION_INCOMPLETE'], i.kind) AS rank
     FROM items i
     ORDER BY rank, i.days_until_due NULLS LAST, i.client_id`,
    params.values,
  );
  for (const r of rows) scope.audit.read('Client', r.clientId, r.clientId);
  return rows.map(({ rank: _rank, ...r }) => r);
}
