import { createHash, randomBytes } from 'node:crypto';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { BACKGROUND_REQUEST_HEADER } from '@waypoint/domain';
import type { Viewer } from './viewer.js';

export const hashToken = (token: string): Buffer => createHash('sha256').update(token).digest();

export async function createSession(
  ds: DataSource,
  staffId: string,
  maxHours: number,
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const [row] = await ds.query<{ id: string; expires_at: Date }[]>(
    `INSERT INTO staff_session (token_hash, staff_id, expires_at)
     VALUES ($1, $2, now() + make_interval(hours => $3)) RETURNING id, expires_at`,
    [hashToken(token), staffId, maxHours],
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
 * every request.
 */
export async function resolveSession(
  ds: DataSource,
  token: string,
  idleMinutes: number,
  background = false,
): Promise<Viewer | null> {
  const rows = await ds.query<
    { id: string; staff_id: string; expires_at: Date; roles: Viewer['programRoles'] }[]
  >(
    `WITH s AS (
       SELECT s.id, s.staff_id, s.expires_at, s.last_seen_at
       FROM staff_session s JOIN staff st ON st.id = s.staff_id AND st.active
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
         AND s.last_seen_at > now() - make_interval(mins => $2, secs => $4)),
     touched AS (
       UPDATE staff_session t SET last_seen_at = now() FROM s
       WHERE t.id = s.id AND NOT $3 AND s.last_seen_at <= now() - make_interval(secs => $4))
     SELECT s.id, s.staff_id, s.expires_at,
       coalesce(json_agg(json_build_object('programId', r.program_id, 'role', r.role))
                FILTER (WHERE r.role IS NOT NULL), '[]') AS roles
     FROM s LEFT JOIN staff_program_role r ON r.staff_id = s.staff_id
     GROUP BY s.id, s.staff_id, s.expires_at`,
    [hashToken(token), idleMinutes, background, ACTIVITY_WRITE_SECONDS],
  );
  const row = rows[0];
  return row
    ? {
        sessionId: row.id,
        staffId: row.staff_id,
        sessionExpiresAt: row.expires_at,
        programRoles: row.roles,
      }
    : null;
}

export async function revokeSession(ds: DataSource, sessionId: string): Promise<void> {
  await ds.query(
    `UPDATE staff_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`,
    [sessionId],
  );
}
