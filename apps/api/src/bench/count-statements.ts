import { createRequire } from 'node:module';
import type pg from 'pg';

/**
 * Preloaded (`node --import`) into each server the benchmark starts, so that a production build
 * is measured unchanged: counts every statement sent through `pg` (TypeORM, PostGraphile and the
 * raw floor all use it) and answers the benchmark's `statements` message over the IPC channel,
 * with the process's CPU time so far (user + system, ms): CPU per request is the figure a loaded
 * machine distorts least (wall-clock waits for other processes do not count).
 */
const { Client } = createRequire(import.meta.url)('pg') as typeof pg;
let statements = 0;
// eslint-disable-next-line @typescript-eslint/unbound-method -- called below with its own `this`
const query = Client.prototype.query as (...args: unknown[]) => unknown;
Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements++;
  return query.apply(this, args);
} as typeof Client.prototype.query;

process.on('message', (message) => {
  if (message === 'memory') {
    return void memoryAfterCollection().then((memory) => process.send?.({ memory }));
  }
  if (message !== 'statements') return;
  const { user, system } = process.cpuUsage();
  process.send?.({ statements, cpuMs: (user + system) / 1000 });
});

/**
 * What the process holds once its garbage is collected (the soak starts it with --expose-gc): a
 * leak raises it, while the resident memory sampled between collections also follows how much
 * garbage V8 lets pile up before its next full collection.
 */
async function memoryAfterCollection() {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  // V8 hands the freed pages back to the system in the background, after the collection.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  gc?.();
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
  return { collected: gc !== undefined, rss, heapUsed, heapTotal, external };
}
