import { randomBytes } from 'node:crypto';
import { parse, serialize } from 'cookie';
import type { Request, Response } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { hashToken } from '../auth/session.service.js';

export const CHALLENGE_COOKIE = 'waypoint_sign_in';

/** Long enough to find the phone, or to set up an authenticator app; short enough to be stale. */
export const CHALLENGE_MINUTES = 10;

export type ChallengePurpose = 'CODE' | 'ENROL';

export interface OpenChallenge {
  id: string;
  staffId: string;
  purpose: ChallengePurpose;
}

/**
 * Records that `staffId` gave the right password and still owes a second step; any earlier
 * unfinished sign-in of theirs is closed, so only the latest one can be completed.
 */
export async function openChallenge(
  ds: DataSource,
  staffId: string,
  purpose: ChallengePurpose,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const [row] = await ds.query<{ expires_at: Date }[]>(
    `WITH closed AS (
       UPDATE sign_in_challenge SET used_at = now() WHERE staff_id = $2 AND used_at IS NULL)
     INSERT INTO sign_in_challenge (token_hash, staff_id, purpose, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(mins => $4)) RETURNING expires_at`,
    [hashToken(token), staffId, purpose, CHALLENGE_MINUTES],
  );
  return { token, expiresAt: row!.expires_at };
}

/** The unfinished sign-in the request's cookie holds, if it is still open and its staff active. */
export async function findChallenge(ds: DataSource, req: Request): Promise<OpenChallenge | null> {
  const header = req.headers.cookie;
  const token = header ? parse(header)[CHALLENGE_COOKIE] : undefined;
  if (!token) return null;
  const [row] = await ds.query<{ id: string; staff_id: string; purpose: ChallengePurpose }[]>(
    `SELECT c.id, c.staff_id, c.purpose FROM sign_in_challenge c
     JOIN staff s ON s.id = c.staff_id AND s.active
     WHERE c.token_hash = $1 AND c.used_at IS NULL AND c.expires_at > now()`,
    [hashToken(token)],
  );
  return row ? { id: row.id, staffId: row.staff_id, purpose: row.purpose } : null;
}

/** Spends the challenge; false when a parallel request spent it first. */
export async function closeChallenge(m: EntityManager | DataSource, id: string): Promise<boolean> {
  const [, affected] = await m.query<[unknown[], number]>(
    `UPDATE sign_in_challenge SET used_at = now()
     WHERE id = $1 AND used_at IS NULL AND expires_at > now()`,
    [id],
  );
  return affected === 1;
}

/** httpOnly and SameSite=Strict: only this site's own pages can carry a half-done sign-in. */
export function setChallengeCookie(res: Response, token: string, expires: Date, secure: boolean) {
  res.append(
    'set-cookie',
    serialize(CHALLENGE_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure,
      path: '/',
      expires,
    }),
  );
}

export function clearChallengeCookie(res: Response, secure: boolean) {
  setChallengeCookie(res, '', new Date(0), secure);
}
