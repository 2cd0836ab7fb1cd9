import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { isServiceUnavailable, ServiceUnavailableError } from '../../graphql/errors.js';
import { readSessionToken } from '../auth/session-cookie.js';
import { isBackgroundRequest, resolveSession } from '../auth/session.service.js';
import type { Viewer } from '../auth/viewer.js';
import { resolveApiToken } from './api-token.service.js';

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Who makes a request: a personal API token (`Authorization: Bearer …`) or else the browser's
 * session cookie. A request that sends a token is judged by the token alone, so a script never
 * borrows a browser's session and a token never becomes one.
 */
export async function resolveRequestViewer(
  db: DataSource,
  req: Request,
  idleMinutes: number,
): Promise<Viewer | null> {
  const authorization = req.get('authorization');
  const cookieToken = readSessionToken(req);
  const resolving = authorization
    ? resolveApiToken(db, BEARER.exec(authorization)?.[1] ?? '')
    : cookieToken
      ? resolveSession(db, cookieToken, idleMinutes, isBackgroundRequest(req))
      : Promise.resolve(null);
  return resolving.catch((err: unknown) => {
    throw isServiceUnavailable(err) ? new ServiceUnavailableError() : err;
  });
}
