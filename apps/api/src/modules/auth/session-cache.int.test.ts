import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createTestProgram, createTestStaff } from '../../testing/factories.js';
import { queriesSent } from '../../test-support/count-queries.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';

/**
 * Two API processes on one database, as behind a load balancer: each keeps the sessions it has
 * looked up, and hears every change to sign-ins however it was made.
 */
let one: TestServer;
let two: TestServer;
let ds: DataSource;
let programId: string;

beforeAll(async () => {
  [one, two] = await Promise.all([startTestServer(), startTestServer()]);
  ds = one.database.dataSource;
  programId = (await createTestProgram(ds)).id;
});
afterAll(() => Promise.all([one?.close(), two?.close()]));

const PROGRAMS = `{ programs { id } }`;
const ok = async (caller: Caller) => (await caller.gql(PROGRAMS)).errors?.[0]?.extensions?.code;
const sessionLookups = async (server: TestServer, caller: Caller) =>
  (await queriesSent(server.database.dataSource, () => caller.gql(PROGRAMS))).filter((q) =>
    q.includes('FROM staff_session'),
  ).length;
const clinician = () => createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]);
describe('sessions are looked up once, then known until something changes', () => {
  it('a session used again sends no statement to learn who is asking', async () => {
    const caller = await one.as(await clinician());
    expect(await sessionLookups(one, caller)).toBe(1);
    expect(await sessionLookups(one, caller)).toBe(0);
    expect(await sessionLookups(one, caller)).toBe(0);
  });

  it('signing out on one process is refused by the other as soon as it hears of it', async () => {
    const staff = await clinician();
    const onOne = await one.as(staff);
    const onTwo = two.withCookie(onOne.cookie);
    expect(await ok(onTwo)).toBeUndefined();
    expect(await sessionLookups(two, onTwo)).toBe(0);
    const out = await onOne.gql(`mutation { signOut { __typename } }`);
    expect(out.errors).toBeUndefined();
    expect(await ok(onOne)).toBe('UNAUTHENTICATED');
    await two.sessionChangesHeard();
    expect(await ok(onTwo)).toBe('UNAUTHENTICATED');
  });

  it('a role taken away by hand in SQL is gone from every process', async () => {
    const staff = await createTestStaff(ds, [
      { programId, role: 'CLINICIAN' },
      { programId, role: 'DIRECTOR' },
    ]);
    const [a, b] = [await one.as(staff), await two.as(staff)];
    const roles = async (c: Caller) =>
      (
        await c.gql<{ me: { programRoles: { role: string }[] } }>(
          `{ me { programRoles { role } } }`,
        )
      )
        .data!.me.programRoles.map((r) => r.role)
        .sort();
    expect(await roles(a)).toEqual(['CLINICIAN', 'DIRECTOR']);
    expect(await roles(b)).toEqual(['CLINICIAN', 'DIRECTOR']);
    await ds.query(`DELETE FROM staff_program_role WHERE staff_id = $1 AND role = 'DIRECTOR'`, [
      staff.id,
    ]);
    await Promise.all([one.sessionChangesHeard(), two.sessionChangesHeard()]);
    expect(await roles(a)).toEqual(['CLINICIAN']);
    expect(await roles(b)).toEqual(['CLINICIAN']);
  });

  it('while its listener is cut off a process looks every session up, and caches again once it listens', async () => {
    const caller = await one.as(await clinician());
    await ok(caller);
    expect(await sessionLookups(one, caller)).toBe(0);
    await ds.query(
      // This database's listeners only: another Waypoint on the same server is not the test's.
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'waypoint-api-sessions' AND datname = current_database()`,
    );
    // Every process's listener is gone until it reconnects (a second or so); other processes on
    // this database only look sessions up meanwhile.
    await expect.poll(() => sessionLookups(one, caller)).toBe(1);
    await expect.poll(() => sessionLookups(one, caller), { timeout: 5_000 }).toBe(0);
  });
});
