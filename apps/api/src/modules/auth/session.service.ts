import { createHash, randomBytes } from 'node:crypto';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { BACKGROUND_REQUEST_HEADER } from '@waypoint/domain';
import { forgetSessionsOf, sessionCacheOf } from './session-cache.js';
import type { Viewer } from './viewer.js';

export const hashToken = (token: string): Buffer => createHash('sha256').update(token).digest();

/** A browser's User-Agent header is kept to this many characters (it is only ever shown). */
export const USER_AGENT_MAX_LENGTH = 512;

export async function createSession(
  ds: DataSource,
  staffId: string,
  maxHours: number,
  userAgent: string | null = null,
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const [row] = await ds.query<{ id: string; expires_at: Date }[]>(
    `INSERT INTO staff_session (token_hash, staff_id, expires_at, user_agent)
     VALUES ($1, $2, now() + make_interval(hours => $3), $4) RETURNING id, expires_at`,
    [hashToken(token), staffId, maxHours, userAgent?.slice(0, USER_AGENT_MAX_LENGTH) ?? null],
  );
  return { token, sessionId: row!.id, expiresAt: row!.expires_at };
}

/**
 * Activity is written at most this often: a request within this long of the last write leaves
 * the session row alone, so reads do not each cost a write. The idle check allows the same
 * margin, so a session never ends before SESSION_IDLE_MINUTES after the user's last request, and
 * at most this much later (the web app signs out on time and revokes the session then).
 */
export const ACTIVITY_WRITE_SECONDS = 30;

/** Whether the request says it was made by the app on its own, not by the user. */
export function isBackgroundRequest(req: Request): boolean {
  return req.get(BACKGROUND_REQUEST_HEADER) === '1';
}

/**
 * The viewer behind a session token; null when the session is unknown, revoked, idle too long,
 * past its lifetime, or its staff deactivated. A user request restarts the idle time (written at
 * most every ACTIVITY_WRITE_SECONDS); a background one never does. One statement, since it runs on
 * every request — none while the server's session cache (session-cache.ts) holds the answer.
 */
export async function resolveSession(
  ds: DataSource,
  token: string,
  idleMinutes: number,
  background = false,
): Promise<Viewer | null> {
  const key = hashToken(token);
  const cache = sessionCacheOf(ds);
  const cacheKey = cache && key.toString('base64');
  const cached = cacheKey && cache.get(cacheKey, idleMinutes * 60_000, background);
  if (cached) return cached;
  const generation = cache?.generation ?? 0;
  const rows = await ds.query<
    {
      id: string;
      staff_id: string;
      expires_at: Date;
      roles: Viewer['programRoles'];
      seen_ms_ago: number;
      expires_in_ms: number;
    }[]
  >(
    `WITH s AS (
       SELECT s.id, s.staff_id, s.expires_at, s.last_seen_at,
         NOT $3 AND s.last_seen_at <= now() - make_interval(secs => $4) AS touch
       FROM staff_session s JOIN staff st ON st.id = s.staff_id AND st.active
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
         AND s.last_seen_at > now() - make_interval(mins => $2, secs => $4)),
     touched AS (
       UPDATE staff_session t SET last_seen_at = now() FROM s WHERE t.id = s.id AND s.touch)
     SELECT s.id, s.staff_id, s.expires_at,
       coalesce(json_agg(json_build_object('programId', r.program_id, 'role', r.role))
                FILTER (WHERE r.role IS NOT NULL), '[]') AS roles,
       CASE WHEN s.touch THEN 0
            ELSE extract(epoch FROM now() - s.last_seen_at) * 1000 END::float8 AS seen_ms_ago,
       (extract(epoch FROM s.expires_at - now()) * 1000)::float8 AS expires_in_ms
     FROM s LEFT JOIN staff_program_role r ON r.staff_id = s.staff_id
     GROUP BY s.id, s.staff_id, s.expires_at, s.last_seen_at, s.touch`,
    [key, idleMinutes, background, ACTIVITY_WRITE_SECONDS],
  );
  const row = rows[0];
  if (!row) return null;
  const viewer: Viewer = {
    sessionId: row.id,
    staffId: row.staff_id,
    sessionExpiresAt: row.expires_at,
    programRoles: row.roles,
  };
  // Ages, not the database's timestamps: its clock and this process's need not agree.
  const now = Date.now();
  cache?.put(
    cacheKey!,
    { viewer, lastSeenAt: now - row.seen_ms_ago, expiresAt: now + row.expires_in_ms },
    generation,
  );
  return viewer;
}

export async function revokeSession(ds: DataSource, sessionId: string): Promise<void> {
  const [rows] = await ds.query<[{ staff_id: string }[], number]>(
    `UPDATE staff_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL
     RETURNING staff_id`,
    [sessionId],
  );
  for (const row of rows) forgetSessionsOf(row.staff_id);
}

/** Runs a statement on a data source or inside a transaction. */
type Queryable = Pick<DataSource, 'query'>;

/** Sessions that would still let someone in (the same conditions as `resolveSession`). */
const STILL_VALID = `s.revoked_at IS NULL AND s.expires_at > now()
  AND s.last_seen_at > now() - make_interval(mins => $2, secs => ${ACTIVITY_WRITE_SECONDS})`;

export interface SessionSummary {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  userAgent: string | null;
}

/** A person's sessions that are still valid, most recently used first. */
export function activeSessionsOf(
  db: Queryable,
  staffId: string,
  idleMinutes: number,
): Promise<SessionSummary[]> {
  return db.query<SessionSummary[]>(
    `SELECT s.id, s.created_at AS "createdAt", s.last_seen_at AS "lastSeenAt",
       s.expires_at AS "expiresAt", s.user_agent AS "userAgent"
     FROM staff_session s WHERE s.staff_id = $1 AND ${STILL_VALID}
     ORDER BY s.last_seen_at DESC, s.created_at DESC`,
    [staffId, idleMinutes],
  );
}

/**
 * Revokes a person's sessions, all of them or all but `keepSessionId` (the one making the
 * request); answers how many were still open.
 */
export async function revokeSessionsOf(
  db: Queryable,
  staffId: string,
  keepSessionId: string | null,
): Promise<number> {
  // TypeORM answers a raw UPDATE with [rows, affected count].
  const [, count] = await db.query<[unknown[], number]>(
    `UPDATE staff_session SET revoked_at = now()
     WHERE staff_id = $1 AND revoked_at IS NULL AND expires_at > now()
       AND id IS DISTINCT FROM $2::uuid`,
    [staffId, keepSessionId],
  );
  forgetSessionsOf(staffId);
  return count;
}

/** Revokes one of a person's own sessions; false when they have no such open session. */
export async function revokeOwnSession(
  db: Queryable,
  staffId: string,
  sessionId: string,
): Promise<boolean> {
  const [, count] = await db.query<[unknown[], number]>(
    `UPDATE staff_session SET revoked_at = now()
     WHERE id = $1 AND staff_id = $2 AND revoked_at IS NULL`,
    [sessionId, staffId],
  );
  forgetSessionsOf(staffId);
  return count > 0;
}
