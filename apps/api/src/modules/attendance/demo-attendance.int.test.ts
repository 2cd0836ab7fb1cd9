import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createTestClient, createTestProgram, createTestStaff } from '../../testing/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { seedDemoAttendance } from '../../db/seed/demo-attendance.js';
import { createGroupSession, createTestGroup, enrol } from './attendance-fixtures.js';

let server: TestServer;
let ds: DataSource;
let sessions: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  ds = server.database.dataSource;
  const { id: programId } = await createTestProgram(ds);
  const staff = await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]);
  const groupId = await createTestGroup(ds, programId, staff.id, [staff.id]);
  const episodes = [];
  for (let i = 0; i < 10; i++) {
    const { episode } = await createTestClient(ds, {
      programId,
      openedAt: new Date(Date.now() - 40 * 86_400_000),
    });
    episodes.push({ id: episode.id, clientId: episode.clientId });
  }
  await enrol(ds, groupId, staff.id, episodes);
  sessions = [];
  for (let d = 1; d <= 30; d += 2) {
    sessions.push(
      await createGroupSession(
        ds,
        programId,
        groupId,
        staff.id,
        new Date(Date.now() - d * 86_400_000),
      ),
    );
  }
});
afterAll(() => server?.close());

it('the demo seed records past group sessions set-based, once, and marks them HELD', async () => {
  const first = await seedDemoAttendance(ds, new Date());
  expect(first).toBeGreaterThan(100);
  expect(await seedDemoAttendance(ds, new Date())).toBe(0);
  const statuses = await ds.query<{ status: string }[]>(
    `SELECT DISTINCT status FROM attendance WHERE session_id = ANY($1::uuid[])`,
    [sessions],
  );
  expect(statuses.length).toBeGreaterThanOrEqual(4);
  const notHeld = await ds.query<unknown[]>(
    `SELECT 1 FROM clinical_session WHERE id = ANY($1::uuid[]) AND status <> 'HELD'`,
    [sessions],
  );
  expect(notHeld).toHaveLength(0);
  const bad = await ds.query<unknown[]>(
    `SELECT 1 FROM attendance a JOIN clinical_session cs ON cs.id = a.session_id
     WHERE a.session_id = ANY($1::uuid[]) AND (a.minutes > extract(epoch FROM cs.ends_at - cs.starts_at) / 60
       OR (a.status = 'ABSENT_EXCUSED' AND a.absence_reason IS NULL))`,
    [sessions],
  );
  expect(bad).toHaveLength(0);
});
