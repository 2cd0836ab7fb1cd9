/**
 * Loaded before the API (`node --import ./dist/telemetry/preload.js dist/main.js`, as the start
 * scripts do): instrumentation has to patch http, express, graphql and pg before anything imports
 * them. Without OTEL_EXPORTER_OTLP_ENDPOINT it returns at once and nothing of OpenTelemetry is
 * loaded.
 */
if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
  const { startTracing } = await import('./tracing.js');
  startTracing();
}
