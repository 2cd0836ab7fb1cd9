import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { API_TOKEN_PREFIX, apiTokenProblems, type ApiTokenScope } from '@waypoint/domain';
import { BadUserInputError, NotFoundError } from '../../graphql/errors.js';
import { isRecordId } from '../../graphql/input-guard.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import { hashToken } from '../auth/session.service.js';
import type { Viewer } from '../auth/viewer.js';

/** Characters of the secret kept in clear to tell tokens apart ("wpt_" and 8 more). */
const SHOWN_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 8;
/** Last use is written at most this often: a script's burst of requests costs one write. */
const LAST_USED_WRITE_SECONDS = 60;

/** Stands for "no end" where a viewer's end is asked for. */
const NEVER = new Date('9999-12-31T23:59:59Z');

export interface ApiTokenSummary {
  id: string;
  name: string;
  prefix: string;
  scope: ApiTokenScope;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const SUMMARY = `id, name, prefix, scope, created_at AS "createdAt", expires_at AS "expiresAt",
  last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"`;

/** Creates a token for the viewer; the secret is returned here once and never stored. */
export async function createApiToken(
  db: DataSource,
  audit: AuditTrail,
  viewer: Viewer,
  input: { name: string; scope: ApiTokenScope; expiresAt: Date | null },
): Promise<{ token: ApiTokenSummary; secret: string }> {
  const problems = apiTokenProblems(input, new Date());
  if (problems.length) throw new BadUserInputError(problems);
  const secret = API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  return db.transaction(async (tx) => {
    const [token] = await tx.query<ApiTokenSummary[]>(
      `INSERT INTO api_token (staff_id, name, token_hash, prefix, scope, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${SUMMARY}`,
      [
        viewer.staffId,
        input.name.trim(),
        hashToken(secret),
        secret.slice(0, SHOWN_PREFIX_LENGTH),
        input.scope,
        input.expiresAt,
      ],
    );
    await audit.write(
      {
        action: 'CREATE',
        recordType: 'ApiToken',
        recordId: token!.id,
        clientId: null,
        outcome: 'SUCCESS',
        note: input.scope,
      },
      tx,
    );
    return { token: token!, secret };
  });
}

/** The viewer's own tokens, newest first (revoked and expired ones too, to see what happened). */
export function myApiTokens(db: DataSource, viewer: Viewer): Promise<ApiTokenSummary[]> {
  return db.query<ApiTokenSummary[]>(
    `SELECT ${SUMMARY} FROM api_token WHERE staff_id = $1 ORDER BY created_at DESC, id`,
    [viewer.staffId],
  );
}

/** Revokes one of the viewer's own tokens (at once: the next request with it is refused). */
export async function revokeApiToken(
  db: DataSource,
  audit: AuditTrail,
  viewer: Viewer,
  tokenId: string,
): Promise<ApiTokenSummary> {
  if (!isRecordId(tokenId)) throw new NotFoundError('ApiToken');
  return db.transaction(async (tx) => {
    // TypeORM answers a raw UPDATE with [rows, affected count].
    const [[token]] = await tx.query<[ApiTokenSummary[], number]>(
      `UPDATE api_token SET revoked_at = coalesce(revoked_at, now())
       WHERE id = $1 AND staff_id = $2 RETURNING ${SUMMARY}`,
      [tokenId, viewer.staffId],
    );
    if (!token) throw new NotFoundError('ApiToken');
    await audit.write(
      {
        action: 'UPDATE',
        recordType: 'ApiToken',
        recordId: token.id,
        clientId: null,
        outcome: 'SUCCESS',
        note: 'revoked',
      },
      tx,
    );
    return token;
  });
}

/**
 * The viewer a bearer token stands for: its owner with their roles as they are now; null when the
 * token is unknown, revoked, expired, or its owner deactivated. One statement per request.
 */
export async function resolveApiToken(ds: DataSource, secret: string): Promise<Viewer | null> {
  const rows = await ds.query<
    {
      id: string;
      staff_id: string;
      scope: ApiTokenScope;
      expires_at: Date | null;
      roles: Viewer['programRoles'];
    }[]
  >(
    `WITH t AS (
       SELECT t.id, t.staff_id, t.scope, t.expires_at, t.last_used_at
       FROM api_token t JOIN staff st ON st.id = t.staff_id AND st.active
       WHERE t.token_hash = $1 AND t.revoked_at IS NULL
         AND (t.expires_at IS NULL OR t.expires_at > now())),
     touched AS (
       UPDATE api_token u SET last_used_at = now() FROM t
       WHERE u.id = t.id AND (t.last_used_at IS NULL OR t.last_used_at <= now() - make_interval(secs => $2)))
     SELECT t.id, t.staff_id, t.scope, t.expires_at,
       coalesce(json_agg(json_build_object('programId', r.program_id, 'role', r.role))
                FILTER (WHERE r.role IS NOT NULL), '[]') AS roles
     FROM t LEFT JOIN staff_program_role r ON r.staff_id = t.staff_id
     GROUP BY t.id, t.staff_id, t.scope, t.expires_at`,
    [hashToken(secret), LAST_USED_WRITE_SECONDS],
  );
  const row = rows[0];
  return row
    ? {
        // No browser session: the token stands in for it (session-only operations refuse tokens).
        sessionId: row.id,
        staffId: row.staff_id,
        sessionExpiresAt: row.expires_at ?? NEVER,
        programRoles: row.roles,
        apiToken: { id: row.id, scope: row.scope },
      }
    : null;
}
