import type { DataSource, EntityManager } from 'typeorm';
import type { AuditAction, AuditOutcome } from './audit-event.entity.js';

export interface AuditEntry {
  action: AuditAction;
  recordType: string;
  recordId: string | null;
  clientId: string | null;
  outcome: AuditOutcome;
  note?: string | null;
  /** Defaults to the request's viewer. */
  actorStaffId?: string | null;
}

/**
 * The audit trail of one request. Changes and refusals are written at once (changes inside the
 * caller's transaction); reads are collected and written in one INSERT when the response is ready,
 * holding exactly the records the request returned.
 */
export class AuditTrail {
  private readonly reads = new Map<string, AuditEntry>();
  /**
   * The GraphQL root field(s) that caused this request's events ("client", "clients,me"), set by
   * auditReadsPlugin once the operation is known; stored on every event the request writes.
   */
  operation: string | null = null;

  constructor(
    private readonly ds: DataSource,
    readonly requestId: string,
    public actorStaffId: string | null,
  ) {}

  read(recordType: string, recordId: string, clientId: string): void {
    this.reads.set(`${recordType}:${recordId}`, {
      action: 'READ',
      recordType,
      recordId,
      clientId,
      outcome: 'SUCCESS',
    });
  }

  async write(
    entries: AuditEntry | AuditEntry[],
    manager: EntityManager = this.ds.manager,
  ): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries];
    if (!list.length) return;
    const col = <K extends keyof AuditEntry>(k: K) => list.map((e) => e[k] ?? null);
    await manager.query(
      `INSERT INTO audit_event (actor_staff_id, action, record_type, record_id, client_id, request_id, outcome, note, operation)
       SELECT a, b, c, d, e, $6, g, h, $9
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $7::text[], $8::text[])
         AS t(a, b, c, d, e, g, h)`,
      [
        list.map((e) => (e.actorStaffId === undefined ? this.actorStaffId : e.actorStaffId)),
        col('action'),
        col('recordType'),
        col('recordId'),
        col('clientId'),
        this.requestId,
        col('outcome'),
        col('note'),
        this.operation,
      ],
    );
  }

  /** Writes the collected reads (one statement); called once per request. */
  async flushReads(): Promise<void> {
    const entries = [...this.reads.values()];
    this.reads.clear();
    await this.write(entries);
  }
}
