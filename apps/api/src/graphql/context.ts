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
  /** The primary; for a query, a read replica once `readFromReplica` has chosen one. */
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
  /**
   * Reads of this request go to a read replica, when one is usable (replicaReadsPlugin, for
   * queries only, before anything is read); the audit trail still writes to the primary.
   */
  readFromReplica(): void;
}

export async function createContext(deps: {
  db: DataSource;
  logger: Logger;
  config: Config;
  req: Request;
  res: Response;
  /** A usable read replica, if any (db/read-replicas.ts). */
  pickReplica?: () => DataSource | undefined;
}): Promise<GraphQLContext> {
  const { db, config, req, pickReplica, ...rest } = deps;
  // The session is looked up on the primary: a sign-in a moment ago may not have replicated yet.
  const viewer = await resolveRequestViewer(db, req, config.session.idleMinutes);
  const audit = new AuditTrail(db, req.requestId, viewer?.staffId ?? null, req.correlationId);
  audit.apiTokenId = viewer?.apiToken?.id ?? null;
  let scope: ClientScope | undefined;
  let logger: Logger | undefined;
  const context: GraphQLContext = {
    ...rest,
    db,
    config,
    req,
    requestId: req.requestId,
    // Made when something logs (errors): a child logger per request costs more than it is used.
    get logger() {
      return (logger ??= deps.logger.child({ requestId: req.requestId }));
    },
    viewer,
    audit,
    loaders: createLoaders(db, () => context.scope()),
    scope() {
      if (!context.viewer) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');
      return (scope ??= new ClientScope(context.db, context.viewer, audit));
    },
    readFromReplica() {
      const replica = pickReplica?.();
      if (!replica) return;
      context.db = replica;
      context.loaders = createLoaders(replica, () => context.scope());
      scope = undefined;
    },
  };
  return context;
}

/** The signed-in viewer, for resolvers that act on the viewer's own records. */
export function signedIn(ctx: GraphQLContext): Viewer {
  if (!ctx.viewer) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');
  return ctx.viewer;
}
