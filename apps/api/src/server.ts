import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { Config } from './config/config.js';
import { openDatabase, type Database } from './db/database.js';
import type { GraphQLContext } from './graphql/context.js';
import { errorLoggingPlugin, formatError } from './graphql/errors.js';
import { replicaReadsPlugin } from './graphql/replica-reads.plugin.js';
import { parseOptions, queryLimitProtection } from './graphql/query-limits.js';
import { buildWaypointSchema } from './graphql/schema.js';
import { noStorePlugin } from './graphql/no-store.plugin.js';
import { createApp } from './http/app.js';
import {
  startAuditChainSealer,
  type AuditChainSealer,
} from './modules/audit/audit-chain-sealer.js';
import { auditReadsPlugin } from './modules/audit/audit-reads.plugin.js';
import { configurePasswordLinks } from './modules/auth/password-link.service.js';
import { startSessionCache } from './modules/auth/session-cache.js';
import { ACTIVITY_WRITE_SECONDS } from './modules/auth/session.service.js';
import type { Logger } from './logging/logger.js';

export interface RunningServer {
  url: string;
  port: number;
  database: Database;
  /** Stops accepting requests, finishes in-flight ones, then closes the database. */
  close(): Promise<void>;
}

/**
 * Opens (and migrates) the database, runs `prepare` (e.g. demo seeding) before the first request,
 * then serves HTTP.
 */
export async function startServer(
  config: Config,
  logger: Logger,
  prepare?: (database: Database) => Promise<void>,
): Promise<RunningServer> {
  const database = await openDatabase(config, logger);
  configurePasswordLinks(config, logger);
  let sealer: AuditChainSealer | undefined;
  let sessions: { stop(): Promise<void> } | undefined;
  try {
    await prepare?.(database);
    const httpServer = createServer();
    const dev = config.env === 'development';
    const limits = queryLimitProtection();
    const metrics = config.metrics.enabled
      ? (await import('./telemetry/metrics.js')).createMetrics(database, config.metrics.token)
      : undefined;
    const apollo = new ApolloServer<GraphQLContext>({
      schema: await buildWaypointSchema(),
      introspection: config.introspection,
      includeStacktraceInErrorResponses: false,
      hideSchemaDetailsFromClientErrors: !dev,
      csrfPrevention: true,
      allowBatchedHttpRequests: false,
      // main.ts owns shutdown (drain, then database, then embedded PostgreSQL).
      stopOnTerminationSignals: false,
      formatError,
      parseOptions,
      validationRules: limits.validationRules,
      plugins: [
        // graphql-armor is typed against Apollo's CommonJS build; plugins are plain objects.
        ...(limits.plugins as unknown as ApolloServerPlugin<GraphQLContext>[]),
        ApolloServerPluginDrainHttpServer({
          httpServer,
          stopGracePeriodMillis: config.shutdownTimeoutMs,
        }),
        // The playground is the web app's own (/playground), bundled so it works offline.
        ApolloServerPluginLandingPageDisabled(),
        ApolloServerPluginCacheControlDisabled(),
        noStorePlugin,
        errorLoggingPlugin,
        auditReadsPlugin,
        ...(database.replicas ? [replicaReadsPlugin] : []),
        ...(metrics ? [metrics.plugin as ApolloServerPlugin<GraphQLContext>] : []),
      ],
    });
    await apollo.start();
    httpServer.on('request', createApp({ config, logger, database, apollo, metrics }));
    sealer = startAuditChainSealer(database.dataSource, logger);
    if (config.session.cache.enabled) {
      sessions = startSessionCache(database.dataSource, logger, {
        ttlMs: ACTIVITY_WRITE_SECONDS * 1000,
        activityWriteMs: ACTIVITY_WRITE_SECONDS * 1000,
        listenUrl: config.session.cache.listenUrl,
      });
    }
    await listen(httpServer, config.port, config.host);
    const { port } = httpServer.address() as AddressInfo;
    const url = `http://${config.host}:${port}`;
    logger.info({ url }, 'API listening');
    let closing: Promise<void> | undefined;
    return {
      url,
      port,
      database,
      close: () =>
        (closing ??= (async () => {
          await apollo.stop(); // drains the HTTP server first
          await sealer?.stop(); // its last seal finishes before the pool closes
          await sessions?.stop();
          await metrics?.close();
          await database.close();
        })()),
    };
  } catch (err) {
    await sessions?.stop();
    await sealer?.stop();
    await database.close();
    throw err;
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
