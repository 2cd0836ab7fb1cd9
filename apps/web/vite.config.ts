import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { chunkGraph } from './scripts/chunk-graph.ts';
import { compileGraphqlDocuments } from './scripts/compile-graphql-documents.ts';
// The API's one definition of the security headers, so development sees the production policy.
import { securityHeaders } from '../api/src/http/security-headers.js';

// In development the API runs on its own port; in production it serves this build itself
// (same origin, SPA fallback to index.html), so the app only ever talks to relative URLs.
const api = `http://127.0.0.1:${process.env.API_PORT ?? 4000}`;
const proxy = { '/graphql': api, '/fhir': api, '/healthz': api, '/readyz': api };

// The dev server's HTML carries one inline module (React Refresh's preamble) that the build never
// has: Vite marks its scripts with this nonce, allowed by the dev policy alone. New per start.
const devNonce = randomBytes(16).toString('base64');

export default defineConfig(({ command, isPreview }) => ({
  plugins: [
    compileGraphqlDocuments(fileURLToPath(new URL('./src/gql', import.meta.url))),
    react(),
    chunkGraph(fileURLToPath(new URL('.', import.meta.url))),
  ],
  html: command === 'serve' && !isPreview ? { cspNonce: devNonce } : {},
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
    proxy,
    headers: securityHeaders({ 'script-src': [`'nonce-${devNonce}'`] }),
  },
  // The built app, as the API serves it in production: the same headers, nothing added.
  preview: { host: '127.0.0.1', port: 4173, strictPort: false, proxy, headers: securityHeaders() },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // The app's own entry chunk (React, Mantine with forms and notifications, Apollo, the router,
    // the screens) is about 900 kB; only the lazy playground's Monaco chunk is larger, and it
    // loads on /playground alone.
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      output: {
        // What the entry needs is one chunk: left to automatic chunking it is cut into pieces
        // shared with lazy screens, which gzip worse and cost round trips on the first load.
        codeSplitting: { groups: [{ name: 'shell', tags: ['$initial'] }] },
      },
      onLog(level, log, handler) {
        // GraphiQL's React-compiler output marks modules "use no memo"; harmless when bundled.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  // Monaco's workers (API playground) are bundled as ES module workers, served from our origin.
  worker: { format: 'es' },
  optimizeDeps: {
    // In development Monaco's GraphQL worker loads unbundled. Its language service pulls in
    // CommonJS packages (nullthrows, picomatch-browser) that only load pre-bundled, and the
    // worker and the service must share one pre-bundled `graphql`, or schema checks fail with
    // "Cannot use GraphQLSchema from another module or realm".
    include: [
      'graphql',
      'monaco-graphql > graphql-language-service',
      'monaco-graphql > picomatch-browser',
    ],
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
}));
