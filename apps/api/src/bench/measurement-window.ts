import type { Instance } from 'autocannon';

/** What a load measured once its warm-up was over. */
export interface WindowResult {
  requestsPerSecond: number;
  /** Latencies (ms) of the requests sent after the warm-up; null when none was answered. */
  p50: number | null;
  p99: number | null;
  /** Non-2xx answers, refused or different answers and connection errors, time-outs apart. */
  errors: number;
  timeouts: number;
}

/**
 * Watches one autocannon run of `warmupSeconds + seconds` and keeps only what happened after
 * the warm-up: the rate of answers completed from then on, and the latency of each request sent
 * from then on. The warm-up and the measurement share their connections, so opening 50
 * connections at once (autocannon, CPU-starved beside the servers, opens the later ones up to a
 * second late while its clock already runs) is in the warm-up, not in the measured latencies.
 * `refused` marks an answer that is an error (a mismatch); time-outs come from autocannon.
 */
export function measureAfterWarmup(
  run: Instance,
  warmupSeconds: number,
  seconds: number,
): { refused: () => void; result: () => WindowResult } {
  const measuredFrom = performance.now() + warmupSeconds * 1000;
  const latencies: number[] = [];
  let completed = 0;
  let errors = 0;
  let timeouts = 0;
  const inWindow = () => performance.now() >= measuredFrom;
  run.on('response', (_client, statusCode: number, _bytes, responseTime: number) => {
    if (!inWindow()) return;
    completed++;
    if (statusCode < 200 || statusCode > 299) errors++;
    if (performance.now() - responseTime >= measuredFrom) latencies.push(responseTime);
  });
  run.on('reqError', (error: Error) => {
    if (!inWindow()) return;
    if (error.message === 'request timed out') timeouts++;
    else errors++;
  });
  // Untyped by @types/autocannon: an answer other than the expected body (expectBody).
  (run as NodeJS.EventEmitter).on('reqMismatch', () => {
    if (inWindow()) errors++;
  });
  return {
    refused: () => {
      if (inWindow()) errors++;
    },
    // Once the run is done.
    result: () => {
      latencies.sort((a, b) => a - b);
      const at = (q: number) =>
        latencies.length ? Math.round(latencies[Math.ceil(q * latencies.length) - 1]!) : null;
      return {
        requestsPerSecond: completed / seconds,
        p50: at(0.5),
        p99: at(0.99),
        errors,
        timeouts,
      };
    },
  };
}
