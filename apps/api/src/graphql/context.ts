import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import { ClientScope } from '../modules/access/client-scope.js';
import { AuditTrail } from '../modules/audit/audit-trail.js';
import { resolveRequestViewer } from '../modules/api-token/request-viewer.js';
import type { Viewer } from '../modules/auth/viewer.js';
import { DomainError } from './errors.js';
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
  const viewer = await resolveRequestViewer(db, req, config.session.idleMinutes);
  const audit = new AuditTrail(db, req.requestId, viewer?.staffId ?? null, req.correlationId);
  audit.apiTokenId = viewer?.apiToken?.id ?? null;
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

/** The signed-in viewer, for resolvers that act on the viewer's own records. */
export function signedIn(ctx: GraphQLContext): Viewer {
  if (!ctx.viewer) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');
  return ctx.viewer;
}
