import type { DataSource } from 'typeorm';
import { runUnbounded } from '../../db/bounded-work.js';
import { insertAuditRows, type AuditRow } from './audit-rows.js';

interface Waiting {
  rows: AuditRow[];
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * The reads of concurrent requests written together (group commit): while one INSERT is in
 * flight, the requests that finish meanwhile queue their rows, and the next INSERT writes them
 * all. Every request still waits until its own rows are stored before its response leaves; a
 * lone request costs one INSERT as before, a busy server one per batch instead of one per request.
 * A batch that fails is retried request by request, so one request's bad row never withholds
 * another's answer.
 */
class AuditReadWriter {
  private queue: Waiting[] = [];
  private draining = false;

  constructor(private readonly ds: DataSource) {}

  write(rows: AuditRow[]): Promise<void> {
    if (!rows.length) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.queue.push({ rows, resolve, reject });
      // Not part of the request that happens to start it: its client leaving cancels nothing.
      if (!this.draining) runUnbounded(() => void this.drain());
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.queue.length) {
        const batch = this.queue.splice(0, MAX_REQUESTS_PER_INSERT);
        try {
          await insertAuditRows(
            this.ds,
            batch.flatMap((w) => w.rows),
          );
          for (const w of batch) w.resolve();
        } catch (err) {
          if (batch.length === 1) batch[0]!.reject(err);
          else
            await Promise.all(
              batch.map((w) => insertAuditRows(this.ds, w.rows).then(w.resolve, w.reject)),
            );
        }
      }
    } finally {
      this.draining = false;
    }
  }
}

// Bounds one statement's size (each request's reads are a page of records at most).
const MAX_REQUESTS_PER_INSERT = 100;

const writers = new WeakMap<DataSource, AuditReadWriter>();

/** The read-audit writer of the primary `ds` (one per pool, shared by its requests). */
export function auditReadWriter(ds: DataSource): AuditReadWriter {
  let writer = writers.get(ds);
  if (!writer) writers.set(ds, (writer = new AuditReadWriter(ds)));
  return writer;
}
