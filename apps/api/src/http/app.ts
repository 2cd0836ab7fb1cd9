import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import { createContext, type GraphQLContext } from '../graphql/context.js';
import type { Logger } from '../logging/logger.js';
import { runBoundedBy } from '../db/bounded-work.js';
import { requestContext } from './request-context.js';
import { BODY_LIMIT, jsonErrors, notFound } from './json-errors.js';
import { securityHeaders } from './security-headers.middleware.js';
import type { Metrics } from '../telemetry/metrics.js';
import { EVERYTHING_ROUTE, fhirEverything } from '../modules/fhir/fhir.route.js';

export function createApp(deps: {
  config: Config;
  logger: Logger;
  database: Database;
  apollo: ApolloServer<GraphQLContext>;
  metrics?: Metrics;
}): Express {
  const { config, logger, database, apollo, metrics } = deps;
  const app = express();
  app.disable('x-powered-by');
  // No ETag: Express would hash every GraphQL answer for a header no client revalidates with
  // (POST answers are not cached, and every answer says no-store); static files keep theirs.
  app.disable('etag');
  app.set('trust proxy', 'loopback');
  app.use(requestContext(logger));
  app.use(securityHeaders(config));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await database.isReady();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable' });
  });

  if (metrics) app.get('/metrics', metrics.handler);

  app.use(
    '/graphql',
    express.json({ limit: BODY_LIMIT }),
    // After the body is read (its stream events would lose the marking): everything the operation
    // sends to PostgreSQL stops when the client goes away.
    (req, _res, next) => runBoundedBy(req.abandoned, next),
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        createContext({
          db: database.dataSource,
          pickReplica: database.replicas && (() => database.replicas!.pick()),
          logger,
          config,
          req,
          res,
        }),
    }),
  );

  app.get(
    EVERYTHING_ROUTE,
    (req, _res, next) => runBoundedBy(req.abandoned, next),
    fhirEverything({ db: database.dataSource, logger, config }),
  );

  // The built web app, when there is one (production mode). In development Vite serves it.
  const indexHtml = path.join(config.webDistDir, 'index.html');
  if (existsSync(indexHtml)) {
    app.use(express.static(config.webDistDir, { index: false, maxAge: '1h' }));
    // Client-side routes: any other GET that accepts HTML gets the app.
    app.get(/^\/(?!graphql|healthz|readyz|metrics|fhir\/).*/, (req, res, next) => {
      if (!req.accepts('html')) return next();
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(indexHtml);
    });
  }
  app.use(notFound);
  app.use(jsonErrors(logger));
  return app;
}
