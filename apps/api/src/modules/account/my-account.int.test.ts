import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestProgram } from '../../testing/factories.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';
import {
  newAccount,
  PASSWORD,
  signInFrom,
  testAddress,
} from '../../test-support/sign-in-client.js';
import { SESSION_COOKIE } from '../auth/session-cookie.js';
import { createSession } from '../auth/session.service.js';

let server: TestServer;
let programId: string;

beforeAll(async () => {
  server = await startTestServer();
  programId = (await createTestProgram(server.database.dataSource)).id;
});
afterAll(() => server?.close());

const ds = () => server.database.dataSource;
const NEW_PASSWORD = 'lantern orchard pebble';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';

/** A session as a browser would have it after signing in with this User-Agent. */
async function browser(staff: { id: string }, userAgent: string | null = null): Promise<Caller> {
  const { token } = await createSession(ds(), staff.id, 12, userAgent);
  return server.withCookie(`${SESSION_COOKIE}=${token}`);
}

const signedIn = async (caller: Caller) =>
  (await caller.gql<{ me: unknown }>('{ me { sessionExpiresAt } }')).data?.me !== null;

const CHANGE = `mutation ($input: ChangeMyPasswordInput!) { changeMyPassword(input: $input) { sessionsEnded } }`;
const change = (caller: Caller, currentPassword: string, newPassword: string) =>
  caller.gql<{ changeMyPassword: { sessionsEnded: number } }>(
    CHANGE,
    { input: { currentPassword, newPassword } },
    { 'x-forwarded-for': testAddress() },
  );

const SESSIONS = `{ mySessions { id createdAt lastSeenAt expiresAt userAgent current } }`;
type SessionRow = { id: string; userAgent: string | null; current: boolean };
const sessionsOf = async (caller: Caller) =>
  (await caller.gql<{ mySessions: SessionRow[] }>(SESSIONS)).data!.mySessions;

const SIGN_OUT_ONE = `mutation ($input: SignOutSessionInput!) { signOutSession(input: $input) { sessionId } }`;
const SIGN_OUT_ALL = `mutation ($input: SignOutEverywhereInput!) { signOutEverywhere(input: $input) { sessionsEnded } }`;

const fieldsOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  res.errors?.[0]?.extensions?.fields as { field: string; message: string }[] | undefined;

describe('changing my own password', () => {
  it('needs the current password: a wrong one is refused on currentPassword and audited', async () => {
    const staff = await newAccount(server, programId);
    const me = await browser(staff);
    const res = await change(me, 'not my password', NEW_PASSWORD);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual([
      { field: 'currentPassword', message: 'This is not your current password' },
    ]);
    const [event] = await ds().query<{ outcome: string; record_type: string }[]>(
      'SELECT outcome, record_type FROM audit_event WHERE request_id = $1',
      [res.requestId],
    );
    expect(event).toEqual({ outcome: 'FAILED', record_type: 'StaffPassword' });
    expect(await signedIn(me)).toBe(true);
  });

  it('wrong current passwords count against the sign-in throttle', async () => {
    const staff = await newAccount(server, programId);
    const me = await browser(staff);
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await change(me, `wrong guess ${i}`, NEW_PASSWORD));
    const last = answers.at(-1)!;
    expect(last.errors?.[0]?.message).toMatch(/^Too many attempts/);
    expect(fieldsOf(last)?.[0]?.field).toBe('currentPassword');
    expect(await signedIn(me)).toBe(true);
  });

  it('enforces the password policy with errors named newPassword, and changes nothing then', async () => {
    const staff = await newAccount(server, programId);
    const me = await browser(staff);
    const res = await change(me, PASSWORD, 'password1234');
    expect(fieldsOf(res)?.map((f) => f.field)).toEqual(['newPassword']);
    const signIn = await signInFrom(server, testAddress(), staff.email, PASSWORD);
    expect(signIn.body.errors).toBeUndefined();
  });

  it('sets the new password and ends my other sessions, not this one', async () => {
    const staff = await newAccount(server, programId);
    const me = await browser(staff);
    const elsewhere = [await browser(staff), await browser(staff)];
    const res = await change(me, PASSWORD, NEW_PASSWORD);
    expect(res.data).toEqual({ changeMyPassword: { sessionsEnded: 2 } });
    expect(await signedIn(me)).toBe(true);
    for (const other of elsewhere) expect(await signedIn(other)).toBe(false);
    const signIn = await signInFrom(server, testAddress(), staff.email, NEW_PASSWORD);
    expect(signIn.body.errors).toBeUndefined();
    const [event] = await ds().query<{ outcome: string; note: string }[]>(
      `SELECT outcome, note FROM audit_event WHERE request_id = $1`,
      [res.requestId],
    );
    expect(event).toEqual({
      outcome: 'SUCCESS',
      note: 'password changed; 2 other session(s) ended',
    });
  });
});

describe('my sessions', () => {
  it('lists my valid sessions with their browser, marking this one; nobody else’s', async () => {
    const staff = await newAccount(server, programId);
    const colleague = await newAccount(server, programId);
    const me = await browser(staff, FIREFOX);
    const phone = await browser(staff, 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)');
    await browser(colleague);
    const ended = await browser(staff);
    await ended.gql('mutation { signOut { signedOut } }');
    const sessions = await sessionsOf(me);
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current).map((s) => s.userAgent)).toEqual([FIREFOX]);
    expect(await signedIn(phone)).toBe(true);
  });

  it('leaves out sessions idle past the timeout', async () => {
    const staff = await newAccount(server, programId);
    const me = await browser(staff);
    await browser(staff);
    await ds().query(
      `UPDATE staff_session SET last_seen_at = now() - interval '1 day'
       WHERE staff_id = $1 AND id <> (SELECT id FROM staff_session WHERE staff_id = $1
         ORDER BY created_at LIMIT 1)`,
      [staff.id],
    );
    expect(await sessionsOf(me)).toHaveLength(1);
  });

  it('signs out one of my sessions; another person’s session is NOT_FOUND and stays', async () => {
    const staff = await newAccount(server, programId);
    const colleague = await newAccount(server, programId);
    const me = await browser(staff);
    const laptop = await browser(staff);
    const theirs = await browser(colleague);
    const [theirSession] = await sessionsOf(theirs);
    const refused = await me.gql(SIGN_OUT_ONE, { input: { sessionId: theirSession!.id } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await signedIn(theirs)).toBe(true);
    const laptopSession = (await sessionsOf(me)).find((s) => !s.current)!;
    const res = await me.gql(SIGN_OUT_ONE, { input: { sessionId: laptopSession.id } });
    expect(res.errors).toBeUndefined();
    expect(await signedIn(laptop)).toBe(false);
    expect(await signedIn(me)).toBe(true);
  });

  it('signs out everywhere else, keeping this session', async () => {
    const staff = await newAccount(server, programId);
    const me = await browser(staff);
    const others = [await browser(staff), await browser(staff)];
    const res = await me.gql(SIGN_OUT_ALL, { input: { includingThisSession: false } });
    expect(res.data).toEqual({ signOutEverywhere: { sessionsEnded: 2 } });
    expect(await signedIn(me)).toBe(true);
    for (const other of others) expect(await signedIn(other)).toBe(false);
  });

  it('signs out everywhere including here, clearing this browser’s cookie; audited', async () => {
    const staff = await newAccount(server, programId);
    const me = await browser(staff);
    const other = await browser(staff);
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: me.cookie! },
      body: JSON.stringify({
        query: SIGN_OUT_ALL,
        variables: { input: { includingThisSession: true } },
      }),
    });
    expect(((await res.json()) as { data: unknown }).data).toEqual({
      signOutEverywhere: { sessionsEnded: 2 },
    });
    expect(res.headers.get('set-cookie')).toMatch(new RegExp(`^${SESSION_COOKIE}=;`));
    expect(await signedIn(me)).toBe(false);
    expect(await signedIn(other)).toBe(false);
    const [event] = await ds().query<{ action: string; note: string }[]>(
      `SELECT action, note FROM audit_event WHERE request_id = $1`,
      [res.headers.get('x-request-id')],
    );
    expect(event).toEqual({
      action: 'SIGN_OUT',
      note: 'signed out everywhere; 2 session(s) ended',
    });
  });

  it('every my-account operation needs a session', async () => {
    const anyId = '00000000-0000-4000-8000-000000000000';
    const answers = await Promise.all([
      server.anonymous.gql(SESSIONS),
      server.anonymous.gql(CHANGE, { input: { currentPassword: 'x', newPassword: 'y' } }),
      server.anonymous.gql(SIGN_OUT_ONE, { input: { sessionId: anyId } }),
      server.anonymous.gql(SIGN_OUT_ALL, { input: { includingThisSession: true } }),
    ]);
    for (const res of answers) expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
