import { register } from 'node:module';
import { resourceFromAttributes, defaultResource } from '@opentelemetry/resources';
import { BatchSpanProcessor, type Span, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';

/** Attributes in which a URL (and so a GET request's query string) would be recorded. */
const urlAttributes = ['http.url', 'http.target', 'url.full'];

/** Cuts query strings from URL attributes as spans start (HTTP spans get them at start). */
const withoutQueryStrings: SpanProcessor = {
  onStart(span: Span) {
    for (const key of urlAttributes) {
      const value = span.attributes[key];
      if (typeof value === 'string' && value.includes('?'))
        span.setAttribute(key, value.split('?')[0]!);
    }
    if (span.attributes['url.query'] !== undefined) span.setAttribute('url.query', '');
  },
  onEnd: () => undefined,
  forceFlush: () => Promise.resolve(),
  shutdown: () => Promise.resolve(),
};

/**
 * Traces HTTP requests, GraphQL parsing, validation, execution and resolvers, and PostgreSQL
 * statements, exported over OTLP/HTTP to OTEL_EXPORTER_OTLP_ENDPOINT (the exporter and the batch
 * processor read the standard OTEL_* variables). No client data goes into a span: GraphQL
 * arguments are recorded as `*` (allowValues off), SQL statements carry their `$n` placeholders
 * but never their parameter values (enhancedDatabaseReporting off), and URLs lose their query
 * string (a GET /graphql carries the operation's variables there).
 */
export function startTracing(): NodeTracerProvider {
  // ESM modules (and CommonJS ones loaded through `import`) are patched through this loader hook.
  register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);
  const provider = new NodeTracerProvider({
    resource: defaultResource().merge(
      resourceFromAttributes({
        'service.name': process.env.OTEL_SERVICE_NAME ?? 'waypoint-api',
      }),
    ),
    spanProcessors: [withoutQueryStrings, new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation(),
      new ExpressInstrumentation(),
      new GraphQLInstrumentation({
        allowValues: false,
        mergeItems: true,
        ignoreTrivialResolveSpans: true,
      }),
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
    ],
  });
  // The last spans go out before the process exits (main.ts exits after a graceful shutdown).
  const flush = () => void provider.forceFlush().catch(() => undefined);
  process.once('SIGTERM', flush);
  process.once('SIGINT', flush);
  return provider;
}
