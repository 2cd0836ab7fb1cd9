import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestProgram } from '../../testing/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { blockSecondsAfter } from './sign-in-throttle.js';
import {
  newAccount,
  PASSWORD,
  signInFrom,
  testAddress,
} from '../../test-support/sign-in-client.js';
import { reserveAttempt, settleSuccess, throttleKeys } from './throttle-store.js';

const uniq = () => Math.random().toString(36).slice(2);

let server: TestServer;
let programId: string;

beforeAll(async () => {
  server = await startTestServer();
  programId = (await createTestProgram(server.database.dataSource)).id;
});
afterAll(() => server?.close());

/** How many passwords one email gets checked in `seconds` when attempts come one at a time. */
function sequentialChecksWithin(seconds: number): number {
  let checks = 0;
  for (let at = 0; at <= seconds;) at += blockSecondsAfter('email', ++checks);
  return checks;
}

interface SignInEventRow {
  outcome: string;
  note: string;
  actor_staff_id: string | null;
}

const signInEvents = (where: string, param: string) =>
  server.database.dataSource.query<SignInEventRow[]>(
    `SELECT outcome, note, actor_staff_id FROM audit_event WHERE action = 'SIGN_IN' AND ${where}
     ORDER BY id`,
    [param],
  );

const tooMany = (answer: Awaited<ReturnType<typeof signInFrom>>) =>
  answer.body.errors?.[0]?.message.startsWith('Too many attempts') ?? false;

describe('the sign-in throttle under concurrency', () => {
  it('200 parallel guesses on one email get no more password checks than one at a time would; the right password among them is refused', async () => {
    const staff = await newAccount(server, programId);
    const started = performance.now();
    // From 200 different addresses, so only the email's own rule stands between the burst and
    // the password; the right password comes 190th.
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        signInFrom(server, testAddress(), staff.email, i === 189 ? PASSWORD : `guess-${i}`),
      ),
    );
    const seconds = (performance.now() - started) / 1000;

    expect(answers.filter((a) => a.body.data?.signIn)).toEqual([]);
    expect(tooMany(answers[189]!)).toBe(true);
    const sessions = await server.database.dataSource.query<unknown[]>(
      `SELECT 1 FROM staff_session WHERE staff_id = $1`,
      [staff.id],
    );
    expect(sessions).toHaveLength(0);

    // Every attempt is audited; a checked password is a FAILED event, a refusal a DENIED one.
    const events = await signInEvents('actor_staff_id = $1', staff.id);
    expect(events).toHaveLength(200);
    const checked = events.filter((e) => e.outcome === 'FAILED').length;
    expect(checked).toBeGreaterThanOrEqual(1);
    expect(checked).toBeLessThanOrEqual(sequentialChecksWithin(seconds));
    expect(checked).toBeLessThanOrEqual(10);
    expect(events.filter((e) => e.outcome === 'DENIED')).toHaveLength(200 - checked);
    expect(answers.filter(tooMany)).toHaveLength(200 - checked);
  });

  it('a success gives the email a fresh start only if no attempt was counted after it', async () => {
    const ds = server.database.dataSource;
    const keys = throttleKeys(`late-success-${uniq()}@example.org`, testAddress());
    const success = await reserveAttempt(ds, keys);
    const guess = await reserveAttempt(ds, keys);
    if (!success.allowed || !guess.allowed) throw new Error('expected both to be checked');
    await settleSuccess(ds, keys, success.failures);
    const failuresOf = async (key: string) =>
      (
        await ds.query<{ failures: number }[]>(
          `SELECT failures FROM sign_in_throttle WHERE key = $1`,
          [key],
        )
      )[0]?.failures ?? 0;
    // The guess counted after the success stays counted; the address gives back the success.
    expect(await failuresOf(keys.email)).toBe(2);
    expect(await failuresOf(keys.address)).toBe(1);
    // The last counted attempt succeeding does start the email again.
    const last = await reserveAttempt(ds, keys);
    if (!last.allowed) throw new Error('expected a check');
    await settleSuccess(ds, keys, last.failures);
    expect(await failuresOf(keys.email)).toBe(0);
  });
});

describe('the per-address throttle and a shared clinic address (NAT)', () => {
  it('after many failures from one address, another account signs in from it with the right password; repeated guesses from it are refused', async () => {
    const clinic = testAddress();
    const sprayed = Array.from({ length: 60 }, (_, i) => `spray-${i}-${uniq()}@example.org`);
    // Password spraying from behind the clinic's address: one common password, 60 emails.
    await Promise.all(sprayed.map((email) => signInFrom(server, clinic, email, 'Winter2026!')));
    const [addressRow] = await server.database.dataSource.query<{ blocked: boolean }[]>(
      `SELECT blocked_until > now() AS blocked FROM sign_in_throttle WHERE key = $1`,
      [`address:${clinic}`],
    );
    expect(addressRow?.blocked).toBe(true);

    // The director, behind the same address, with the right password: signed in.
    const director = await newAccount(server, programId);
    const signedIn = await signInFrom(server, clinic, director.email, PASSWORD);
    expect(signedIn.body.errors).toBeUndefined();
    expect(signedIn.body.data?.signIn.staff.id).toBe(director.id);

    // A second round of the spray is refused without a check, as is a colleague's next guess.
    const colleague = await newAccount(server, programId);
    expect(tooMany(await signInFrom(server, clinic, sprayed[0]!, 'Spring2026!'))).toBe(true);
    const firstGuess = await signInFrom(server, clinic, colleague.email, 'not it');
    expect(firstGuess.body.errors?.[0]?.message).toBe('Email or password is incorrect');
    expect(tooMany(await signInFrom(server, clinic, colleague.email, PASSWORD))).toBe(true);
    // The same colleague from another address is unaffected by the clinic's address.
    const elsewhere = await signInFrom(server, testAddress(), colleague.email, PASSWORD);
    expect(elsewhere.body.data?.signIn.staff.id).toBe(colleague.id);
  });

  it('audits every attempt with its address, never the password or an email without an account', async () => {
    const address = testAddress();
    const ghost = `ghost-${uniq()}@example.org`;
    for (let i = 0; i < 6; i++) await signInFrom(server, address, ghost, 'hunter2-secret');
    const events = await signInEvents('note LIKE $1', `%from ${address}`);
    expect(events.map((e) => e.outcome)).toEqual([
      'FAILED',
      'FAILED',
      'FAILED',
      'FAILED',
      'DENIED',
      'DENIED',
    ]);
    expect(events[4]!.note).toBe(`too many attempts (slowed down by email), from ${address}`);
    for (const e of events) {
      expect(e.actor_staff_id).toBeNull();
      expect(e.note).not.toMatch(/hunter2|ghost/);
    }
  });
});
