import {
  checkAttendanceEntry,
  clientDisplayName,
  defaultAttendanceMinutes,
  isAttended,
  sessionMinutes,
  type AttendanceStatus,
  type ClientAction,
  type ClinicalSessionKind,
  type ClinicalSessionStatus,
  type SessionModality,
} from '@waypoint/domain';
import type { EntityManager } from 'typeorm';
import { BadUserInputError, DomainError, NotFoundError } from '../../graphql/errors.js';
import { isRecordId } from '../../graphql/input-guard.js';
import { SqlParams, auditActionOf, type ClientScope } from '../access/client-scope.js';
import type { AuditEntry } from '../audit/audit-trail.js';
import { recomputeReviewClocks } from '../treatment-plan/plan-clock.js';
import { ClinicalSession } from '../clinical-session/clinical-session.entity.js';
import type {
  RecordAttendanceInput,
  RosterConflict,
  RosterEntry,
  SessionRoster,
} from './attendance.types.js';

/**
 * A session's roster and the one save that records it (issue 11, Rule 3).
 *
 * Who is on a roster: every member of the group on the session's date (an ACTIVE, COMPLETED or
 * WITHDRAWN enrollment whose dates cover it; never the waitlist), the episode of an individual or
 * family session, and anyone whose attendance is already recorded. Each line is shown only to a
 * viewer the policy lets read that episode's group records (READ_GROUP_RECORDS: the facilitator,
 * the care team, the program's director); a viewer who may read none of it is refused.
 *
 * Statements per request are constant in the roster's size: the roster is one statement; a save is
 * one transaction of a fixed set (lock the session with its members, check access, look for
 * overlaps, read versions, one upsert, mark the session HELD, one audit insert, the review clocks).
 */

interface SessionRow {
  id: string;
  kind: ClinicalSessionKind;
  title: string;
  startsAt: Date;
  endsAt: Date;
  status: ClinicalSessionStatus;
  timeZone: string;
  programId: string;
  groupId: string | null;
  occurrenceDate: string | null;
  episodeId: string | null;
  modality: SessionModality;
  location: string | null;
  /** The viewer runs it: a facilitator of its group or staff on the session. */
  runs: boolean;
}

interface RosterRow {
  episodeId: string;
  clientId: string;
  firstName: string;
  lastName: string;
  preferredName: string | null;
  attendanceId: string | null;
  status: AttendanceStatus | null;
  minutes: number | null;
  absenceReason: string | null;
  version: number | null;
  allowed: boolean;
}

/** Members of the session `s` (a CTE with id, group_id, occurrence_date, episode_id). */
const MEMBERS_SQL = `
  SELECT ge.episode_id FROM group_enrollment ge JOIN s ON ge.group_id = s.group_id
  WHERE ge.status IN ('ACTIVE', 'COMPLETED', 'WITHDRAWN') AND ge.starts_on <= s.occurrence_date
    AND (ge.ends_on IS NULL OR ge.ends_on >= s.occurrence_date)
  UNION SELECT s.episode_id FROM s WHERE s.episode_id IS NOT NULL
  UNION SELECT a.episode_id FROM attendance a JOIN s ON a.session_id = s.id`;

function sessionSql(me: string, lock = false): string {
  return `SELECT cs.id, cs.kind, coalesce(g.name, initcap(replace(cs.kind, '_', ' '))) AS title,
      cs.starts_at AS "startsAt", cs.ends_at AS "endsAt", cs.status, pr.time_zone AS "timeZone",
      cs.program_id AS "programId", cs.group_id, cs.occurrence_date, cs.episode_id,
      cs.group_id AS "groupId", cs.occurrence_date AS "occurrenceDate", cs.episode_id AS "episodeId",
      cs.modality, cs.location,
      (EXISTS (SELECT 1 FROM group_facilitator gf WHERE gf.group_id = cs.group_id AND gf.staff_id = ${me})
        OR EXISTS (SELECT 1 FROM clinical_session_staff ss WHERE ss.session_id = cs.id AND ss.staff_id = ${me})) AS runs
    FROM clinical_session cs JOIN program pr ON pr.id = cs.program_id
    LEFT JOIN therapy_group g ON g.id = cs.group_id
    WHERE cs.id = $1${lock ? ' FOR UPDATE OF cs' : ''}`;
}

async function loadRoster(
  scope: ClientScope,
  db: Pick<EntityManager, 'query'>,
  sessionId: string,
): Promise<{ session: SessionRow; rows: RosterRow[] } | null> {
  const params = new SqlParams([sessionId]);
  const me = params.add(scope.viewer.staffId);
  const allowed = scope.episodeCondition('READ_GROUP_RECORDS', params);
  const [result] = await db.query<{ session: SessionRow | null; rows: RosterRow[] }[]>(
    `WITH s AS (${sessionSql(me)}),
     members AS (${MEMBERS_SQL})
     SELECT (SELECT row_to_json(s) FROM s) AS session,
       (SELECT coalesce(json_agg(json_build_object('episodeId', e.id, 'clientId', e.client_id,
            'firstName', c.first_name, 'lastName', c.last_name, 'preferredName', c.preferred_name,
            'attendanceId', a.id, 'status', a.status, 'minutes', a.minutes,
            'absenceReason', a.absence_reason, 'version', a.version, 'allowed', ${allowed})
          ORDER BY lower(c.last_name), lower(c.first_name), e.id), '[]')
        FROM members m JOIN episode e ON e.id = m.episode_id JOIN client c ON c.id = e.client_id
        LEFT JOIN attendance a ON a.session_id = $1 AND a.episode_id = e.id) AS rows`,
    params.values,
  );
  if (!result?.session) return null;
  const s = result.session;
  return {
    session: { ...s, startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) },
    rows: result.rows,
  };
}

function toRoster(session: SessionRow, rows: RosterRow[]): SessionRoster {
  const length = sessionMinutes(session);
  const entries: RosterEntry[] = rows.map((r) => ({
    episodeId: r.episodeId,
    clientId: r.clientId,
    clientName: clientDisplayName(r),
    status: r.status ?? 'PRESENT',
    minutes: r.minutes ?? defaultAttendanceMinutes('PRESENT', session),
    absenceReason: r.absenceReason,
    recorded: r.attendanceId !== null,
    attendanceId: r.attendanceId,
    version: r.version,
  }));
  const clinicalSession = Object.assign(new ClinicalSession(), {
    id: session.id,
    programId: session.programId,
    kind: session.kind,
    groupId: session.groupId,
    occurrenceDate: session.occurrenceDate,
    episodeId: session.episodeId,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    status: session.status,
    modality: session.modality,
    location: session.location,
  });
  return {
    session: clinicalSession,
    title: session.title,
    sessionMinutes: length,
    timeZone: session.timeZone,
    entries,
  };
}

/** Refuses (audited) a viewer who may read nothing of the session. */
async function refuse(scope: ClientScope, sessionId: string, clientId: string | null) {
  await scope.audit.write({
    action: 'READ',
    recordType: 'SessionRoster',
    recordId: sessionId,
    clientId,
    outcome: 'DENIED',
  });
  throw new DomainError('FORBIDDEN', 'You do not run this session or see its clients');
}

/**
 * The operation-level check of a roster save (before its input is validated): the viewer runs the
 * session or may `action` on at least one client on its roster. Each entry is checked again.
 */
export async function requireSessionTarget(
  scope: ClientScope,
  action: ClientAction,
  sessionId: string,
): Promise<void> {
  if (!isRecordId(sessionId)) throw new NotFoundError('ClinicalSession');
  const params = new SqlParams([sessionId]);
  const me = params.add(scope.viewer.staffId);
  const [row] = await scope.db.query<
    { runs: boolean; allowed: boolean; client_id: string | null }[]
  >(
    `WITH s AS (${sessionSql(me)}), members AS (${MEMBERS_SQL})
     SELECT s.runs, EXISTS (SELECT 1 FROM members m JOIN episode e ON e.id = m.episode_id
         WHERE ${scope.episodeCondition(action, params)}) AS allowed,
       (SELECT e.client_id FROM members m JOIN episode e ON e.id = m.episode_id LIMIT 1) AS client_id
     FROM s`,
    params.values,
  );
  if (!row) throw new NotFoundError('ClinicalSession');
  if (row.allowed || (row.runs && scope.viewer.programRoles.some((r) => r.role !== 'ADMIN')))
    return;
  await scope.audit.write({
    action: auditActionOf[action],
    recordType: 'SessionRoster',
    recordId: sessionId,
    clientId: row.client_id,
    outcome: 'DENIED',
  });
  throw new DomainError('FORBIDDEN', 'You do not run this session or see its clients');
}

/** The roster of one session as the viewer may see it, with attendance or its defaults. */
export async function sessionRoster(scope: ClientScope, sessionId: string): Promise<SessionRoster> {
  if (!isRecordId(sessionId)) throw new NotFoundError('ClinicalSession');
  const loaded = await loadRoster(scope, scope.db.manager, sessionId);
  if (!loaded) throw new NotFoundError('ClinicalSession');
  const visible = loaded.rows.filter((r) => r.allowed);
  if (visible.length === 0 && !(loaded.session.runs && loaded.rows.length === 0)) {
    await refuse(scope, sessionId, loaded.rows[0]?.clientId ?? null);
  }
  for (const r of visible) {
    if (r.attendanceId) scope.audit.read('Attendance', r.attendanceId, r.clientId);
    else scope.audit.read('SessionRoster', `${sessionId}:${r.episodeId}`, r.clientId);
  }
  return toRoster(loaded.session, visible);
}

/** Thrown inside the save's transaction when an entry is stale; the save answers a conflict. */
class StaleRosterError extends Error {
  constructor(readonly episodeIds: string[]) {
    super('stale roster');
  }
}

const fmtTime = (d: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(d);

/**
 * Saves a whole roster at once: every entry checked (Rule 3), the versions read (a stale one
 * refuses the whole save, naming the clients), one upsert, the session marked HELD, one audit row
 * per client whose attendance changed, and the review clocks of those clients recomputed
 * (unexcused absences bring a review forward). Nothing is saved unless everything is.
 */
export async function recordAttendance(
  scope: ClientScope,
  input: RecordAttendanceInput,
): Promise<SessionRoster | RosterConflict> {
  if (!isRecordId(input.sessionId)) throw new NotFoundError('ClinicalSession');
  const episodeIds = input.entries.map((e) => e.episodeId);
  const badId = episodeIds.findIndex((id) => !isRecordId(id));
  if (badId >= 0) {
    throw new BadUserInputError([{ field: `entries.${badId}.episodeId`, message: 'is not an id' }]);
  }
  // Authorize before validating: every entry's episode must allow recording attendance.
  {
    const params = new SqlParams([episodeIds]);
    const rows = await scope.db.query<{ id: string; client_id: string; allowed: boolean }[]>(
      `SELECT e.id, e.client_id, ${scope.episodeCondition('RECORD_ATTENDANCE', params)} AS allowed
       FROM episode e WHERE e.id = ANY($1::uuid[])`,
      params.values,
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const refused = episodeIds.find((id) => !byId.get(id)?.allowed);
    if (refused !== undefined) {
      const row = byId.get(refused);
      if (!row) throw new NotFoundError('Episode');
      await scope.deny('RECORD_ATTENDANCE', row.client_id, {
        recordType: 'Attendance',
        recordId: `${input.sessionId}:${refused}`,
      });
    }
  }
  if (new Set(episodeIds).size !== episodeIds.length) {
    throw new BadUserInputError([{ field: 'entries', message: 'names a client twice' }]);
  }

  try {
    await scope.db.transaction(async (tx) => {
      const params = new SqlParams([input.sessionId]);
      const me = params.add(scope.viewer.staffId);
      const [session] = await tx.query<(SessionRow & { members: string[]; clients: string[] })[]>(
        `WITH s AS (${sessionSql(me, true)})
         SELECT s.*, ARRAY(SELECT m.episode_id FROM (${MEMBERS_SQL}) m) AS members FROM s`,
        params.values,
      );
      if (!session) throw new NotFoundError('ClinicalSession');
      if (session.status === 'CANCELLED') {
        throw new BadUserInputError([
          {
            field: 'sessionId',
            message: 'The session was cancelled; there is no attendance to take',
          },
        ]);
      }
      const members = new Set(session.members);
      const problems: { field: string; message: string }[] = [];
      const entries = input.entries.map((entry, i) => {
        if (!members.has(entry.episodeId)) {
          problems.push({
            field: `entries.${i}.episodeId`,
            message: 'is not on this session’s roster',
          });
        }
        const checked = checkAttendanceEntry(entry, session);
        if (!checked.ok) {
          for (const e of checked.errors)
            problems.push({ field: `entries.${i}.${e.field}`, message: e.message });
          return null;
        }
        return { ...checked.entry, episodeId: entry.episodeId, version: entry.version ?? null };
      });
      if (problems.length) throw new BadUserInputError(problems);
      const valid = entries.filter((e): e is NonNullable<typeof e> => e !== null);

      // Rule 3: not attending two sessions at once (attendance elsewhere, or a held session of
      // the episode's own without attendance recorded).
      const attending = valid.filter((e) => isAttended(e.status)).map((e) => e.episodeId);
      if (attending.length) {
        const clashes = await tx.query<{ episodeId: string; title: string; startsAt: Date }[]>(
          `SELECT DISTINCT ON (x.episode_id) x.episode_id AS "episodeId", x.title, x.starts_at AS "startsAt"
           FROM (
             SELECT a.episode_id, coalesce(g.name, initcap(replace(cs.kind, '_', ' '))) AS title, cs.starts_at, cs.ends_at
             FROM attendance a JOIN clinical_session cs ON cs.id = a.session_id
             LEFT JOIN therapy_group g ON g.id = cs.group_id
             WHERE a.episode_id = ANY($1::uuid[]) AND a.status IN ('PRESENT', 'LATE', 'LEFT_EARLY')
               AND cs.status <> 'CANCELLED' AND cs.id <> $4
             UNION ALL
             SELECT cs.episode_id, initcap(replace(cs.kind, '_', ' ')), cs.starts_at, cs.ends_at
             FROM clinical_session cs
             WHERE cs.episode_id = ANY($1::uuid[]) AND cs.status = 'HELD' AND cs.id <> $4
               AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = cs.id)
           ) x
           WHERE x.starts_at < $3 AND x.ends_at > $2
           ORDER BY x.episode_id, x.starts_at`,
          [attending, session.startsAt, session.endsAt, input.sessionId],
        );
        if (clashes.length) {
          throw new BadUserInputError(
            clashes.map((c) => ({
              field: `entries.${episodeIds.indexOf(c.episodeId)}.status`,
              message: `Already attending ${c.title} (${fmtTime(new Date(c.startsAt), session.timeZone)}) at that time`,
            })),
          );
        }
      }

      const current = await tx.query<{ episode_id: string; version: number }[]>(
        `SELECT episode_id, version FROM attendance WHERE session_id = $1 AND episode_id = ANY($2::uuid[])
         ORDER BY episode_id FOR UPDATE`,
        [input.sessionId, episodeIds],
      );
      const versions = new Map(current.map((r) => [r.episode_id, r.version]));
      const stale = valid
        .filter((e) => (versions.get(e.episodeId) ?? null) !== e.version)
        .map((e) => e.episodeId);
      if (stale.length) throw new StaleRosterError(stale);

      const saved = await tx.query<{ id: string; client_id: string; inserted: boolean }[]>(
        `INSERT INTO attendance (session_id, episode_id, client_id, status, minutes, absence_reason, recorded_by_id, recorded_at)
         SELECT $1, v.episode_id, e.client_id, v.status, v.minutes, v.reason, $2, now()
         FROM unnest($3::uuid[], $4::text[], $5::int[], $6::text[]) AS v(episode_id, status, minutes, reason)
         JOIN episode e ON e.id = v.episode_id
         ON CONFLICT (session_id, episode_id) DO UPDATE SET status = excluded.status,
           minutes = excluded.minutes, absence_reason = excluded.absence_reason,
           recorded_by_id = excluded.recorded_by_id, recorded_at = now(),
           version = attendance.version + 1, updated_at = now()
         WHERE (attendance.status, attendance.minutes, attendance.absence_reason)
           IS DISTINCT FROM (excluded.status, excluded.minutes, excluded.absence_reason)
         RETURNING id, client_id, (xmax = 0) AS inserted`,
        [
          input.sessionId,
          scope.viewer.staffId,
          valid.map((e) => e.episodeId),
          valid.map((e) => e.status),
          valid.map((e) => e.minutes),
          valid.map((e) => e.absenceReason),
        ],
      );
      await tx.query(
        `UPDATE clinical_session SET status = 'HELD', version = version + 1, updated_at = now(),
           updated_by_staff_id = $2
         WHERE id = $1 AND status IN ('SCHEDULED', 'NO_SHOW')`,
        [input.sessionId, scope.viewer.staffId],
      );
      const audit: AuditEntry[] = saved.map((r) => ({
        action: r.inserted ? 'CREATE' : 'UPDATE',
        recordType: 'Attendance',
        recordId: r.id,
        clientId: r.client_id,
        outcome: 'SUCCESS',
      }));
      await scope.audit.write(audit, tx);
      if (saved.length)
        await recomputeReviewClocks(
          tx,
          valid.map((e) => e.episodeId),
        );
    });
  } catch (err) {
    if (!(err instanceof StaleRosterError)) throw err;
    const roster = await sessionRoster(scope, input.sessionId);
    const names = roster.entries
      .filter((e) => err.episodeIds.includes(e.episodeId))
      .map((e) => e.clientName);
    return {
      message: `Someone recorded attendance for ${names.length === 1 ? 'a client' : `${names.length} clients`} since you opened the roster; nothing was saved`,
      staleEpisodeIds: err.episodeIds,
      staleClientNames: names,
      roster,
    };
  }
  return sessionRoster(scope, input.sessionId);
}
