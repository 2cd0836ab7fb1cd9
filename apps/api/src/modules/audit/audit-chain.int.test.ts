import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DataSource, EntityManager } from 'typeorm';
import { createDataSource } from '../../db/data-source.js';
import { migrate } from '../../db/database.js';
import {
  createScratchDatabase,
  type ScratchDatabaseOnServer,
} from '../../test-support/scratch-databases.js';
import { verifyAuditChain } from './audit-chain.js';
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

  it('concurrent audit inserts form one valid chain, in one insert per request', async () => {
    const writers = 40;
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
    // Two writers locking the same row on opposite sides of their audit insert: sealing at
    // INSERT would make each wait for the other (deadlock); sealing at COMMIT does not.
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

    const [{ n, max }] = await a.ds.query<[{ n: number; max: number }]>(
      `SELECT count(*)::int AS n, max(chain_seq)::int AS max FROM audit_event`,
    );
    expect(n).toBe((writers / 2) * 2 + (writers / 2) * 3 + 2);
    expect(max).toBe(n);
    const report = await verifyAuditChain(a.ds);
    expect(report).toMatchObject({
      ok: true,
      eventsChecked: n,
      headSeq: String(n),
      firstBreak: null,
    });
    expect(report.headHash).toMatch(/^[0-9a-f]{64}$/);
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

    // An event slipped in with the seal switched off stands outside the chain.
    await b.ds.transaction(async (tx) => {
      await tx.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_seal`);
      await tx.query(
        `INSERT INTO audit_event (action, record_type, request_id, outcome) VALUES ('READ', 'Client', 'slipped', 'SUCCESS')`,
      );
      await tx.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_seal`);
    });
    expect((await verifyAuditChain(b.ds)).firstBreak).toEqual({
      chainSeq: null,
      eventId: expect.any(String) as unknown,
      problem: 'UNCHAINED_EVENT',
    });

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
