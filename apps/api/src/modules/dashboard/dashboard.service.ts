import { isCalendarDate, statusesInPhase, WORKLIST_ORDER } from '@waypoint/domain';
import { decodeCursor, toConnection } from '../../graphql/connection.js';
import { BadUserInputError } from '../../graphql/errors.js';
import { isRecordId } from '../../graphql/input-guard.js';
import { SqlParams, type ClientScope } from '../access/client-scope.js';
import { programsWhere } from '../auth/viewer.js';
import { measuresDueFor } from '../measure/measures-due.js';
import { notACursor } from '../../graphql/connection.js';
import { programDayCte, reviewStatusSql } from './program-day.sql.js';
import { jsonRecord, readJsonRecord } from '../../db/json-record.js';
import type { Loaders } from '../../graphql/loaders.js';
import { Program } from '../program/program.entity.js';
import { Staff } from '../staff/staff.entity.js';
import type {
  DashboardClientRow,
  DashboardClientSort,
  DashboardClientsArgs,
  DashboardDrillDownInput,
  DashboardFilter,
  DirectorDashboard,
  WorklistItem,
} from './dashboard.types.js';

const TWELVE_WEEKS_DAYS = 84;
const POSITIVE_SCREEN_DAYS = 14;

/** The episodes with a screen that became an unexpected positive in the last 14 days. */
function positiveScreensSql(params: SqlParams, now: Date): string {
  const since = params.add(new Date(now.getTime() - POSITIVE_SCREEN_DAYS * 86_400_000));
  return `SELECT s.episode_id FROM drug_screen s WHERE s.unexpected_positive_at >= ${since}::timestamptz`;
}

/**
 * The clients the dashboard counts: those the viewer may read (the same scope as every list),
 * in the programs asked for, and their current (most recent) episode, with the stored review
 * clock's status on the program's today. Shared by the figures and the drill-downs so a number
 * and the list behind it cannot disagree. Needs `program_day` (program-day.sql.ts). The access
 * condition is evaluated once, as a set (`visible`), inside the same statement: in its
 * uncorrelated form it is priced as the scan it is, far below the JIT thresholds.
 */
function populationCtes(
  scope: ClientScope,
  params: SqlParams,
  filter: DashboardFilter | null | undefined,
): string {
  const programs = filter?.programIds?.length ? params.add(filter.programIds) : null;
  const clinician = filter?.clinicianId ? params.add(filter.clinicianId) : null;
  return `
  visible AS MATERIALIZED (SELECT c.id FROM client c WHERE ${scope.condition('READ_CHART', params)}),
  cur AS (
    SELECT DISTINCT ON (e.client_id) e.id, e.client_id, e.program_id, e.status, e.admitted_at,
      e.discharged_at, e.primary_clinician_id, e.review_due_on, e.review_due_reason, pr.time_zone
    FROM episode e JOIN program pr ON pr.id = e.program_id
    -- the newest episode the viewer may read (access is judged per episode; an episode the
    -- viewer may read makes its client visible, so no join with \`visible\` is needed here)
    WHERE ${scope.episodeCondition('READ_CHART', params)}
    ORDER BY e.client_id, e.opened_at DESC, e.id DESC
  ),
  pop AS (
    SELECT cur.*, d.today, ${reviewStatusSql('cur.review_due_on', 'd')} AS review_status,
      d.today - (cur.admitted_at AT TIME ZONE cur.time_zone)::date AS days_in
    FROM cur JOIN program_day d ON d.program_id = cur.program_id
    WHERE ${programs ? `cur.program_id = ANY(${programs}::uuid[])` : 'true'}
      AND ${clinician ? `cur.primary_clinician_id = ${clinician}::uuid` : 'true'}
  )`;
}

/** Every figure in one statement: CTEs over the scoped population, aggregated in SQL. */
export async function directorDashboard(
  scope: ClientScope,
  filter: DashboardFilter | null | undefined,
  now = new Date(),
  /** Programs and clinicians the answer names, read in the same statement into these loaders. */
  related?: { loaders: Loaders; programs: boolean; clinicians: boolean },
): Promise<DirectorDashboard> {
  const params = new SqlParams();
  const ds = scope.db;
  const programJson = related?.programs
    ? `, 'program', (SELECT ${jsonRecord(ds, Program, 'p')} FROM program p WHERE p.id = c.program_id)`
    : '';
  const clinicianJson = related?.clinicians
    ? `, 'clinician', (SELECT ${jsonRecord(ds, Staff, 's')} FROM staff s WHERE s.id = k.id)`
    : '';
  const inTreatment = params.add(statusesInPhase('IN_TREATMENT'));
  const programs = filter?.programIds?.length
    ? filter.programIds
    : programsWhere(scope.viewer, ['DIRECTOR', 'CLINICIAN', 'CASE_MANAGER', 'INTAKE']);
  const programList = params.add(programs);
  const clinician = filter?.clinicianId ? params.add(filter.clinicianId) : null;
  const sql = `WITH ${programDayCte(params, now)}, ${populationCtes(scope, params, filter)},
  -- Each episode falls in the week of its own program's calendar; the twelve weeks shown end with
  -- the latest current week among the programs (they differ only around Monday midnight).
  this_week AS (SELECT coalesce(max(monday) FILTER (WHERE program_id = ANY(${programList}::uuid[])), max(monday)) AS monday FROM program_day),
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
  treated AS (SELECT * FROM pop WHERE status = ANY(${inTreatment}::text[])),
  clinicians AS (
    SELECT DISTINCT s.id FROM staff s JOIN staff_program_role r ON r.staff_id = s.id
    WHERE s.active AND r.role = 'CLINICIAN' AND r.program_id = ANY(${programList}::uuid[])
      AND ${clinician ? `s.id = ${clinician}::uuid` : 'true'}
  )
  SELECT json_build_object(
    'census', (SELECT coalesce(json_agg(json_build_object('programId', program_id, 'status', status, 'count', n${programJson})
                 ORDER BY program_id, status), '[]')
               FROM (SELECT program_id, status, count(*)::int AS n FROM pop GROUP BY 1, 2) c),
    'weeklyFlow', (SELECT json_agg(json_build_object('weekStart', w.week_start,
                     'admissions', coalesce(a.n, 0), 'discharges', coalesce(d.n, 0)) ORDER BY w.week_start)
                   FROM weeks w LEFT JOIN admitted a ON a.wk = w.week_start LEFT JOIN discharged d ON d.wk = w.week_start),
    'caseloads', (SELECT coalesce(json_agg(json_build_object('clinicianId', k.id, 'activeClients', k.active,
                    'reviewsOverdue', k.overdue, 'reviewsDueSoon', k.due_soon${clinicianJson}) ORDER BY k.active DESC, k.id), '[]')
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
                  'pastTwelveWeeks', count(*) FILTER (WHERE days_in >= ${TWELVE_WEEKS_DAYS})) FROM treated),
    'positiveScreens14d', (SELECT count(*) FROM pop WHERE pop.id IN (${positiveScreensSql(params, now)}))
  ) AS figures`;
  const [row] = await scope.db.query<{ figures: Omit<DirectorDashboard, 'generatedAt'> }[]>(
    sql,
    params.values,
  );
  // Written with the request's other reads, in one INSERT before the answer leaves.
  scope.audit.collect({
    action: 'READ',
    recordType: 'DirectorDashboard',
    recordId: null,
    clientId: null,
    outcome: 'SUCCESS',
  });
  const figures = row!.figures as Omit<DirectorDashboard, 'generatedAt'> & {
    census: { program?: Record<string, unknown> }[];
    caseloads: { clinician?: Record<string, unknown> }[];
  };
  for (const c of figures.census) {
    if (c.program)
      related?.loaders.program.prime(c.programId, readJsonRecord(ds, Program, c.program));
    delete c.program;
  }
  for (const k of figures.caseloads) {
    if (k.clinician)
      related?.loaders.staff.prime(k.clinicianId, readJsonRecord(ds, Staff, k.clinician));
    delete k.clinician;
  }
  return { generatedAt: now, ...figures };
}

/** How a drill-down is sorted: each a stable keyset, so pages never skip or repeat a client. */
const drillDownOrder: Record<
  DashboardClientSort,
  { keys: string[]; cursor: (r: DrillRow) => (string | number)[] }
> = {
  // Most urgent first: the next review (or initial plan) due, no clock last, then by name.
  REVIEW_DUE: {
    keys: [
      "coalesce(r.review_due_on, 'infinity'::date)",
      'r.sort_last',
      'r.sort_first',
      'r.episode_id',
    ],
    cursor: (r) => [r.reviewDueDate ?? 'infinity', r.sortLast, r.sortFirst, r.episodeId],
  },
  // Longest stay first, never admitted last, then by name.
  DAYS_IN_PROGRAM: {
    keys: ['-coalesce(r.days_in, -1)', 'r.sort_last', 'r.sort_first', 'r.episode_id'],
    cursor: (r) => [-(r.daysInProgram ?? -1), r.sortLast, r.sortFirst, r.episodeId],
  },
};

export interface DrillRow extends DashboardClientRow {
  sortLast: string;
  sortFirst: string;
}

/** The clients behind one figure, from the same CTEs, one page at a time. */
export async function dashboardClients(
  scope: ClientScope,
  args: DashboardClientsArgs & { input: DashboardDrillDownInput },
  now = new Date(),
) {
  const { input } = args;
  const params = new SqlParams();
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
    REVIEWS_OVERDUE: () => `${treated()} AND p.review_status = 'OVERDUE'`,
    REVIEWS_DUE_SOON: () => `${treated()} AND p.review_status IN ('DUE', 'DUE_SOON')`,
    CLINICIAN_ACTIVE: () => `${treated()} AND p.primary_clinician_id::text = ${key()}`,
    CLINICIAN_REVIEWS_OVERDUE: () =>
      `${treated()} AND p.review_status = 'OVERDUE' AND p.primary_clinician_id::text = ${key()}`,
    CLINICIAN_REVIEWS_DUE_SOON: () =>
      `${treated()} AND p.review_status IN ('DUE', 'DUE_SOON') AND p.primary_clinician_id::text = ${key()}`,
    ADMITTED_IN_WEEK: () => `true`, // the week is chosen in the source: see below
    DISCHARGED_IN_WEEK: () => `true`,
    PAST_TWELVE_WEEKS: () => `${treated()} AND p.days_in >= ${TWELVE_WEEKS_DAYS}`,
    POSITIVE_SCREENS_14D: () => `p.id IN (${positiveScreensSql(params, now)})`,
  };
  const weekly = input.metric === 'ADMITTED_IN_WEEK' || input.metric === 'DISCHARGED_IN_WEEK';
  const column = input.metric === 'ADMITTED_IN_WEEK' ? 'admitted_at' : 'discharged_at';
  // Week flows count every episode admitted or discharged that week (in its program's calendar),
  // not only current ones.
  const source = weekly
    ? `(SELECT e.id, e.client_id, e.review_due_on, e.review_due_reason,
          ${reviewStatusSql('e.review_due_on', 'd')} AS review_status,
          d.today - (e.admitted_at AT TIME ZONE pr.time_zone)::date AS days_in
        FROM episode e JOIN visible v ON v.id = e.client_id JOIN program pr ON pr.id = e.program_id
        JOIN program_day d ON d.program_id = e.program_id
        WHERE e.${column} IS NOT NULL
          AND date_trunc('week', e.${column} AT TIME ZONE pr.time_zone)::date = ${key()}::date
          ${input.programIds?.length ? `AND e.program_id = ANY(${params.add(input.programIds)}::uuid[])` : ''}
          ${input.clinicianId ? `AND e.primary_clinician_id = ${params.add(input.clinicianId)}::uuid` : ''})`
    : 'pop';
  const condition = where[input.metric]();
  const order = drillDownOrder[args.sort ?? 'REVIEW_DUE'];
  let after = 'true';
  if (args.after) {
    const [k0, last, first, id] = decodeCursor(args.after, 4);
    const dateKey = order === drillDownOrder.REVIEW_DUE;
    const keyFits = dateKey
      ? typeof k0 === 'string' && (k0 === 'infinity' || isCalendarDate(k0))
      : Number.isInteger(k0);
    if (!keyFits || typeof last !== 'string' || typeof first !== 'string' || !isRecordId(id)) {
      throw notACursor();
    }
    after = `(${order.keys.join(', ')}) > (${params.add(k0)}::${dateKey ? 'date' : 'int'}, ${params.add(last)}, ${params.add(first)}, ${params.add(id)}::uuid)`;
  }
  const [result] = await scope.db.query<{ total: number; page: DrillRow[] }[]>(
    `WITH ${programDayCte(params, now)}, ${populationCtes(scope, params, input)},
     r AS (
       SELECT p.client_id, p.id AS episode_id, p.review_due_on, p.review_status, p.review_due_reason,
         p.days_in, lower(c.last_name) AS sort_last, lower(c.first_name) AS sort_first
       FROM ${source} p JOIN client c ON c.id = p.client_id
       WHERE ${condition}
     )
     SELECT (SELECT count(*)::int FROM r) AS total,
       (SELECT coalesce(json_agg(json_build_object('clientId', r.client_id, 'episodeId', r.episode_id,
            'reviewDueDate', r.review_due_on, 'reviewStatus', r.review_status, 'reviewReason', r.review_due_reason,
            'daysInProgram', r.days_in, 'sortLast', r.sort_last, 'sortFirst', r.sort_first)
          ORDER BY ${order.keys.join(', ')}), '[]')
        FROM (SELECT * FROM r WHERE ${after} ORDER BY ${order.keys.join(', ')} LIMIT ${args.first + 1}) r) AS page`,
    params.values,
  );
  const page = toConnection(result!.page, args.first, result!.total, order.cursor);
  for (const { node } of page.edges) scope.audit.read('Client', node.clientId, node.clientId);
  return page;
}

/** The viewer's own caseload with what needs doing, most urgent first. */
export function myWorklist(scope: ClientScope, now = new Date()): Promise<WorklistItem[]> {
  return worklist(
    scope,
    now,
    (params) => `e.primary_clinician_id = ${params.add(scope.viewer.staffId)}`,
  );
}

/** What needs doing in each of these episodes (those the viewer may read), most urgent first. */
export function episodeWorklists(
  scope: ClientScope,
  episodeIds: readonly string[],
  now = new Date(),
): Promise<WorklistItem[]> {
  return worklist(scope, now, (params) => `e.id = ANY(${params.add(episodeIds)}::uuid[])`);
}

async function worklist(
  scope: ClientScope,
  now: Date,
  episodes: (params: SqlParams) => string,
): Promise<WorklistItem[]> {
  const params = new SqlParams();
  const rows = await scope.db.query<(WorklistItem & { rank: number })[]>(
    `WITH ${programDayCte(params, now)},
     mine AS (
       SELECT e.id, e.client_id, e.status, e.review_due_on, e.review_due_reason,
         ${reviewStatusSql('e.review_due_on', 'd')} AS review_status, e.review_due_on - d.today AS days_until_due
       FROM episode e
       JOIN client c ON c.id = e.client_id
       JOIN program_day d ON d.program_id = e.program_id
       WHERE ${episodes(params)} AND ${scope.episodeCondition('READ_CHART', params)}
     ),
     items AS (
       SELECT m.client_id, m.id AS episode_id,
         CASE WHEN m.review_status = 'OVERDUE' AND m.review_due_reason IN ('INITIAL_PLAN', 'NEW_PLAN') THEN 'INITIAL_PLAN_OVERDUE'
              WHEN m.review_status = 'OVERDUE' THEN 'REVIEW_OVERDUE'
              WHEN m.review_status = 'DUE' THEN 'REVIEW_DUE_TODAY'
              WHEN m.review_due_reason IN ('INITIAL_PLAN', 'NEW_PLAN') THEN 'INITIAL_PLAN_DUE'
              ELSE 'REVIEW_DUE_SOON' END AS kind,
         m.review_due_on AS due_date, m.days_until_due
       FROM mine m
       WHERE m.review_status <> 'NOT_DUE' OR m.review_due_reason IN ('INITIAL_PLAN', 'NEW_PLAN')
       UNION ALL
       SELECT m.client_id, m.id, CASE tp.status WHEN 'PENDING_SIGNATURE' THEN 'PLAN_AWAITING_SIGNATURE' ELSE 'DRAFT_PLAN' END,
         NULL, NULL
       FROM mine m JOIN treatment_plan tp ON tp.episode_id = m.id AND tp.status IN ('DRAFT', 'PENDING_SIGNATURE')
       UNION ALL
       SELECT m.client_id, m.id, 'ORIENTATION_INCOMPLETE', NULL, NULL FROM mine m WHERE m.status = 'ORIENTATION'
       UNION ALL
       -- A safety flag stays on top until its follow-up is recorded (measure/measure.service.ts).
       SELECT DISTINCT m.client_id, m.id, 'SAFETY_FOLLOW_UP', NULL::date, NULL::int
       FROM mine m JOIN assessment a ON a.episode_id = m.id AND a.flags <> '{}' AND 'SAFETY' = ANY(a.flags)
       WHERE NOT EXISTS (SELECT 1 FROM safety_follow_up f WHERE f.assessment_id = a.id)
       UNION ALL
       -- A positive safety answer at intake, until the client is admitted or the episode ends.
       SELECT m.client_id, m.id, 'SCREENING_ESCALATED', NULL::date, NULL::int
       FROM mine m JOIN intake_screening s ON s.episode_id = m.id AND s.escalated
       WHERE m.status = ANY(${params.add(statusesInPhase('PRE_ADMISSION'))}::text[])
     )
     SELECT i.client_id AS "clientId", i.episode_id AS "episodeId", i.kind, to_char(i.due_date, 'YYYY-MM-DD') AS "dueDate",
       i.days_until_due AS "daysUntilDue",
       array_position(${params.add(WORKLIST_ORDER)}::text[], i.kind) AS rank
     FROM items i
     ORDER BY rank, i.days_until_due NULLS LAST, i.client_id`,
    params.values,
  );
  const items: WorklistItem[] = [
    ...rows.map(({ rank: _rank, ...r }) => r),
    ...(await measureDueItems(scope, now, episodes)),
  ].sort(
    (a, b) =>
      WORKLIST_ORDER.indexOf(a.kind) - WORKLIST_ORDER.indexOf(b.kind) ||
      (a.daysUntilDue ?? Number.MAX_SAFE_INTEGER) - (b.daysUntilDue ?? Number.MAX_SAFE_INTEGER) ||
      a.clientId.localeCompare(b.clientId),
  );
  for (const r of items) scope.audit.read('Client', r.clientId, r.clientId);
  return items;
}

/**
 * One MEASURE_DUE item per episode with a scheduled measure due today or earlier (the domain's
 * schedule, measure/measures-due.ts), dated by the earliest.
 */
async function measureDueItems(
  scope: ClientScope,
  now: Date,
  episodes: (params: SqlParams) => string,
): Promise<WorklistItem[]> {
  const params = new SqlParams();
  const mine = await scope.db.query<{ id: string; clientId: string }[]>(
    `SELECT e.id, e.client_id AS "clientId" FROM episode e
     WHERE ${episodes(params)} AND ${scope.episodeCondition('READ_CHART', params)}`,
    params.values,
  );
  const due = await measuresDueFor(
    scope.db,
    mine.map((e) => e.id),
    now,
  );
  return mine.flatMap((e) => {
    const earliest = (due.get(e.id) ?? [])
      .filter((d) => d.daysUntilDue <= 0)
      .sort((a, b) => a.daysUntilDue - b.daysUntilDue)[0];
    return earliest
      ? [
          {
            clientId: e.clientId,
            episodeId: e.id,
            kind: 'MEASURE_DUE' as const,
            dueDate: earliest.dueDate,
            daysUntilDue: earliest.daysUntilDue,
          },
        ]
      : [];
  });
}
