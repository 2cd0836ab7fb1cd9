import type { AuditAction, AuditOutcome } from './audit-event.entity.js';

/** One row of audit_event as written: an event and the request it belongs to. */
export interface AuditRow {
  actorStaffId: string | null;
  action: AuditAction;
  recordType: string;
  recordId: string | null;
  clientId: string | null;
  requestId: string;
  outcome: AuditOutcome;
  note: string | null;
  operation: string | null;
  correlationId: string | null;
  apiTokenId: string | null;
}

const COLUMNS = [
  ['actorStaffId', 'uuid'],
  ['action', 'text'],
  ['recordType', 'text'],
  ['recordId', 'text'],
  ['clientId', 'uuid'],
  ['requestId', 'text'],
  ['outcome', 'text'],
  ['note', 'text'],
  ['operation', 'text'],
  ['correlationId', 'text'],
  ['apiTokenId', 'uuid'],
] as const satisfies readonly (readonly [keyof AuditRow, string])[];

// One text for any number of rows of any number of requests: prepared once per connection.
const INSERT = `INSERT INTO audit_event (actor_staff_id, action, record_type, record_id, client_id,
    request_id, outcome, note, operation, correlation_id, api_token_id)
  SELECT * FROM unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})`;

/** Writes `rows` in one INSERT through `db` (a transaction's manager, or the pool). */
export async function insertAuditRows(
  db: { query(text: string, values: unknown[]): Promise<unknown> },
  rows: readonly AuditRow[],
): Promise<void> {
  if (!rows.length) return;
  await db.query(
    INSERT,
    COLUMNS.map(([key]) => rows.map((row) => row[key])),
  );
}
