import type { ClientScope } from '../access/client-scope.js';
import { programDayCte } from '../dashboard/program-day.sql.js';
import { SqlParams } from '../access/client-scope.js';
import { selectColumns } from '../../db/select-columns.js';
import { ClinicalSession } from '../clinical-session/clinical-session.entity.js';
import type { TodaySession } from './attendance.types.js';

/** The viewer runs the session: facilitates its group or is on its staff (SQL, session `cs`). */
const runBy = (me: string) =>
  `(EXISTS (SELECT 1 FROM group_facilitator gf WHERE gf.group_id = cs.group_id AND gf.staff_id = ${me})
    OR EXISTS (SELECT 1 FROM clinical_session_staff ss WHERE ss.session_id = cs.id AND ss.staff_id = ${me}))`;

/**
 * The sessions the viewer runs today (facilitates the group, or is on the session's staff), each
 * on its own program's today, with how many are on the roster and how many are recorded. Counts
 * only: the names are on the roster, which checks each client. One statement.
 */
export async function mySessionsToday(
  scope: ClientScope,
  now = new Date(),
): Promise<TodaySession[]> {
  const params = new SqlParams();
  const me = params.add(scope.viewer.staffId);
  const programs = params.add(scope.viewer.programRoles.map((r) => r.programId));
  const at = params.add(now);
  return scope.db.query<TodaySession[]>(
    `WITH ${programDayCte(params, now)},
     mine AS (
       SELECT cs.* FROM clinical_session cs
       JOIN program pr ON pr.id = cs.program_id
       JOIN program_day d ON d.program_id = cs.program_id
       WHERE cs.starts_at >= (d.today::timestamp AT TIME ZONE pr.time_zone)
         AND cs.starts_at < ((d.today + 1)::timestamp AT TIME ZONE pr.time_zone)
         AND cs.status <> 'CANCELLED'
         AND ${runBy(me)}
         -- Only the viewer's programs, and a constant window around now that holds every
         -- zone's today: the planner then prices a handful of sessions, not each program's all.
         AND pr.id = ANY(${programs}::uuid[])
         AND cs.starts_at > ${at}::timestamptz - interval '2 days'
         AND cs.starts_at < ${at}::timestamptz + interval '2 days'
     )
     SELECT m.id AS "sessionId", m.group_id AS "groupId", m.kind, coalesce(g.name, initcap(replace(m.kind, '_', ' '))) AS title,
       m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.status,
       (SELECT count(*) FROM (
          SELECT ge.episode_id FROM group_enrollment ge
          WHERE ge.group_id = m.group_id AND ge.status IN ('ACTIVE', 'COMPLETED', 'WITHDRAWN')
            AND ge.starts_on <= m.occurrence_date AND (ge.ends_on IS NULL OR ge.ends_on >= m.occurrence_date)
          UNION SELECT m.episode_id WHERE m.episode_id IS NOT NULL
          UNION SELECT a.episode_id FROM attendance a WHERE a.session_id = m.id) r)::int AS "rosterSize",
       (SELECT count(*) FROM attendance a WHERE a.session_id = m.id)::int AS "recordedCount"
     FROM mine m LEFT JOIN therapy_group g ON g.id = m.group_id
     ORDER BY m.starts_at, m.id`,
    params.values,
  );
}

/**
 * The viewer's sessions in the week (Monday to Sunday) starting on `weekStart`, each program's
 * week in its own time zone, cancelled ones included so the calendar shows what will not happen.
 * Sessions, not client data: the names are on each roster. One statement.
 */
export async function mySessionsInWeek(
  scope: ClientScope,
  weekStart: string,
): Promise<ClinicalSession[]> {
  const params = new SqlParams([weekStart]);
  const me = params.add(scope.viewer.staffId);
  return scope.db.query<ClinicalSession[]>(
    `SELECT ${selectColumns(scope.db, ClinicalSession, 'cs')} FROM clinical_session cs
     JOIN program pr ON pr.id = cs.program_id
     WHERE cs.starts_at >= ($1::date::timestamp AT TIME ZONE pr.time_zone)
       AND cs.starts_at < (($1::date + 7)::timestamp AT TIME ZONE pr.time_zone)
       AND ${runBy(me)}
     ORDER BY cs.starts_at, cs.id`,
    params.values,
  );
}
