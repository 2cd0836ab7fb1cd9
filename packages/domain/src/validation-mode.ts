import { config } from 'zod';

/**
 * Validation without generated code, for the browser: zod's fast path probes `new Function`, and
 * under the web app's Content-Security-Policy (no 'unsafe-eval') that probe is reported as a
 * violation even though zod catches it. The API keeps the fast path.
 */
export function validateWithoutEval(): void {
  config({ jitless: true });
}
