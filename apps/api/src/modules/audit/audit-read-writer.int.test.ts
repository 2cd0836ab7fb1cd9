import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createTestClient, createTestProgram, createTestStaff } from '../../testing/factories.js';
import { queriesSent } from '../../test-support/count-queries.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { AuditTrail } from './audit-trail.js';

let server: TestServer;
let ds: DataSource;
let staffId: string;
let clientId: string;

beforeAll(async () => {
  server = await startTestServer();
  ds = server.database.dataSource;
  const program = await createTestProgram(ds);
  staffId = (await createTestStaff(ds, [{ programId: program.id, role: 'CLINICIAN' }])).id;
  clientId = (await createTestClient(ds, { programId: program.id })).client.id;
});
afterAll(() => server?.close());

const trailReading = (recordId: string, operation: string) => {
  const trail = new AuditTrail(ds, randomUUID(), staffId, `corr-${recordId}`);
  trail.operation = operation;
  trail.read('Client', recordId, clientId);
  return trail;
};

const rowsOf = (requestIds: string[]) =>
  ds.query<{ request_id: string; record_id: string; operation: string; correlation_id: string }[]>(
    `SELECT request_id, record_id, operation, correlation_id FROM audit_event
     WHERE request_id = ANY($1) ORDER BY record_id`,
    [requestIds],
  );

describe('reads of concurrent requests are audited together', () => {
  it('twenty requests finishing at once share INSERTs, and each keeps its own request, operation and records', async () => {
    const trails = Array.from({ length: 20 }, (_, i) =>
      trailReading(`r${String(i).padStart(2, '0')}`, `op${i}`),
    );
    const sent = await queriesSent(ds, () => Promise.all(trails.map((t) => t.flushReads())));
    const inserts = sent.filter((q) => q.includes('INSERT INTO audit_event'));
    // The first request's INSERT goes at once; the other nineteen wait for it and go as one.
    expect(inserts).toHaveLength(2);
    const rows = await rowsOf(trails.map((t) => t.requestId));
    expect(rows).toEqual(
      trails.map((t, i) => ({
        request_id: t.requestId,
        record_id: `r${String(i).padStart(2, '0')}`,
        operation: `op${i}`,
        correlation_id: `corr-r${String(i).padStart(2, '0')}`,
      })),
    );
  });

  it("a request whose row cannot be stored fails alone: the others' reads are stored and answered", async () => {
    const good = [trailReading('g1', 'ok'), trailReading('g2', 'ok'), trailReading('g3', 'ok')];
    const bad = new AuditTrail(ds, randomUUID(), staffId, 'x'.repeat(10_000));
    bad.read('Client', 'bad', clientId);
    const results = await Promise.allSettled([
      good[0]!.flushReads(),
      bad.flushReads(),
      good[1]!.flushReads(),
      good[2]!.flushReads(),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    expect((await rowsOf(good.map((t) => t.requestId))).map((r) => r.record_id)).toEqual([
      'g1',
      'g2',
      'g3',
    ]);
    expect(await rowsOf([bad.requestId])).toEqual([]);
  });
});
