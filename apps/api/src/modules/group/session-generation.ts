import { scheduleOccurrences, type CalendarDate } from '@waypoint/domain';
import type { EntityManager } from 'typeorm';

/** Days of group sessions kept generated ahead of today. */
export const DEFAULT_HORIZON_DAYS = 28;

export interface GenerationResult {
  created: number;
  moved: number;
  removed: number;
}

interface GroupRow {
  id: string;
  programId: string;
  timeZone: string;
  weekdays: number[];
  startTime: string;
  endTime: string;
  startsOn: string;
  endsOn: string | null;
  location: string | null;
  telehealthUrl: string | null;
  skip: string[];
  lastPlanned: string | null;
}

/**
 * Brings the group sessions of `groupIds` in line with their schedules from `from` through
 * `through` (local dates), set-based and idempotent:
 * - a meeting date without a session gets one (UNIQUE (group_id, occurrence_date) makes a rerun,
 *   or a concurrent run, add nothing twice);
 * - a FUTURE SCHEDULED session whose date or times no longer match (schedule changed, exception
 *   added) is moved or removed (cancelled instead when attendance was recorded for it, which is
 *   never moved either); held, cancelled, no-show, past and set-by-hand sessions are never
 *   touched;
 * - future scheduled sessions carry the group's current facilitators as their staff.
 * Inactive groups get nothing new and lose their future scheduled sessions.
 */
export async function reconcileGroupSessions(
  tx: EntityManager,
  groupIds: readonly string[],
  from: CalendarDate,
  through: CalendarDate,
  actorStaffId: string,
): Promise<GenerationResult> {
  if (!groupIds.length) return { created: 0, moved: 0, removed: 0 };
  const groups = await tx.query<(GroupRow & { active: boolean })[]>(
    `SELECT g.id, g.program_id AS "programId", p.time_zone AS "timeZone", g.weekdays,
       to_char(g.start_time, 'HH24:MI') AS "startTime", to_char(g.end_time, 'HH24:MI') AS "endTime",
       g.starts_on AS "startsOn", g.ends_on AS "endsOn", g.location, g.telehealth_url AS "telehealthUrl",
       g.active,
       ARRAY(SELECT x.on_date::text FROM group_schedule_exception x WHERE x.group_id = g.id) AS skip,
       (SELECT max(s.occurrence_date)::text FROM clinical_session s WHERE s.group_id = g.id
          AND s.status = 'SCHEDULED' AND s.starts_at > now()) AS "lastPlanned"
     FROM therapy_group g JOIN program p ON p.id = g.program_id
     WHERE g.id = ANY($1::uuid[])`,
    [groupIds],
  );
  const rows = { group: [] as string[], program: [] as string[], date: [] as string[] };
  const times = { startsAt: [] as Date[], endsAt: [] as Date[] };
  const place = { location: [] as (string | null)[], modality: [] as string[] };
  for (const g of groups) {
    if (!g.active) continue;
    // Sessions already planned past `through` are reconciled too, so none is left stale.
    const until = g.lastPlanned && g.lastPlanned > through ? g.lastPlanned : through;
    for (const o of scheduleOccurrences(g, from, until, g.timeZone, g.skip)) {
      rows.group.push(g.id);
      rows.program.push(g.programId);
      rows.date.push(o.date);
      times.startsAt.push(o.startsAt);
      times.endsAt.push(o.endsAt);
      place.location.push(g.location);
      place.modality.push(!g.location && g.telehealthUrl ? 'TELEHEALTH' : 'IN_PERSON');
    }
  }
  // A session someone already took attendance for is cancelled, not deleted: its attendance
  // (and the audit trail pointing at it) stays.
  const [{ removed }] = (await tx.query<{ removed: number }[]>(
    `WITH gone AS (
       SELECT s.id, EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id) AS attended
       FROM clinical_session s
       WHERE s.group_id = ANY($1::uuid[]) AND s.status = 'SCHEDULED' AND s.starts_at > now()
         AND NOT s.set_by_hand AND s.occurrence_date >= $2::date
         AND NOT EXISTS (SELECT 1 FROM unnest($3::uuid[], $4::date[]) o(group_id, on_date)
                         WHERE o.group_id = s.group_id AND o.on_date = s.occurrence_date)),
     cancelled AS (
       UPDATE clinical_session s SET status = 'CANCELLED', version = s.version + 1,
         updated_at = now(), updated_by_staff_id = $5
       FROM gone WHERE gone.id = s.id AND gone.attended RETURNING s.id),
     deleted AS (DELETE FROM clinical_session s USING gone WHERE gone.id = s.id AND NOT gone.attended RETURNING s.id)
     SELECT ((SELECT count(*) FROM cancelled) + (SELECT count(*) FROM deleted))::int AS removed`,
    [groupIds, from, rows.group, rows.date, actorStaffId],
  )) as [{ removed: number }];
  const written = await tx.query<{ id: string; inserted: boolean }[]>(
    `INSERT INTO clinical_session AS s (program_id, kind, group_id, occurrence_date, starts_at, ends_at,
       status, modality, location, created_by_staff_id, updated_by_staff_id)
     SELECT o.program_id, 'GROUP', o.group_id, o.on_date, o.starts_at, o.ends_at, 'SCHEDULED',
       o.modality, o.location, $8, $8
     FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::timestamptz[], $5::timestamptz[],
                 $6::text[], $7::text[]) AS o(group_id, program_id, on_date, starts_at, ends_at, modality, location)
     ON CONFLICT (group_id, occurrence_date) DO UPDATE
       SET starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at, modality = EXCLUDED.modality,
           location = EXCLUDED.location, version = s.version + 1, updated_at = now(),
           updated_by_staff_id = EXCLUDED.updated_by_staff_id
       WHERE s.status = 'SCHEDULED' AND s.starts_at > now() AND NOT s.set_by_hand
         AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id)
         AND (s.starts_at, s.ends_at, s.modality, s.location)
             IS DISTINCT FROM (EXCLUDED.starts_at, EXCLUDED.ends_at, EXCLUDED.modality, EXCLUDED.location)
     RETURNING s.id, (xmax = 0) AS inserted`,
    [
      rows.group,
      rows.program,
      rows.date,
      times.startsAt,
      times.endsAt,
      place.modality,
      place.location,
      actorStaffId,
    ],
  );
  const created = written.filter((w) => w.inserted);
  await syncSessionStaff(
    tx,
    groupIds,
    created.map((w) => w.id),
  );
  return { created: created.length, moved: written.length - created.length, removed };
}

/**
 * Future scheduled sessions of the groups (and the sessions just created, even if past) are run
 * by the group's current facilitators; held and past sessions keep who ran them.
 */
async function syncSessionStaff(
  tx: EntityManager,
  groupIds: readonly string[],
  createdIds: readonly string[],
): Promise<void> {
  const open = `(s.status = 'SCHEDULED' AND s.starts_at > now()) OR s.id = ANY($2::uuid[])`;
  await tx.query(
    `DELETE FROM clinical_session_staff cs USING clinical_session s
     WHERE cs.session_id = s.id AND s.group_id = ANY($1::uuid[]) AND (${open})
       AND NOT EXISTS (SELECT 1 FROM group_facilitator f
                       WHERE f.group_id = s.group_id AND f.staff_id = cs.staff_id)`,
    [groupIds, createdIds],
  );
  await tx.query(
    `INSERT INTO clinical_session_staff (session_id, staff_id)
     SELECT s.id, f.staff_id FROM clinical_session s
     JOIN group_facilitator f ON f.group_id = s.group_id
     WHERE s.group_id = ANY($1::uuid[]) AND (${open})
     ON CONFLICT DO NOTHING`,
    [groupIds, createdIds],
  );
}
