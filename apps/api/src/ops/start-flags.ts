import { readFileSync } from 'node:fs';

/**
 * The Node.js flags production starts the API with, read from the `start` script of
 * apps/api/package.json (which the Dockerfile's CMD and the root `start` repeat:
 * dockerfile.test.ts), less the telemetry preload: the benchmark starts the production build
 * with these, so that it measures the process production runs.
 */
export function startNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    scripts: { start: string };
  };
  const words = pkg.scripts.start.split(/\s+/);
  return words.filter(
    (w, i) => w.startsWith('--') && w !== '--import' && words[i - 1] !== '--import',
  );
}
