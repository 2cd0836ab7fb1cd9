import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditEntry } from './audit-trail.js';

/**
 * Verifies the audit trail's hash chain (see migration 1795840000000-audit-chain). The hashes are
 * recomputed here, in the application's code, rather than by the database's own functions: whoever
 * can edit audit rows (the schema's owner) can also replace those functions.
 */

export const AuditChainProblem = {
  /** An event's fields no longer hash to its stored hash: the event was edited. */
  HASH_MISMATCH: 'HASH_MISMATCH',
  /** An event does not point at the hash of the event before it. */
  BROKEN_LINK: 'BROKEN_LINK',
  /** A position in the chain has no event: events were deleted. */
  MISSING_EVENTS: 'MISSING_EVENTS',
  /** The chain ends before (or differs from) the head the database last recorded. */
  HEAD_MISMATCH: 'HEAD_MISMATCH',
  /** An event has waited too long to be sealed into the chain: the sealer is not running. */
  UNCHAINED_EVENT: 'UNCHAINED_EVENT',
} as const;
export type AuditChainProblem = (typeof AuditChainProblem)[keyof typeof AuditChainProblem];

export interface AuditChainBreak {
  /** The position where the chain first breaks (null for an event outside the chain). */
  chainSeq: string | null;
  /** The event found there, if any. */
  eventId: string | null;
  problem: AuditChainProblem;
}

export interface AuditChainReport {
  ok: boolean;
  /** Events read and checked (up to the first break). */
  eventsChecked: number;
  /** The last position and hash the database recorded; write them down to anchor the chain. */
  headSeq: string;
  headHash: string;
  firstBreak: AuditChainBreak | null;
  /** Committed events the sealer had not yet sealed when the check began (it then seals them). */
  unsealedEvents: number;
  /** How long the oldest of them had waited, in seconds; null when none waited. */
  oldestUnsealedSeconds: number | null;
}

/** Longer than this unsealed, and the sealer (which runs every second) is not running. */
export const MAX_UNSEALED_SECONDS = 60;
/** Events sealed per call (and so per transaction holding the head's lock). */
export const SEAL_BATCH = 1_000;

const GENESIS = '00'.repeat(32);
const BATCH = 5_000;

/** One event's fields as text, in the order they are serialised. */
interface ChainRow {
  chain_seq: string;
  prev_hash: string;
  id: string;
  occurred_at: string;
  actor_staff_id: string | null;
  action: string;
  record_type: string;
  record_id: string | null;
  client_id: string | null;
  request_id: string;
  correlation_id: string | null;
  outcome: string;
  note: string | null;
  operation: string | null;
  api_token_id: string | null;
  hash: string;
}

/**
 * Every column of audit_event except the hash itself, in order. A column added to audit_event is
 * covered only once it is added here, in SELECT_ROWS and in audit_event_hash (with a new version
 * prefix for events hashed from then on).
 */
const SERIALISED: (keyof ChainRow)[] = [
  'chain_seq',
  'prev_hash',
  'id',
  'occurred_at',
  'actor_staff_id',
  'action',
  'record_type',
  'record_id',
  'client_id',
  'request_id',
  'correlation_id',
  'outcome',
  'note',
  'operation',
];

/**
 * Each field as "<UTF-8 byte length>:<value>", or "~" when null (audit_event_hash). An event made
 * with an API token is 'waypoint-audit-v2' with the token's id last (migration 1796170000000).
 */
export function canonicalAuditEvent(row: Omit<ChainRow, 'hash'>): string {
  const v2 = row.api_token_id !== null;
  return (
    (v2 ? 'waypoint-audit-v2|' : 'waypoint-audit-v1|') +
    [...SERIALISED, ...(v2 ? (['api_token_id'] as const) : [])]
      .map((k) => {
        const v = row[k as keyof typeof row];
        return v === null ? '~' : `${Buffer.byteLength(v, 'utf8')}:${v}`;
      })
      .join('')
  );
}

export function auditEventHash(row: Omit<ChainRow, 'hash'>): string {
  return createHash('sha256').update(canonicalAuditEvent(row), 'utf8').digest('hex');
}

// Built-in casts only: the text PostgreSQL itself gives for each value.
const SELECT_ROWS = `SELECT chain_seq::text AS chain_seq, encode(prev_hash, 'hex') AS prev_hash,
    id::text AS id,
    to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_at,
    actor_staff_id::text AS actor_staff_id, action, record_type, record_id,
    client_id::text AS client_id, request_id, correlation_id, outcome, note, operation,
    api_token_id::text AS api_token_id, encode(hash, 'hex') AS hash
  FROM audit_event a WHERE a.chain_seq >= $1 ORDER BY a.chain_seq LIMIT ${BATCH}`;

/** Runs one statement and returns its rows. */
export type RunQuery = <T>(sql: string, params: unknown[]) => Promise<T[]>;

/**
 * Seals every committed unsealed event into the chain, in batches of `SEAL_BATCH` (each its own
 * short transaction), and returns how many it sealed. Returns early with what it has when
 * another sealer (another replica) holds the chain's head: that one is sealing them.
 */
export async function sealAuditChain(
  ds: DataSource,
  run: RunQuery = (sql, params) => ds.query(sql, params),
): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await run<{ sealed: number }>(`SELECT seal_audit_chain($1) AS sealed`, [
      SEAL_BATCH,
    ]);
    const sealed = rows[0]?.sealed ?? 0;
    total += sealed;
    if (sealed < SEAL_BATCH) return total;
  }
}

interface Backlog {
  n: number;
  age: number | null;
  id: string | null;
}

/**
 * The events the sealer has left unsealed. Ages are measured from occurred_at (the inserting
 * transaction's start), so a request that ran long before committing looks older than it is;
 * 60 s is far beyond any request.
 */
async function unsealedBacklog(ds: DataSource): Promise<Backlog> {
  const [backlog] = await ds.query<[Backlog]>(
    `SELECT count(*)::int AS n,
            extract(epoch FROM statement_timestamp() - min(occurred_at))::float8 AS age,
            min(id)::text AS id
     FROM audit_event WHERE chain_seq IS NULL`,
  );
  return backlog;
}

async function walk(tx: EntityManager, backlog: Backlog): Promise<AuditChainReport> {
  const [head] = await tx.query<{ seq: string; hash: string }[]>(
    `SELECT seq::text AS seq, encode(hash, 'hex') AS hash FROM audit_chain_head`,
  );
  const headSeq = head?.seq ?? '0';
  const headHash = head?.hash ?? GENESIS;
  let expected = 1n;
  let prev = GENESIS;
  let checked = 0;
  const report = (firstBreak: AuditChainBreak | null): AuditChainReport => ({
    ok: !firstBreak,
    eventsChecked: checked,
    headSeq,
    headHash,
    firstBreak,
    unsealedEvents: backlog.n,
    oldestUnsealedSeconds: backlog.age,
  });
  for (;;) {
    const rows = await tx.query<ChainRow[]>(SELECT_ROWS, [expected.toString()]);
    for (const row of rows) {
      const at = (problem: AuditChainProblem, seq = row.chain_seq) =>
        report({ chainSeq: seq, eventId: row.id, problem });
      if (BigInt(row.chain_seq) !== expected) return at('MISSING_EVENTS', expected.toString());
      if (auditEventHash(row) !== row.hash) return at('HASH_MISMATCH');
      if (row.prev_hash !== prev) return at('BROKEN_LINK');
      prev = row.hash;
      expected++;
      checked++;
    }
    if (rows.length < BATCH) break;
  }
  const last = (expected - 1n).toString();
  if (last !== headSeq || prev !== headHash) {
    const missing = BigInt(headSeq) > expected - 1n;
    return report({
      chainSeq: missing ? expected.toString() : last,
      eventId: null,
      problem: missing ? 'MISSING_EVENTS' : 'HEAD_MISMATCH',
    });
  }
  if (backlog.age !== null && backlog.age > MAX_UNSEALED_SECONDS)
    return report({ chainSeq: null, eventId: backlog.id, problem: 'UNCHAINED_EVENT' });
  return report(null);
}

/**
 * Notes the backlog the sealer has left (events waiting longer than MAX_UNSEALED_SECONDS mean it
 * is not running), seals what is waiting, then walks the whole chain in one consistent snapshot
 * (events committed meanwhile are left for the next check) and reports the first broken link.
 * Needs only SELECT and the seal function, so the API's role can run it.
 */
export async function verifyAuditChain(ds: DataSource): Promise<AuditChainReport> {
  const backlog = await unsealedBacklog(ds);
  await sealAuditChain(ds);
  return ds.transaction('REPEATABLE READ', async (tx) => {
    await tx.query('SET TRANSACTION READ ONLY');
    return walk(tx, backlog);
  });
}

/** The audit event that records a check of the chain (itself part of the trail). */
export function chainCheckEntry(report: AuditChainReport): AuditEntry {
  const broken = report.firstBreak;
  return {
    action: 'READ',
    recordType: 'AuditChain',
    recordId: null,
    clientId: null,
    outcome: 'SUCCESS',
    note: broken
      ? `chain broken at ${broken.chainSeq ?? broken.eventId}: ${broken.problem}`
      : `chain intact through ${report.headSeq}`,
  };
}
