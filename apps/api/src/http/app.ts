import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import { createContext, type GraphQLContext } from '../graphql/context.js';
import type { Logger } from '../logging/logger.js';
import { requestContext } from './request-context.js';
import {
  contentSecurityPolicy,
  otherSecurityHeaders,
  strictTransportSecurity,
} from './security-headers.js';

const BODY_LIMIT = '100kb';

export function createApp(deps: {
  config: Config;
  logger: Logger;
  database: Database;
  apollo: ApolloServer<GraphQLContext>;
}): Express {
  const { config, logger, database, apollo } = deps;
  const app = express();
  app.disable('x-powered-by');
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

  app.use(
    '/graphql',
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        createContext({ db: database.dataSource, logger, config, req, res }),
    }),
  );

  // The built web app, when there is one (production mode). In development Vite serves it.
  const indexHtml = path.join(config.webDistDir, 'index.html');
  if (existsSync(indexHtml)) {
    app.use(express.static(config.webDistDir, { index: false, maxAge: '1h' }));
    // Client-side routes: any other GET that accepts HTML gets the app.
    app.get(/^\/(?!graphql|healthz|readyz).*/, (req, res, next) => {
      if (!req.accepts('html')) return next();
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(indexHtml);
    });
  }
  app.use(notFound);
  app.use(jsonErrors(logger));
  return app;
}

/**
 * helmet, configured from the one policy definition (`security-headers.ts`) that the web app's
 * Vite servers also send. HSTS only where the site is served over HTTPS: the request came over
 * TLS (or through a trusted proxy that says so in X-Forwarded-Proto), or the deployment declares
 * HTTPS by sending secure cookies (everywhere but development).
 */
function securityHeaders(config: Config): RequestHandler {
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: Object.fromEntries(
        Object.entries(contentSecurityPolicy).map(([name, sources]) => [name, [...sources]]),
      ),
    },
    strictTransportSecurity: false,
    referrerPolicy: { policy: otherSecurityHeaders['Referrer-Policy'] },
    xFrameOptions: { action: 'deny' },
    crossOriginOpenerPolicy: { policy: otherSecurityHeaders['Cross-Origin-Opener-Policy'] },
    crossOriginResourcePolicy: { policy: otherSecurityHeaders['Cross-Origin-Resource-Policy'] },
    crossOriginEmbedderPolicy: false,
    xPermittedCrossDomainPolicies: {
      permittedPolicies: otherSecurityHeaders['X-Permitted-Cross-Domain-Policies'],
    },
  });
  const hsts = helmet.strictTransportSecurity(strictTransportSecurity);
  return (req, res, next) => {
    headers(req, res, (err?: unknown) => {
      if (err !== undefined) return next(err);
      if (req.secure || config.session.secureCookie) return hsts(req, res, next);
      next();
    });
  };
}

/** The API's error model for anything no route answered (no HTML page quoting the path). */
const notFound: RequestHandler = (_req, res) => {
  res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
};

const bodyErrors: Record<string, { code: string; message: string }> = {
  'entity.parse.failed': { code: 'BAD_REQUEST', message: 'The request body is not valid JSON' },
  'entity.too.large': {
    code: 'PAYLOAD_TOO_LARGE',
    message: `The request body is larger than ${BODY_LIMIT}`,
  },
};

/**
 * Errors raised before GraphQL (the body parser's malformed JSON, oversized or badly encoded
 * bodies) and anything else a handler threw, as the JSON error model in every environment:
 * never Express's HTML page with a stack trace, never the offending input.
 */
function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) return next(err);
    const { status, type } = (err ?? {}) as { status?: unknown; type?: unknown };
    const clientError = typeof status === 'number' && status >= 400 && status < 500;
    if (clientError) {
      const known = typeof type === 'string' ? bodyErrors[type] : undefined;
      const error = known ?? { code: 'BAD_REQUEST', message: 'The request could not be read' };
      res
        .status(status)
        .json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
      return;
    }
    logger.error({ err, requestId: req.requestId }, 'request failed');
    res.status(500).json({
      errors: [
        {
          message: 'Internal server error',
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: req.requestId },
        },
      ],
    });
  };
}
