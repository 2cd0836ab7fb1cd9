import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DataSource, EntityManager } from 'typeorm';
import { createDataSource } from '../../db/data-source.js';
import { migrate } from '../../db/database.js';
import {
  createScratchDatabase,
  type ScratchDatabaseOnServer,
} from '../../test-support/scratch-databases.js';
import { databaseProxy } from '../../test-support/database-proxy.js';
import { createLogger } from '../../logging/logger.js';
import { startAuditChainSealer } from './audit-chain-sealer.js';
import { sealAuditChain, verifyAuditChain } from './audit-chain.js';
import { AuditTrail, type AuditEntry } from './audit-trail.js';

/**
 * Tampering breaks a chain for good (audit events cannot be repaired), so each scenario gets a
 * database of its own, where the test acts as the schema's owner: the one role that can lift the
 * append-only guard, and whose edits the chain exists to reveal.
 */
async function chainDatabase(): Promise<{ ds: DataSource; db: ScratchDatabaseOnServer }> {
  const db = await createScratchDatabase(inject('databaseUrl'), 'wp_chain');
  const ds = createDataSource(db.url, 8);
  await ds.initialize();
  await migrate(ds);
  return { ds, db };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const entry = (i: number): AuditEntry => ({
  action: 'READ',
  recordType: 'Client',
  recordId: `record-${i}`,
  clientId: null,
  outcome: i % 3 ? 'SUCCESS' : 'DENIED',
  note: i % 2 ? `note ${i} — ünïcödé` : null,
});

/** Runs `sql` with the append-only guard lifted, as only the owner can. */
async function asOwnerWithoutGuard(ds: DataSource, sql: string): Promise<void> {
  await ds.transaction(async (tx) => {
    await tx.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete`);
    await tx.query(sql);
    await tx.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_or_delete`);
  });
}

/** Events of `requestId` not yet sealed into the chain. */
const unsealedIn = async (ds: DataSource, requestId: string) =>
  (
    await ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE request_id = $1 AND chain_seq IS NULL`,
      [requestId],
    )
  )[0]!.n;

describe('the audit hash chain', () => {
  let a: { ds: DataSource; db: ScratchDatabaseOnServer };
  let b: { ds: DataSource; db: ScratchDatabaseOnServer };

  beforeAll(async () => {
    [a, b] = await Promise.all([chainDatabase(), chainDatabase()]);
  });
  afterAll(async () => {
    for (const x of [a, b]) {
      await x?.ds.destroy();
      await x?.db.drop();
    }
  });

  it('concurrent writers and sealers form one valid chain; requests never wait for sealing', async () => {
    const writers = 40;
    let writing = true;
    let sealedMeanwhile = 0;
    // Three sealers (as three replicas would) racing each other and the writers.
    const sealers = Array.from({ length: 3 }, async () => {
      while (writing) {
        const sealed = await sealAuditChain(a.ds);
        sealedMeanwhile += sealed;
      }
    });
    await Promise.all(
      Array.from({ length: writers }, (_, w) => {
        const trail = new AuditTrail(a.ds, `request-${w}`, null, w % 2 ? `caller-${w}` : null);
        trail.operation = 'test';
        // Half write inside a transaction that does more work after the audit insert.
        return w % 2
          ? trail.write([entry(w), entry(w + 100)])
          : a.ds.transaction(async (tx) => {
              await trail.write([entry(w), entry(w + 100), entry(w + 200)], tx);
              await tx.query('SELECT pg_sleep(0.005)');
            });
      }),
    );
    // Two writers locking the same row on opposite sides of their audit insert: sealing inside
    // the request (a lock on the chain's head taken at INSERT) would make each wait for the
    // other; inserting alone takes no lock another writer needs, so both commit.
    await a.ds.query(`CREATE TABLE lock_probe (id int PRIMARY KEY, n int NOT NULL)`);
    await a.ds.query(`INSERT INTO lock_probe VALUES (1, 0)`);
    const bump = (tx: EntityManager) => tx.query(`UPDATE lock_probe SET n = n + 1 WHERE id = 1`);
    const pause = (tx: EntityManager) => tx.query(`SELECT pg_sleep(0.2)`);
    const trail = new AuditTrail(a.ds, 'lock-order', null);
    await Promise.all([
      a.ds.transaction(async (tx) => {
        await trail.write(entry(1), tx);
        await pause(tx);
        await bump(tx);
      }),
      a.ds.transaction(async (tx) => {
        await bump(tx);
        await pause(tx);
        await trail.write(entry(2), tx);
      }),
    ]);
    writing = false;
    await Promise.all(sealers);

    const unsealed = async () =>
      (
        await a.ds.query<[{ n: number }]>(
          `SELECT count(*)::int AS n FROM audit_event WHERE chain_seq IS NULL`,
        )
      )[0].n;
    const left = await unsealed();
    expect(await sealAuditChain(a.ds)).toBe(left);
    expect(await unsealed()).toBe(0);
    const [{ n, max }] = await a.ds.query<[{ n: number; max: number }]>(
      `SELECT count(*)::int AS n, max(chain_seq)::int AS max FROM audit_event`,
    );
    expect(n).toBe((writers / 2) * 2 + (writers / 2) * 3 + 2);
    expect(sealedMeanwhile + left).toBe(n);
    expect(max).toBe(n);
    const report = await verifyAuditChain(a.ds);
    expect(report).toMatchObject({
      ok: true,
      eventsChecked: n,
      headSeq: String(n),
      firstBreak: null,
      unsealedEvents: 0,
      oldestUnsealedSeconds: null,
    });
    expect(report.headHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('seals in commit order, skips a head another sealer holds, and reports a stalled sealer', async () => {
    await sealAuditChain(a.ds);
    const seqOf = async (requestId: string) =>
      (
        await a.ds.query<{ seq: string | null }[]>(
          `SELECT chain_seq::text AS seq FROM audit_event WHERE request_id = $1`,
          [requestId],
        )
      )[0]?.seq;
    // The lower id commits last: invisible to the sealer until then, and chained after.
    const runner = a.ds.createQueryRunner();
    await runner.startTransaction();
    try {
      await new AuditTrail(a.ds, 'late', null).write(entry(1), runner.manager);
      await new AuditTrail(a.ds, 'early', null).write(entry(2));
      expect(await sealAuditChain(a.ds)).toBe(1);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    expect(await sealAuditChain(a.ds)).toBe(1);
    expect(BigInt((await seqOf('late'))!)).toBe(BigInt((await seqOf('early'))!) + 1n);

    // Another sealer (replica) holds the head: this one returns at once, sealing nothing.
    const holder = a.ds.createQueryRunner();
    await holder.startTransaction();
    try {
      await holder.query(`SELECT 1 FROM audit_chain_head FOR UPDATE`);
      await new AuditTrail(a.ds, 'stalled', null).write(entry(3));
      expect(await sealAuditChain(a.ds)).toBe(0);
      expect(await seqOf('stalled')).toBeNull();
      const waiting = await verifyAuditChain(a.ds);
      expect(waiting).toMatchObject({ ok: true, unsealedEvents: 1, firstBreak: null });
      expect(waiting.oldestUnsealedSeconds).toBeLessThan(60);

      // Unsealed for over a minute (backdated here): no sealer is running, and that is a problem.
      await a.ds.query(
        `INSERT INTO audit_event (action, record_type, request_id, outcome, occurred_at)
         VALUES ('READ', 'Client', 'stale', 'SUCCESS', now() - interval '2 minutes')`,
      );
      const stalled = await verifyAuditChain(a.ds);
      expect(stalled).toMatchObject({
        ok: false,
        unsealedEvents: 2,
        firstBreak: { chainSeq: null, problem: 'UNCHAINED_EVENT' },
      });
      expect(stalled.oldestUnsealedSeconds).toBeGreaterThan(60);
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }
    // The backlog is reported as found; once sealed, the next check is clean.
    expect(await verifyAuditChain(a.ds)).toMatchObject({ ok: false, unsealedEvents: 2 });
    expect(await verifyAuditChain(a.ds)).toMatchObject({ ok: true, unsealedEvents: 0 });
  });

  it('the sealer seals on its timer until stopped, and logs a failure without data', async () => {
    const lines: string[] = [];
    const logger = createLogger('error', { write: (line: string) => void lines.push(line) });
    const sealer = startAuditChainSealer(a.ds, logger, 20);
    await new AuditTrail(a.ds, 'timer', null).write([entry(1), entry(2)]);
    const deadline = Date.now() + 5_000;
    while ((await unsealedIn(a.ds, 'timer')) && Date.now() < deadline) await sleep(20);
    expect(await unsealedIn(a.ds, 'timer')).toBe(0);
    await sealer.stop();
    await new AuditTrail(a.ds, 'after-stop', null).write(entry(3));
    await sleep(100);
    expect(await unsealedIn(a.ds, 'after-stop')).toBe(1);
    expect(lines).toEqual([]);

    // A sealer that cannot seal (here: a pool already closed) logs the failure and goes on.
    const closed = createDataSource(a.db.url, 1);
    const failing = startAuditChainSealer(closed, logger, 10);
    await sleep(100);
    await failing.stop();
    expect(lines.length).toBeGreaterThan(0);
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'audit chain sealing failed' });
    await sealAuditChain(a.ds);
  });

  it('a sealer whose connection drops mid-seal logs it and goes on; the process does not end', async () => {
    const lines: string[] = [];
    const logger = createLogger('error', { write: (line: string) => void lines.push(line) });
    const proxy = await databaseProxy(new URL(a.db.url));
    const own = createDataSource(proxy.via(a.db.url), 1);
    await own.initialize();
    const locker = a.ds.createQueryRunner();
    await locker.connect();
    await locker.startTransaction();
    const sealer = startAuditChainSealer(own, logger, 10);
    try {
      // The seal waits on the head, its connection held; then the connection drops without a
      // word from PostgreSQL, as when it is stopped in immediate mode.
      await locker.query('LOCK TABLE audit_chain_head IN ACCESS EXCLUSIVE MODE');
      let waiting = false;
      for (const end = Date.now() + 5_000; !waiting && Date.now() < end; await sleep(20)) {
        const rows = await a.ds.query<unknown[]>(
          `SELECT 1 FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        waiting = rows.length > 0;
      }
      expect(waiting).toBe(true);
      proxy.cut();
      // An 'error' event nobody listened for would have ended this process by now.
      const deadline = Date.now() + 5_000;
      while (!lines.length && Date.now() < deadline) await sleep(20);
      expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'audit chain sealing failed' });
      await locker.rollbackTransaction();
      proxy.restore();
      await new AuditTrail(a.ds, 'after-drop', null).write(entry(4));
      while ((await unsealedIn(a.ds, 'after-drop')) && Date.now() < deadline) await sleep(20);
      expect(await unsealedIn(a.ds, 'after-drop')).toBe(0);
    } finally {
      await sealer.stop();
      if (locker.isTransactionActive) await locker.rollbackTransaction();
      await locker.release();
      await own.destroy();
      await proxy.close();
    }
  });

  it('an event edited by the owner is found, at its position', async () => {
    const [victim] = await a.ds.query<[{ id: string; chain_seq: string; outcome: string }]>(
      `SELECT id::text, chain_seq::text, outcome FROM audit_event WHERE chain_seq = 7`,
    );
    await asOwnerWithoutGuard(
      a.ds,
      `UPDATE audit_event SET note = 'nothing to see' WHERE id = ${victim.id}`,
    );
    expect((await verifyAuditChain(a.ds)).firstBreak).toEqual({
      chainSeq: '7',
      eventId: victim.id,
      problem: 'HASH_MISMATCH',
    });

    // Re-computing the edited event's own hash only moves the break to the next link.
    await asOwnerWithoutGuard(
      a.ds,
      `UPDATE audit_event SET hash = audit_event_hash(audit_event) WHERE id = ${victim.id}`,
    );
    const relinked = await verifyAuditChain(a.ds);
    expect(relinked.ok).toBe(false);
    expect(relinked.firstBreak).toMatchObject({ chainSeq: '8', problem: 'BROKEN_LINK' });
    expect(relinked.eventsChecked).toBe(7);
  });

  it('a deleted event is found, and so is a deleted last event', async () => {
    const trail = new AuditTrail(b.ds, 'request', null);
    for (let i = 0; i < 5; i++) await trail.write([entry(i), entry(i + 10)]);
    expect((await verifyAuditChain(b.ds)).ok).toBe(true);

    // An event forged past the end (its columns filled, the unsealing trigger switched off):
    // the chain no longer ends at the head the sealer recorded.
    await b.ds.transaction(async (tx) => {
      await tx.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_unsealed`);
      await tx.query(
        `INSERT INTO audit_event (action, record_type, request_id, outcome, chain_seq, prev_hash)
         SELECT 'READ', 'Client', 'forged', 'SUCCESS', seq + 1, hash FROM audit_chain_head`,
      );
      await tx.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_unsealed`);
    });
    await asOwnerWithoutGuard(
      b.ds,
      `UPDATE audit_event SET hash = audit_event_hash(audit_event) WHERE request_id = 'forged'`,
    );
    expect((await verifyAuditChain(b.ds)).firstBreak).toEqual({
      chainSeq: '11',
      eventId: null,
      problem: 'HEAD_MISMATCH',
    });
    await asOwnerWithoutGuard(b.ds, `DELETE FROM audit_event WHERE request_id = 'forged'`);
    expect((await verifyAuditChain(b.ds)).ok).toBe(true);

    // The last event: the chain now ends before the head the trigger recorded.
    await asOwnerWithoutGuard(b.ds, `DELETE FROM audit_event WHERE chain_seq = 10`);
    expect((await verifyAuditChain(b.ds)).firstBreak).toEqual({
      chainSeq: '10',
      eventId: null,
      problem: 'MISSING_EVENTS',
    });

    // One in the middle: the gap is reported where it starts.
    const [next] = await b.ds.query<[{ id: string }]>(
      `SELECT id::text FROM audit_event WHERE chain_seq = 5`,
    );
    await asOwnerWithoutGuard(b.ds, `DELETE FROM audit_event WHERE chain_seq = 4`);
    expect(await verifyAuditChain(b.ds)).toMatchObject({
      ok: false,
      eventsChecked: 3,
      firstBreak: { chainSeq: '4', eventId: next.id, problem: 'MISSING_EVENTS' },
    });
  });
});
