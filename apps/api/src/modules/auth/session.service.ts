import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
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
 * The viewer behind a session token, touching the session so the idle clock restarts; null when
 * the session is unknown, revoked, idle too long, past its lifetime, or its staff deactivated.
 * One statement, since it runs on every request.
 */
export async function resolveSession(
  ds: DataSource,
  token: string,
  idleMinutes: number,
): Promise<Viewer | null> {
  const rows = await ds.query<
    { id: string; staff_id: string; expires_at: Date; roles: Viewer['programRoles'] }[]
  >(
    `WITH s AS (
       UPDATE staff_session s SET last_seen_at = now()
       FROM staff st
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
         AND s.last_seen_at > now() - make_interval(mins => $2)
         AND st.id = s.staff_id AND st.active
       RETURNING s.id, s.staff_id, s.expires_at)
     SELECT s.id, s.staff_id, s.expires_at,
       coalesce(json_agg(json_build_object('programId', r.program_id, 'role', r.role))
                FILTER (WHERE r.role IS NOT NULL), '[]') AS roles
     FROM s LEFT JOIN staff_program_role r ON r.staff_id = s.staff_id
     GROUP BY s.id, s.staff_id, s.expires_at`,
    [hashToken(token), idleMinutes],
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
