import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import { ClientScope } from '../modules/access/client-scope.js';
import { AuditTrail } from '../modules/audit/audit-trail.js';
import { readSessionToken } from '../modules/auth/session-cookie.js';
import { isBackgroundRequest, resolveSession } from '../modules/auth/session.service.js';
import type { Viewer } from '../modules/auth/viewer.js';
import { DomainError, isServiceUnavailable, ServiceUnavailableError } from './errors.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface GraphQLContext {
  requestId: string;
  logger: Logger;
  config: Config;
  db: DataSource;
  /** Null when the request carries no valid session (set by signIn for the rest of its request). */
  viewer: Viewer | null;
  audit: AuditTrail;
  /** Per-request loaders; those of client data read through `scope()` and audit what they return. */
  loaders: Loaders;
  req: Request;
  res: Response;
  /** Client data access for the signed-in viewer; throws UNAUTHENTICATED otherwise. */
  scope(): ClientScope;
}

export async function createContext(deps: {
  db: DataSource;
  logger: Logger;
  config: Config;
  req: Request;
  res: Response;
}): Promise<GraphQLContext> {
  const { db, config, req } = deps;
  const token = readSessionToken(req);
  const viewer = token
    ? await resolveSession(db, token, config.session.idleMinutes, isBackgroundRequest(req)).catch(
        (err: unknown) => {
          throw isServiceUnavailable(err) ? new ServiceUnavailableError() : err;
        },
      )
    : null;
  const audit = new AuditTrail(db, req.requestId, viewer?.staffId ?? null, req.correlationId);
  let scope: ClientScope | undefined;
  const context: GraphQLContext = {
    ...deps,
    requestId: req.requestId,
    logger: deps.logger.child({ requestId: req.requestId }),
    viewer,
    audit,
    loaders: createLoaders(db, () => context.scope()),
    scope() {
      if (!context.viewer) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');
      return (scope ??= new ClientScope(db, context.viewer, audit));
    },
  };
  return context;
}
