import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BACKGROUND_REQUEST_HEADER } from '@waypoint/domain';
import { createTestProgram } from '../../testing/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import {
  newAccount as newAccountIn,
  errorCodeOf,
  PASSWORD,
  signInFrom,
  testAddress,
} from '../../test-support/sign-in-client.js';

let server: TestServer;
let programId: string;

// Each test signs in from its own address, so the per-address throttle of one test (or run)
// never blocks another.
let address = '';
beforeEach(() => {
  address = testAddress();
});

const signIn = (email: string, password: string) => signInFrom(server, address, email, password);
const newAccount = () => newAccountIn(server, programId);

beforeAll(async () => {
  server = await startTestServer();
  programId = (await createTestProgram(server.database.dataSource)).id;
});
afterAll(() => server?.close());

describe('signing in', () => {
  it('a right password starts a session in an httpOnly, SameSite cookie; me answers', async () => {
    const staff = await newAccount();
    const { body, setCookie } = await signIn(staff.email.toUpperCase(), PASSWORD);
    expect(body.errors).toBeUndefined();
    expect(body.data?.signIn.staff.id).toBe(staff.id);
    expect(setCookie).toMatch(
      /^waypoint_session=[\w-]{43}; Path=\/; Expires=.+; HttpOnly; Secure; SameSite=Lax$/,
    );
    const me = await server
      .withCookie(setCookie!.split(';')[0])
      .gql<{ me: { staff: { id: string } } }>(`{ me { staff { id } } }`);
    expect(me.data!.me.staff.id).toBe(staff.id);
    const events = await server.database.dataSource.query<{ operation: string }[]>(
      `SELECT operation FROM audit_event WHERE actor_staff_id = $1 AND action = 'SIGN_IN'`,
      [staff.id],
    );
    expect(events).toEqual([{ operation: 'signIn' }]);
  });

  it('a wrong password and an unknown email get the same answer', async () => {
    const staff = await newAccount();
    const wrong = await signIn(staff.email, 'not the password');
    const unknown = await signIn(`nobody-${Date.now()}@example.org`, PASSWORD);
    expect(wrong.body.errors![0]!.message).toBe(unknown.body.errors![0]!.message);
    expect(wrong.body.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect(unknown.body.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect(wrong.setCookie).toBeNull();
  });

  it('repeated failures slow sign-in down, even with the right password, and unknown emails alike', async () => {
    const staff = await newAccount();
    const ghost = `ghost-${Date.now()}@example.org`;
    for (let i = 0; i < 4; i++) {
      await signIn(staff.email, 'wrong');
      await signIn(ghost, 'wrong');
    }
    const blocked = await signIn(staff.email, PASSWORD);
    expect(blocked.body.errors![0]!.message).toMatch(/Too many attempts/);
    expect(blocked.body.errors![0]!.extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect((await signIn(ghost, PASSWORD)).body.errors![0]!.message).toMatch(/Too many attempts/);
  });

  it('the tenth failure locks the account for 15 minutes', async () => {
    const staff = await newAccount();
    const key = `email:${staff.email}`;
    // nine failures already recorded, no wait pending
    await server.database.dataSource.query(
      `INSERT INTO sign_in_throttle (key, failures, last_failure_at) VALUES ($1, 9, now())`,
      [key],
    );
    await signIn(staff.email, 'wrong');
    const locked = await signIn(staff.email, PASSWORD);
    expect(locked.body.errors![0]!.extensions.retryAfterSeconds).toBeGreaterThan(14 * 60);
  });

  it('an inactive account answers like an unknown email; the attempt is audited under its name', async () => {
    const staff = await newAccount();
    const ds = server.database.dataSource;
    await ds.query(`UPDATE staff SET active = false WHERE id = $1`, [staff.id]);
    const { body } = await signIn(staff.email, PASSWORD);
    expect(body.errors![0]!.message).toBe('Email or password is incorrect');
    const events = await ds.query<{ outcome: string; note: string }[]>(
      `SELECT outcome, note FROM audit_event WHERE actor_staff_id = $1 AND action = 'SIGN_IN'`,
      [staff.id],
    );
    expect(events).toEqual([{ outcome: 'FAILED', note: `inactive account, from ${address}` }]);
  });

  it('bad input is refused naming the field', async () => {
    const { body } = await signIn('not-an-email', '');
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(
      (body.errors![0]!.extensions.fields as { field: string }[]).map((f) => f.field).sort(),
    ).toEqual(['email', 'password']);
  });
});

describe('sessions', () => {
  const clients = `{ clients(first: 1) { totalCount } }`;

  it('without a session every client query is UNAUTHENTICATED', async () => {
    const res = await server.anonymous.gql(clients);
    expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(res.data).toBeNull();
  });

  it('signing out revokes the session for every copy of the cookie', async () => {
    const caller = await server.as(await newAccount());
    expect((await caller.gql(clients)).errors).toBeUndefined();
    await caller.gql(`mutation { signOut { signedOut } }`);
    expect((await caller.gql(clients)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('a session idle longer than the timeout has ended (automatic logoff)', async () => {
    const staff = await newAccount();
    const caller = await server.as(staff);
    await server.database.dataSource.query(
      `UPDATE staff_session SET last_seen_at = now() - interval '16 minutes' WHERE staff_id = $1`,
      [staff.id],
    );
    await server.sessionChangesHeard();
    expect((await caller.gql(clients)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('activity keeps a session alive, but not past its absolute lifetime', async () => {
    const staff = await newAccount();
    const caller = await server.as(staff);
    await server.database.dataSource.query(
      `UPDATE staff_session SET last_seen_at = now() - interval '14 minutes' WHERE staff_id = $1`,
      [staff.id],
    );
    expect((await caller.gql(clients)).errors).toBeUndefined();
    await server.database.dataSource.query(
      `UPDATE staff_session SET expires_at = now() WHERE staff_id = $1`,
      [staff.id],
    );
    await server.sessionChangesHeard();
    expect((await caller.gql(clients)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  describe('background requests (the dashboard refreshing itself)', () => {
    const background = { [BACKGROUND_REQUEST_HEADER]: '1' };
    const lastSeenAgo = async (staffId: string) => {
      const [row] = await server.database.dataSource.query<{ seconds: number }[]>(
        `SELECT extract(epoch FROM now() - last_seen_at)::float AS seconds
         FROM staff_session WHERE staff_id = $1`,
        [staffId],
      );
      return row!.seconds;
    };
    const idleFor = async (staffId: string, interval: string) => {
      await server.database.dataSource.query(
        `UPDATE staff_session SET last_seen_at = now() - $2::interval WHERE staff_id = $1`,
        [staffId, interval],
      );
      await server.sessionChangesHeard();
    };

    it('do not restart the idle time, while a request of the user does', async () => {
      const staff = await newAccount();
      const { cookie } = await server.as(staff);
      await idleFor(staff.id, '10 minutes');
      expect(await errorCodeOf(server, cookie!, clients, background)).toBeUndefined();
      expect(await lastSeenAgo(staff.id)).toBeGreaterThan(599);
      expect(await errorCodeOf(server, cookie!, clients)).toBeUndefined();
      expect(await lastSeenAgo(staff.id)).toBeLessThan(5);
    });

    it('are refused once the idle time has run out, however many came before', async () => {
      const staff = await newAccount();
      const { cookie } = await server.as(staff);
      await idleFor(staff.id, '14 minutes 50 seconds');
      for (let i = 0; i < 3; i++) {
        expect(await errorCodeOf(server, cookie!, clients, background)).toBeUndefined();
      }
      await idleFor(staff.id, '16 minutes');
      expect(await errorCodeOf(server, cookie!, clients, background)).toBe('UNAUTHENTICATED');
    });
  });

  it('a request soon after the last recorded activity does not write the session again', async () => {
    const staff = await newAccount();
    const { cookie } = await server.as(staff);
    const ds = server.database.dataSource;
    await ds.query(
      `UPDATE staff_session SET last_seen_at = now() - interval '10 seconds' WHERE staff_id = $1`,
      [staff.id],
    );
    const [before] = await ds.query<{ at: string; xmin: string }[]>(
      `SELECT last_seen_at::text AS at, xmin::text FROM staff_session WHERE staff_id = $1`,
      [staff.id],
    );
    expect(await errorCodeOf(server, cookie!, clients)).toBeUndefined();
    const [after] = await ds.query<{ at: string; xmin: string }[]>(
      `SELECT last_seen_at::text AS at, xmin::text FROM staff_session WHERE staff_id = $1`,
      [staff.id],
    );
    expect(after).toEqual(before);
  });

  it('a deactivated account loses its sessions at once', async () => {
    const staff = await newAccount();
    const caller = await server.as(staff);
    await server.database.dataSource.query(`UPDATE staff SET active = false WHERE id = $1`, [
      staff.id,
    ]);
    await server.sessionChangesHeard();
    expect((await caller.gql(clients)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});
