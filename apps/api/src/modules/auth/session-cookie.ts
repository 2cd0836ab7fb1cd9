import { parse, serialize } from 'cookie';
import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'waypoint_session';

export function readSessionToken(req: Request): string | undefined {
  const header = req.headers.cookie;
  return header ? parse(header)[SESSION_COOKIE] : undefined;
}

/** httpOnly (no script can read it), SameSite=Lax, Secure outside development. */
export function setSessionCookie(
  res: Response,
  token: string,
  expires: Date,
  secure: boolean,
): void {
  res.append(
    'set-cookie',
    serialize(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure,
      path: '/',
      expires,
    }),
  );
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.append(
    'set-cookie',
    serialize(SESSION_COOKIE, '', {
      httpOnly: true,
      sameSite: 'lax',
      secure,
      path: '/',
      expires: new Date(0),
    }),
  );
}
