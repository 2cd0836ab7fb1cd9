import type { DataSource } from 'typeorm';
import type { Logger } from '../../logging/logger.js';
import { sealAuditChain } from './audit-chain.js';

export interface AuditChainSealer {
  /** Stops the timer and waits for a seal in progress, so the pool can close after it. */
  stop(): Promise<void>;
}

/**
 * Seals committed audit events into the hash chain every `intervalMs`, off the requests' commit
 * path (see migration 1795840000000-audit-chain). Every replica runs one: whichever finds the
 * chain's head free seals, the others return at once (SKIP LOCKED). One seal at a time per
 * process (the next is scheduled when the last ends), and the timer never keeps Node alive.
 */
export function startAuditChainSealer(
  ds: DataSource,
  logger: Logger,
  intervalMs = 1_000,
): AuditChainSealer {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = () => {
    running = sealAuditChain(ds).then(
      () => undefined,
      // errorForLog (the logger's serializer) keeps the SQLSTATE, never a message quoting data.
      (err: unknown) => logger.error({ err }, 'audit chain sealing failed'),
    );
    void running.then(schedule);
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(tick, intervalMs);
    timer.unref();
  };

  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
