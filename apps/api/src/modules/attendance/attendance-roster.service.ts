import {
  checkAttendanceEntry,
  clientDisplayName,
  defaultAttendanceMinutes,
  isAttended,
  isMissedSession,
  sessionMinutes,
  type AttendanceStatus,
  type ClientAction,
} from '@waypoint/domain';
import type { EntityManager } from 'typeorm';
import { BadUserInputError, DomainError, NotFoundError } from '../../graphql/errors.js';
import { isRecordId } from '../../graphql/input-guard.js';
import { SqlParams, auditActionOf, type ClientScope } from '../access/client-scope.js';
import { recomputeReviewClocks } from '../treatment-plan/plan-clock.js';
import { ClinicalSession } from '../clinical-session/clinical-session.entity.js';
import { lockClientsOf } from '../clinical-session/double-booking.js';
import { jsonRecord, readJsonRecord } from '../../db/json-record.js';
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
 * one transaction of two (lock the session and read the roster with all the save checks; check
 * the versions, upsert, mark the session HELD and audit), and the review clocks when they change.
 */

interface SessionRow {
  /** The session, every column: what `SessionRoster.session` answers with. */
  record: ClinicalSession;
  title: string;
  timeZone: string;
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

/** Members of the session `s` (a CTE with group_id, occurrence_date, episode_id; $1 its id). */
const MEMBERS_SQL = `
  SELECT ge.episode_id FROM group_enrollment ge JOIN s ON ge.group_id = s.group_id
  WHERE ge.status IN ('ACTIVE', 'COMPLETED', 'WITHDRAWN') AND ge.starts_on <= s.occurrence_date
    AND (ge.ends_on IS NULL OR ge.ends_on >= s.occurrence_date)
  UNION SELECT s.episode_id FROM s WHERE s.episode_id IS NOT NULL
  UNION SELECT a.episode_id FROM attendance a WHERE a.session_id = $1`;

/**
 * The session `s` of a roster statement: what MEMBERS_SQL and the overlap check join on, and what
 * `SessionRow` holds (`record`: the session as JSON, when the statement answers with it).
 */
function sessionSql(me: string, options: { lock?: boolean; record?: string } = {}): string {
  return `SELECT ${options.record ? `${options.record} AS record, ` : ''}coalesce(g.name, initcap(replace(cs.kind, '_', ' '))) AS title,
      cs.starts_at AS "startsAt", cs.ends_at AS "endsAt", pr.time_zone AS "timeZone",
      cs.group_id, cs.occurrence_date, cs.episode_id,
      (EXISTS (SELECT 1 FROM group_facilitator gf WHERE gf.group_id = cs.group_id AND gf.staff_id = ${me})
        OR EXISTS (SELECT 1 FROM clinical_session_staff ss WHERE ss.session_id = cs.id AND ss.staff_id = ${me})) AS runs
    FROM clinical_session cs JOIN program pr ON pr.id = cs.program_id
    LEFT JOIN therapy_group g ON g.id = cs.group_id
    WHERE cs.id = $1${options.lock ? ' FOR UPDATE OF cs' : ''}`;
}

interface LoadedRoster {
  session: SessionRow;
  rows: RosterRow[];
}

/**
 * The session and its roster in one statement. A save locks the session with it (`lock`) and
 * reads what it checks in the same statement (`extra`: more columns, with parameters of their own).
 */
async function loadRoster<Extra extends object = object>(
  scope: ClientScope,
  db: Pick<EntityManager, 'query'>,
  sessionId: string,
  options: { lock?: boolean; extra?: (params: SqlParams) => string } = {},
): Promise<(LoadedRoster & Extra) | null> {
  const params = new SqlParams([sessionId]);
  const me = params.add(scope.viewer.staffId);
  const allowed = scope.episodeCondition('READ_GROUP_RECORDS', params);
  const extra = options.extra ? `, ${options.extra(params)}` : '';
  type SessionJson = Omit<SessionRow, 'record'> & { record: Record<string, unknown> };
  const [result] = await db.query<
    (Omit<LoadedRoster, 'session'> & Extra & { session: SessionJson | null })[]
  >(
    `WITH s AS (${sessionSql(me, { lock: options.lock, record: jsonRecord(scope.db, ClinicalSession, 'cs') })}),
     members AS (${MEMBERS_SQL})
     SELECT (SELECT row_to_json(s) FROM s) AS session,
       (SELECT coalesce(json_agg(json_build_object('episodeId', e.id, 'clientId', e.client_id,
            'firstName', c.first_name, 'lastName', c.last_name, 'preferredName', c.preferred_name,
            'attendanceId', a.id, 'status', a.status, 'minutes', a.minutes,
            'absenceReason', a.absence_reason, 'version', a.version, 'allowed', ${allowed})
          ORDER BY lower(c.last_name), lower(c.first_name), e.id), '[]')
        FROM episode e JOIN client c ON c.id = e.client_id
        LEFT JOIN attendance a ON a.session_id = $1 AND a.episode_id = e.id
        -- An array, so that the members are looked up by id whatever the estimate of their number.
        WHERE e.id = ANY(ARRAY(SELECT episode_id FROM members))) AS rows${extra}`,
    params.values,
  );
  if (!result?.session) return null;
  const s = result.session;
  return {
    ...result,
    session: {
      record: readJsonRecord(scope.db, ClinicalSession, s.record),
      title: s.title,
      timeZone: s.timeZone,
      runs: s.runs,
    },
  };
}

function toRoster(session: SessionRow, rows: RosterRow[]): SessionRoster {
  const length = sessionMinutes(session.record);
  const entries: RosterEntry[] = rows.map((r) => ({
    episodeId: r.episodeId,
    clientId: r.clientId,
    clientName: clientDisplayName(r),
    status: r.status ?? 'PRESENT',
    minutes: r.minutes ?? defaultAttendanceMinutes('PRESENT', session.record),
    absenceReason: r.absenceReason,
    recorded: r.attendanceId !== null,
    attendanceId: r.attendanceId,
    version: r.version,
  }));
  return {
    session: session.record,
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
  return shownRoster(scope, loaded);
}

/** What of a loaded roster the viewer may see, audited as read; refused when that is nothing. */
async function shownRoster(
  scope: ClientScope,
  { session, rows }: LoadedRoster,
): Promise<SessionRoster> {
  const visible = rows.filter((r) => r.allowed);
  if (visible.length === 0 && !(session.runs && rows.length === 0)) {
    await refuse(scope, session.record.id, rows[0]?.clientId ?? null);
  }
  for (const r of visible) {
    if (r.attendanceId) scope.audit.read('Attendance', r.attendanceId, r.clientId);
    else scope.audit.read('SessionRoster', `${session.record.id}:${r.episodeId}`, r.clientId);
  }
  return toRoster(session, visible);
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
 * Rule 3's other sessions that overlap the session `s` (a CTE with "startsAt" and "endsAt", $1 its
 * id) of the episodes `$attending` that start attending it with this save: attendance elsewhere,
 * or a held session of the episode's own without attendance recorded. The earliest per episode.
 * A client already attending this session (LATE to PRESENT, new minutes) was checked when they
 * started and every later save elsewhere is checked against it, so no save can make an overlap
 * by changing them; skipping them spares reading every client's whole attendance history.
 */
const clashesSql = (attending: string) => `
  WITH starting AS (
    SELECT id FROM unnest(${attending}::uuid[]) AS id
    EXCEPT SELECT episode_id FROM attendance
    WHERE session_id = $1 AND status IN ('PRESENT', 'LATE', 'LEFT_EARLY'))
  SELECT DISTINCT ON (x.episode_id) x.episode_id AS "episodeId", x.title, x.starts_at AS "startsAt"
  FROM (
    SELECT a.episode_id, coalesce(g.name, initcap(replace(cs.kind, '_', ' '))) AS title, cs.starts_at, cs.ends_at
    FROM attendance a JOIN clinical_session cs ON cs.id = a.session_id
    LEFT JOIN therapy_group g ON g.id = cs.group_id
    WHERE a.episode_id = ANY(ARRAY(SELECT id FROM starting))
      AND a.status IN ('PRESENT', 'LATE', 'LEFT_EARLY') AND cs.status <> 'CANCELLED' AND cs.id <> $1
    UNION ALL
    SELECT cs.episode_id, initcap(replace(cs.kind, '_', ' ')), cs.starts_at, cs.ends_at
    FROM clinical_session cs
    WHERE cs.episode_id = ANY(ARRAY(SELECT id FROM starting)) AND cs.status = 'HELD' AND cs.id <> $1
      AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = cs.id)
  ) x JOIN s ON x.starts_at < s."endsAt" AND x.ends_at > s."startsAt"
  ORDER BY x.episode_id, x.starts_at`;

/** What a save reads with its roster, in the statement that locks the session. */
interface SaveChecks {
  /** Each entry's episode that exists, and whether the viewer may record its attendance. */
  episodes: { id: string; clientId: string; allowed: boolean }[];
  clashes: { episodeId: string; title: string; startsAt: string }[];
}

/** What the save's write statement found and did. */
interface Written {
  /** Entries whose version is not the one recorded now: nothing was written. */
  stale: string[];
  /** The session's attendance as it stood before the write. */
  before: { episode_id: string; status: AttendanceStatus; version: number }[];
  /** The rows written (an entry that changes nothing is not). */
  saved: { id: string; episode_id: string; version: number }[];
  /** The session as marked HELD by this save (null when it was not). */
  held: Record<string, unknown> | null;
}

type SaveOutcome =
  | { kind: 'refused'; episodeId: string; clientId: string }
  | { kind: 'stale'; episodeIds: string[] }
  /** The roster as saved; null when another save had to be waited for (read it again). */
  | { kind: 'saved'; roster: LoadedRoster | null };

/**
 * Saves a whole roster at once, in one transaction: the session locked and everything the save
 * checks read in one statement (its roster, each entry's access, Rule 3's overlaps), every entry
 * checked (Rule 3), then one statement that re-reads the versions (a stale one refuses the whole
 * save, naming the clients, and writes nothing), upserts the entries, marks the session HELD and
 * audits each client whose attendance changed. The review clocks of clients whose missed
 * sessions change are recomputed (unexcused absences bring a review forward). The answer is the
 * roster as saved, built from what the two statements returned.
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
  const outcome = await scope.db.transaction((tx) => saveRoster(scope, tx, input));
  switch (outcome.kind) {
    case 'refused':
      // Audited outside the transaction, which holds no write to keep.
      return scope.deny('RECORD_ATTENDANCE', outcome.clientId, {
        recordType: 'Attendance',
        recordId: `${input.sessionId}:${outcome.episodeId}`,
      });
    case 'saved':
      return outcome.roster
        ? shownRoster(scope, outcome.roster)
        : sessionRoster(scope, input.sessionId);
    case 'stale': {
      const roster = await sessionRoster(scope, input.sessionId);
      const names = roster.entries
        .filter((e) => outcome.episodeIds.includes(e.episodeId))
        .map((e) => e.clientName);
      return {
        message: `Someone recorded attendance for ${names.length === 1 ? 'a client' : `${names.length} clients`} since you opened the roster; nothing was saved`,
        staleEpisodeIds: outcome.episodeIds,
        staleClientNames: names,
        roster,
      };
    }
  }
}

async function saveRoster(
  scope: ClientScope,
  tx: EntityManager,
  input: RecordAttendanceInput,
): Promise<SaveOutcome> {
  const episodeIds = input.entries.map((e) => e.episodeId);
  const attending = input.entries.filter((e) => isAttended(e.status)).map((e) => e.episodeId);
  // Rule 3 across sessions: a save in an overlapping session (or a booking) for the same client
  // commits first or waits, and the next statement's overlap check sees it.
  if (attending.length) await lockClientsOf(tx, attending);
  const loaded = await loadRoster<SaveChecks>(scope, tx, input.sessionId, {
    lock: true,
    extra: (params) => {
      const ids = params.add(episodeIds);
      return `(SELECT coalesce(json_agg(json_build_object('id', e.id, 'clientId', e.client_id,
            'allowed', ${scope.episodeCondition('RECORD_ATTENDANCE', params)})), '[]')
          FROM episode e WHERE e.id = ANY(${ids}::uuid[])) AS episodes,
        (SELECT coalesce(json_agg(c), '[]') FROM (${clashesSql(params.add(attending))}) c) AS clashes`;
    },
  });
  if (!loaded) throw new NotFoundError('ClinicalSession');
  const { session } = loaded;

  // Authorize before validating: every entry's episode must allow recording attendance.
  const byId = new Map(loaded.episodes.map((e) => [e.id, e]));
  const refused = episodeIds.find((id) => !byId.get(id)?.allowed);
  if (refused !== undefined) {
    const episode = byId.get(refused);
    if (!episode) throw new NotFoundError('Episode');
    return { kind: 'refused', episodeId: refused, clientId: episode.clientId };
  }
  if (new Set(episodeIds).size !== episodeIds.length) {
    throw new BadUserInputError([{ field: 'entries', message: 'names a client twice' }]);
  }
  if (session.record.status === 'CANCELLED') {
    throw new BadUserInputError([
      { field: 'sessionId', message: 'The session was cancelled; there is no attendance to take' },
    ]);
  }
  const members = new Set(loaded.rows.map((r) => r.episodeId));
  const problems: { field: string; message: string }[] = [];
  const entries = input.entries.map((entry, i) => {
    if (!members.has(entry.episodeId)) {
      problems.push({
        field: `entries.${i}.episodeId`,
        message: 'is not on this session’s roster',
      });
    }
    const checked = checkAttendanceEntry(entry, session.record);
    if (!checked.ok) {
      for (const e of checked.errors)
        problems.push({ field: `entries.${i}.${e.field}`, message: e.message });
      return null;
    }
    return { ...checked.entry, episodeId: entry.episodeId, version: entry.version ?? null };
  });
  if (problems.length) throw new BadUserInputError(problems);
  // Rule 3: not attending two sessions at once.
  if (loaded.clashes.length) {
    throw new BadUserInputError(
      loaded.clashes.map((c) => ({
        field: `entries.${episodeIds.indexOf(c.episodeId)}.status`,
        message: `Already attending ${c.title} (${fmtTime(new Date(c.startsAt), session.timeZone)}) at that time`,
      })),
    );
  }
  const valid = entries.filter((e): e is NonNullable<typeof e> => e !== null);

  // A new statement sees every save committed before the lock was granted, which the first one
  // (its snapshot taken before it waited for the lock) may not: the versions are checked here.
  const params = new SqlParams([input.sessionId, scope.viewer.staffId]);
  const col = <K extends keyof (typeof valid)[number]>(k: K) => params.add(valid.map((e) => e[k]));
  const [written] = await tx.query<Written[]>(
    `WITH v AS (
       SELECT * FROM unnest(${col('episodeId')}::uuid[], ${col('status')}::text[], ${col('minutes')}::int[],
         ${col('absenceReason')}::text[], ${col('version')}::int[]) AS v(episode_id, status, minutes, reason, version)),
     cur AS (SELECT episode_id, status, version FROM attendance WHERE session_id = $1),
     stale AS (
       SELECT v.episode_id FROM v LEFT JOIN cur ON cur.episode_id = v.episode_id
       WHERE cur.version IS DISTINCT FROM v.version),
     saved AS (
       INSERT INTO attendance (session_id, episode_id, client_id, status, minutes, absence_reason, recorded_by_id, recorded_at)
       SELECT $1, v.episode_id, e.client_id, v.status, v.minutes, v.reason, $2, now()
       FROM v JOIN episode e ON e.id = v.episode_id WHERE NOT EXISTS (SELECT FROM stale)
       ON CONFLICT (session_id, episode_id) DO UPDATE SET status = excluded.status,
         minutes = excluded.minutes, absence_reason = excluded.absence_reason,
         recorded_by_id = excluded.recorded_by_id, recorded_at = now(),
         version = attendance.version + 1, updated_at = now()
       WHERE (attendance.status, attendance.minutes, attendance.absence_reason)
         IS DISTINCT FROM (excluded.status, excluded.minutes, excluded.absence_reason)
       RETURNING id, episode_id, client_id, version, (xmax = 0) AS inserted),
     held AS (
       UPDATE clinical_session SET status = 'HELD', version = version + 1, updated_at = now(),
         updated_by_staff_id = $2
       WHERE id = $1 AND status IN ('SCHEDULED', 'NO_SHOW') AND NOT EXISTS (SELECT FROM stale)
       RETURNING ${jsonRecord(scope.db, ClinicalSession, 'clinical_session')} AS record),
     audit AS (${scope.audit.insertFrom(
       `SELECT CASE WHEN inserted THEN 'CREATE' ELSE 'UPDATE' END AS action, 'Attendance' AS record_type,
          id::text AS record_id, client_id, 'SUCCESS' AS outcome FROM saved`,
       (value) => params.add(value),
     )})
     SELECT ARRAY(SELECT episode_id FROM stale) AS stale,
       (SELECT coalesce(json_agg(cur), '[]') FROM cur) AS before,
       (SELECT coalesce(json_agg(json_build_object('id', id, 'episode_id', episode_id,
          'version', version)), '[]') FROM saved) AS saved,
       (SELECT record FROM held) AS held`,
    params.values,
  );
  const { stale, before, saved, held } = written!;
  if (stale.length) {
    return { kind: 'stale', episodeIds: episodeIds.filter((id) => stale.includes(id)) };
  }

  // Unexcused absences and no-shows feed the review clock: recompute where they changed.
  const was = new Map(before.map((r) => [r.episode_id, r.status]));
  const now = new Map(valid.map((e) => [e.episodeId, e.status]));
  // Marked HELD: the session as updated (its new version), so that the answer can be edited from.
  const record = held ? readJsonRecord(scope.db, ClinicalSession, held) : session.record;
  const missed = (sessionStatus: string, attendance: AttendanceStatus | null) =>
    isMissedSession({ startsAt: record.startsAt, sessionStatus, attendance });
  const clocks = [
    ...new Set([...episodeIds, ...(record.episodeId ? [record.episodeId] : [])]),
  ].filter((id) => {
    const prior = was.get(id) ?? null;
    return missed(session.record.status, prior) !== missed(record.status, now.get(id) ?? prior);
  });
  if (clocks.length) await recomputeReviewClocks(tx, clocks);

  // The roster read before the write is the roster now unless a save was waited for.
  const read = loaded.rows.filter((r) => r.attendanceId !== null);
  const unchanged =
    read.length === before.length &&
    read.every((r) => r.version === before.find((b) => b.episode_id === r.episodeId)?.version);
  if (!unchanged) return { kind: 'saved', roster: null };
  const savedBy = new Map(saved.map((r) => [r.episode_id, r]));
  const entryBy = new Map(valid.map((e) => [e.episodeId, e]));
  return {
    kind: 'saved',
    roster: {
      session: { ...session, record },
      rows: loaded.rows.map((r) => {
        const row = savedBy.get(r.episodeId);
        const entry = entryBy.get(r.episodeId);
        if (!row || !entry) return r;
        const { status, minutes, absenceReason } = entry;
        return { ...r, attendanceId: row.id, status, minutes, absenceReason, version: row.version };
      }),
    },
  };
}
