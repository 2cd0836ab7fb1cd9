import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { throttlePolicy } from './sign-in-throttle.js';
import { createTestProgram } from '../../testing/factories.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';
import {
  newAccount,
  PASSWORD,
  signInFrom,
  testAddress,
} from '../../test-support/sign-in-client.js';
import { issuePasswordLink } from './password-link.service.js';
import { UNUSABLE_LINK } from './password-reset.service.js';
import { RESET_REQUESTED } from './password-link.resolver.js';
import { queriesSent } from '../../test-support/count-queries.js';

let server: TestServer;
let programId: string;

beforeAll(async () => {
  server = await startTestServer();
  programId = (await createTestProgram(server.database.dataSource)).id;
});
afterAll(() => server?.close());

const ds = () => server.database.dataSource;
const NEW_PASSWORD = 'lantern orchard pebble';

async function linkFor(staffId: string, purpose: 'INVITE' | 'RESET' = 'INVITE') {
  const { url } = await issuePasswordLink(ds().manager, { staffId, purpose, issuedById: null });
  return new URL(url).hash.replace(/^#token=/, '');
}

const SET = `mutation ($input: SetPasswordWithLinkInput!) { setPasswordWithLink(input: $input) { email } }`;
const setPassword = (token: string, newPassword = NEW_PASSWORD, caller?: Caller) =>
  (caller ?? server.anonymous).gql<{ setPasswordWithLink: { email: string } }>(SET, {
    input: { token, newPassword },
  });

const RESET = `mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { message } }`;
const requestReset = (email: string, address = testAddress()) =>
  server.anonymous.gql(RESET, { input: { email } }, { 'x-forwarded-for': address });

const fieldsOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  res.errors?.[0]?.extensions?.fields as { field: string; message: string }[] | undefined;

const LINK_DETAILS = `query ($token: String!) { passwordLink(token: $token) { purpose email firstName expiresAt } }`;

describe('setting a password from a link', () => {
  it('sets the password, which then signs in, and says which email to sign in with', async () => {
    const staff = await newAccount(server, programId);
    const token = await linkFor(staff.id);
    const res = await setPassword(token);
    expect(res.errors).toBeUndefined();
    expect(res.data?.setPasswordWithLink.email).toBe(staff.email);
    const signIn = await signInFrom(server, testAddress(), staff.email, NEW_PASSWORD);
    expect(signIn.body.errors).toBeUndefined();
    const old = await signInFrom(server, testAddress(), staff.email, PASSWORD);
    expect(old.body.errors?.[0]?.message).toBe('Email or password is incorrect');
  });

  it('is single use: the second use is refused with the one clear error, and changes nothing', async () => {
    const staff = await newAccount(server, programId);
    const token = await linkFor(staff.id);
    expect((await setPassword(token)).errors).toBeUndefined();
    const again = await setPassword(token, 'another fine passphrase');
    expect(again.errors?.[0]?.message).toBe(UNUSABLE_LINK);
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(again)).toEqual([{ field: 'token', message: UNUSABLE_LINK }]);
    const signIn = await signInFrom(server, testAddress(), staff.email, NEW_PASSWORD);
    expect(signIn.body.errors).toBeUndefined();
  });

  it('an expired, replaced or unknown link gets the same error', async () => {
    const staff = await newAccount(server, programId);
    const expired = await linkFor(staff.id);
    await ds().query(
      `UPDATE password_link SET expires_at = now() - interval '1 minute'
       WHERE staff_id = $1 AND used_at IS NULL AND revoked_at IS NULL`,
      [staff.id],
    );
    const replaced = await linkFor(staff.id);
    await linkFor(staff.id); // replaces `replaced`
    for (const token of [expired, replaced, 'no-such-token']) {
      const res = await setPassword(token);
      expect(res.errors?.[0]?.message).toBe(UNUSABLE_LINK);
      expect(await server.anonymous.gql(LINK_DETAILS, { token })).toMatchObject({
        data: { passwordLink: null },
      });
    }
  });

  it('a refused password names newPassword and leaves the link usable', async () => {
    const staff = await newAccount(server, programId);
    const token = await linkFor(staff.id);
    const res = await setPassword(token, `${staff.lastName} is here`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)?.map((f) => f.field)).toEqual(['newPassword']);
    const short = await setPassword(token, 'x7#kq9!vTz');
    expect(fieldsOf(short)).toEqual([
      { field: 'newPassword', message: 'Use at least 12 characters' },
    ]);
    expect((await setPassword(token)).errors).toBeUndefined();
  });

  it('the link tells its holder whose it is, until it is used', async () => {
    const staff = await newAccount(server, programId);
    const token = await linkFor(staff.id, 'RESET');
    const before = await server.anonymous.gql<{ passwordLink: Record<string, unknown> }>(
      LINK_DETAILS,
      { token },
    );
    expect(before.data?.passwordLink).toMatchObject({
      purpose: 'RESET',
      email: staff.email,
      firstName: staff.firstName,
    });
    await setPassword(token);
    const after = await server.anonymous.gql(LINK_DETAILS, { token });
    expect(after.data).toEqual({ passwordLink: null });
  });

  it('ends every session the person had, and is audited', async () => {
    const staff = await newAccount(server, programId);
    const sessions = [await server.as(staff), await server.as(staff)];
    const token = await linkFor(staff.id, 'RESET');
    const res = await setPassword(token);
    for (const caller of sessions) {
      expect((await caller.gql('{ me { sessionExpiresAt } }')).data).toEqual({ me: null });
    }
    const [event] = await ds().query<{ outcome: string; note: string; actor: string }[]>(
      `SELECT outcome, note, actor_staff_id AS actor FROM audit_event
       WHERE request_id = $1 AND record_type = 'StaffPassword'`,
      [res.requestId],
    );
    expect(event).toEqual({
      outcome: 'SUCCESS',
      note: 'password reset from a reset link; 2 session(s) ended',
      actor: staff.id,
    });
  });
});

describe('forgot password', () => {
  it('answers exactly the same for a known and an unknown email; only the known one gets a link', async () => {
    const staff = await newAccount(server, programId);
    const known = await requestReset(staff.email.toUpperCase());
    const unknown = await requestReset(`nobody-${staff.id}@example.org`);
    expect(known.errors).toBeUndefined();
    expect(known.data).toEqual({ requestPasswordReset: { message: RESET_REQUESTED } });
    expect(unknown.data).toEqual(known.data);
    expect(unknown.status).toBe(known.status);
    const links = await ds().query<{ purpose: string }[]>(
      'SELECT purpose FROM password_link WHERE staff_id = $1',
      [staff.id],
    );
    expect(links).toEqual([{ purpose: 'RESET' }]);
    const audited = await ds().query<{ record_id: string | null; outcome: string }[]>(
      `SELECT record_id, outcome FROM audit_event WHERE request_id = ANY($1) ORDER BY id`,
      [[known.requestId, unknown.requestId]],
    );
    expect(audited).toEqual([
      { record_id: staff.id, outcome: 'SUCCESS' },
      { record_id: null, outcome: 'FAILED' },
    ]);
  });

  // Not timed (a loaded machine makes timings noise): what would make the answers' times differ —
  // other statements, or a password hash on one side only — is compared instead.
  it('runs the same statements for an unknown email as for a known one', async () => {
    const staff = await newAccount(server, programId);
    const sent = (email: string) => queriesSent(ds(), () => requestReset(email));
    const known = await sent(staff.email);
    const unknown = await sent(`nobody-${staff.id}@example.org`);
    expect(known.length).toBeGreaterThan(0);
    expect(unknown).toEqual(known);
  });

  it('is throttled per email like sign-in, on its own counters (sign-in still works)', async () => {
    const staff = await newAccount(server, programId);
    const answers = [];
    for (let i = 0; i <= throttlePolicy.email.freeFailures + 1; i++) {
      answers.push(await requestReset(staff.email));
    }
    const refused = answers.at(-1)!;
    expect(answers.slice(0, -1).every((a) => !a.errors)).toBe(true);
    expect(refused.errors?.[0]?.message).toMatch(
      /^Too many requests\. Try again in \d+ seconds\.$/,
    );
    expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(fieldsOf(refused)?.[0]?.field).toBe('email');
    const signIn = await signInFrom(server, testAddress(), staff.email, PASSWORD);
    expect(signIn.body.errors).toBeUndefined();
  });
});
