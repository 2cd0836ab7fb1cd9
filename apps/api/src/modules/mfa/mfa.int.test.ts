import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaffRole } from '@waypoint/domain';
import { createTestProgram, createTestStaff } from '../../testing/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { PASSWORD, testAddress } from '../../test-support/sign-in-client.js';
import { blockSecondsAfter } from '../auth/sign-in-throttle.js';
import { hashPassword } from '../auth/password.js';
import { loadConfig } from '../../config/config.js';
import { isMfaRequired } from './mfa.service.js';
import { totpCode } from './totp.js';

let server: TestServer;
let programId: string;

beforeAll(async () => {
  server = await startTestServer({ MFA_SECRET_KEY: randomBytes(32).toString('base64') });
  programId = (await createTestProgram(server.database.dataSource)).id;
});
afterAll(() => server?.close());

const db = () => server.database.dataSource;

interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions: { code?: string; fields?: unknown } }[];
}

/** A browser: keeps the cookies the API sets, and comes from an address of its own. */
function browser(address = testAddress()) {
  const jar = new Map<string, string>();
  return {
    jar,
    async gql<T = Record<string, unknown>>(query: string, variables?: object): Promise<Answer<T>> {
      const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': address,
          ...(cookie ? { cookie } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      for (const set of res.headers.getSetCookie()) {
        const [pair] = set.split(';');
        const [name, value] = pair!.split('=') as [string, string];
        if (value) jar.set(name, value);
        else jar.delete(name);
      }
      return (await res.json()) as Answer<T>;
    },
  };
}
type Browser = ReturnType<typeof browser>;

const code = (a: Answer<unknown>) => a.errors?.[0]?.extensions.code;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { staff { id } } }`;
const COMPLETE = `mutation ($code: String!) { completeSignIn(input: { code: $code }) { staff { id } } }`;
const ME = `{ me { staff { id } mfa { enabled required recoveryCodesLeft } } }`;
const START = `mutation { startMfaEnrolment { secret otpauthUri qrCodeDataUrl } }`;
const CONFIRM = `mutation ($code: String!) { confirmMfaEnrolment(input: { code: $code }) { recoveryCodes viewer { staff { id } } } }`;

async function account(role: StaffRole = 'CLINICIAN', program = programId) {
  const staff = await createTestStaff(db(), [{ programId: program, role }]);
  await db().query('UPDATE staff SET password_hash = $1 WHERE id = $2', [
    await hashPassword(PASSWORD),
    staff.id,
  ]);
  return staff;
}

const signIn = (b: Browser, email: string) =>
  b.gql(SIGN_IN, { input: { email, password: PASSWORD } });

/**
 * Codes are accepted for the current 30-second step and its neighbours. A test that uses the
 * steps before and after now starts early in a step, so the server's clock stays in reach.
 */
async function earlyInAStep() {
  const into = Date.now() % 30_000;
  if (into > 5_000) await new Promise((r) => setTimeout(r, 30_000 - into + 200));
}
const codeAt = (secret: string, steps: number) => totpCode(secret, Date.now() + steps * 30_000);

/**
 * Signs in (no MFA yet) and sets up an authenticator with the code of now's step, or of the step
 * before (`steps: -1`, after `earlyInAStep`), which leaves now's code unused.
 */
async function enrolled(role: StaffRole = 'CLINICIAN', steps = 0) {
  const staff = await account(role);
  const b = browser();
  await signIn(b, staff.email);
  const started = await b.gql<{ startMfaEnrolment: { secret: string } }>(START);
  const secret = started.data!.startMfaEnrolment.secret;
  const confirmed = await b.gql<{ confirmMfaEnrolment: { recoveryCodes: string[] } }>(CONFIRM, {
    code: codeAt(secret, steps),
  });
  return { staff, b, secret, recoveryCodes: confirmed.data!.confirmMfaEnrolment.recoveryCodes };
}

describe('setting up an authenticator', () => {
  it('shows the secret, its URI and a QR code; a code from the app turns MFA on with ten recovery codes, stored hashed and the secret sealed', async () => {
    const staff = await account();
    const b = browser();
    expect(code(await signIn(b, staff.email))).toBeUndefined();
    const started = await b.gql<{
      startMfaEnrolment: { secret: string; otpauthUri: string; qrCodeDataUrl: string };
    }>(START);
    const { secret, otpauthUri, qrCodeDataUrl } = started.data!.startMfaEnrolment;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect(qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    expect((await b.gql<{ me: { mfa: object } }>(ME)).data!.me.mfa).toEqual({
      enabled: false,
      required: false,
      recoveryCodesLeft: 0,
    });

    const wrong = await b.gql(CONFIRM, {
      code: '000000' === totpCode(secret) ? '111111' : '000000',
    });
    expect(code(wrong)).toBe('BAD_USER_INPUT');
    const confirmed = await b.gql<{ confirmMfaEnrolment: { recoveryCodes: string[] } }>(CONFIRM, {
      code: totpCode(secret),
    });
    const codes = confirmed.data!.confirmMfaEnrolment.recoveryCodes;
    expect(codes).toHaveLength(10);
    expect((await b.gql<{ me: { mfa: object } }>(ME)).data!.me.mfa).toEqual({
      enabled: true,
      required: false,
      recoveryCodesLeft: 10,
    });

    const [stored] = await db().query<{ secret: string }[]>(
      'SELECT secret FROM staff_mfa WHERE staff_id = $1',
      [staff.id],
    );
    expect(stored!.secret).not.toContain(secret);
    const hashes = await db().query<{ code_hash: Buffer }[]>(
      'SELECT code_hash FROM mfa_recovery_code WHERE staff_id = $1',
      [staff.id],
    );
    expect(hashes).toHaveLength(10);
    for (const c of codes) {
      expect(hashes.some((h) => h.code_hash.toString('utf8').includes(c))).toBe(false);
    }
    // Once on, the secret is never shown again: starting over is refused.
    expect(code(await b.gql(START))).toBe('INVALID_TRANSITION');
    const audit = await db().query<{ note: string }[]>(
      `SELECT note FROM audit_event WHERE record_type = 'StaffMfa' AND record_id = $1`,
      [staff.id],
    );
    expect(audit.map((a) => a.note)).toEqual(['MFA turned on']);
  });
});

describe('signing in with MFA on', () => {
  it('the password alone starts no session: a code completes the sign-in; the same code is refused a second time', async () => {
    await earlyInAStep();
    const { staff, secret } = await enrolled('CLINICIAN', -1);
    const b = browser();
    const first = await signIn(b, staff.email);
    expect(code(first)).toBe('MFA_CODE_REQUIRED');
    expect(b.jar.has('waypoint_session')).toBe(false);
    expect(b.jar.has('waypoint_sign_in')).toBe(true);
    expect((await b.gql<{ me: unknown }>(ME)).data!.me).toBeNull();

    expect(code(await b.gql(COMPLETE, { code: '12345' }))).toBe('BAD_USER_INPUT');
    const now = codeAt(secret, 0);
    const done = await b.gql<{ completeSignIn: { staff: { id: string } } }>(COMPLETE, {
      code: now,
    });
    expect(done.data!.completeSignIn.staff.id).toBe(staff.id);
    expect(b.jar.has('waypoint_session')).toBe(true);
    expect(b.jar.has('waypoint_sign_in')).toBe(false);
    expect((await b.gql<{ me: { staff: { id: string } } }>(ME)).data!.me.staff.id).toBe(staff.id);

    // Seen over a shoulder: the same code, in its own window, on a new sign-in.
    const other = browser();
    expect(code(await signIn(other, staff.email))).toBe('MFA_CODE_REQUIRED');
    expect(code(await other.gql(COMPLETE, { code: now }))).toBe('BAD_USER_INPUT');
    // The code of an earlier step than the last one used is refused too; the next step's works.
    expect(code(await other.gql(COMPLETE, { code: codeAt(secret, -1) }))).toBe('BAD_USER_INPUT');
    expect(code(await other.gql(COMPLETE, { code: codeAt(secret, 1) }))).toBeUndefined();

    const notes = await db().query<{ note: string }[]>(
      `SELECT note FROM audit_event WHERE action = 'SIGN_IN' AND record_id = $1 ORDER BY id`,
      [staff.id],
    );
    expect(notes.map((n) => n.note.replace(/, from .*/, ''))).toEqual([
      'signed in',
      'password accepted, code required',
      'wrong code',
      'signed in with an authenticator code',
      'password accepted, code required',
      'wrong code',
      'wrong code',
      'signed in with an authenticator code',
    ]);
  });

  it('a recovery code (typed in any case, with its dash) signs in once, and only once', async () => {
    const { staff, recoveryCodes } = await enrolled();
    const typed = `${recoveryCodes[3]!.slice(0, 5)}-${recoveryCodes[3]!.slice(5)}`.toUpperCase();
    const b = browser();
    await signIn(b, staff.email);
    expect(code(await b.gql(COMPLETE, { code: typed }))).toBeUndefined();
    expect((await b.gql<{ me: { mfa: { recoveryCodesLeft: number } } }>(ME)).data!.me.mfa).toEqual({
      enabled: true,
      required: false,
      recoveryCodesLeft: 9,
    });
    const again = browser();
    await signIn(again, staff.email);
    expect(code(await again.gql(COMPLETE, { code: typed }))).toBe('BAD_USER_INPUT');
    expect(again.jar.has('waypoint_session')).toBe(false);
  });

  it('a code with no password step before it (or after it timed out) starts nothing', async () => {
    const { staff, secret } = await enrolled();
    const b = browser();
    expect(code(await b.gql(COMPLETE, { code: totpCode(secret) }))).toBe('UNAUTHENTICATED');
    await signIn(b, staff.email);
    await db().query(
      `UPDATE sign_in_challenge SET expires_at = now() - interval '1 second' WHERE staff_id = $1`,
      [staff.id],
    );
    expect(code(await b.gql(COMPLETE, { code: totpCode(secret) }))).toBe('UNAUTHENTICATED');
    expect(b.jar.has('waypoint_session')).toBe(false);
  });
});

describe('wrong codes are throttled like passwords', () => {
  /** How many codes one account gets checked in `seconds` when they come one at a time. */
  function sequentialChecksWithin(seconds: number): number {
    let checks = 0;
    for (let at = 0; at <= seconds;) at += blockSecondsAfter('email', ++checks);
    return checks;
  }

  it('one at a time: three free, then "too many attempts" with a wait, even for the right code', async () => {
    const { staff, secret } = await enrolled();
    const b = browser();
    await signIn(b, staff.email);
    for (let i = 0; i < 4; i++) {
      expect(code(await b.gql(COMPLETE, { code: '000001' }))).toBe('BAD_USER_INPUT');
    }
    const blocked = await b.gql(COMPLETE, { code: totpCode(secret) });
    expect(blocked.errors![0]!.message).toMatch(/^Too many attempts. Try again in \d+ seconds.$/);
    expect(b.jar.has('waypoint_session')).toBe(false);
  });

  it('a burst of 30 parallel wrong codes gets no more checks than one at a time would', async () => {
    const { staff } = await enrolled();
    const b = browser();
    await signIn(b, staff.email);
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => b.gql(COMPLETE, { code: String(100000 + i) })),
    );
    const seconds = (performance.now() - started) / 1000;
    const checked = answers.filter((a) => code(a) === 'BAD_USER_INPUT').length;
    const throttled = answers.filter((a) => a.errors?.[0]?.message.startsWith('Too many')).length;
    expect(checked + throttled).toBe(30);
    expect(checked).toBeLessThanOrEqual(sequentialChecksWithin(Math.ceil(seconds)));
    const [failures] = await db().query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event
       WHERE action = 'SIGN_IN' AND record_id = $1 AND note LIKE 'wrong code%'`,
      [staff.id],
    );
    expect(failures!.n).toBe(checked);
  });
});

describe('where MFA is required', () => {
  it('a program’s director requires it; its clinician must set up an authenticator before any session, then cannot turn it off', async () => {
    const program = await createTestProgram(db());
    const director = await account('DIRECTOR', program.id);
    const clinician = await account('CLINICIAN', program.id);
    const admin = await account('ADMIN', program.id);
    const d = browser();
    await signIn(d, director.email);
    // A program setting like the others: versioned, in the program's settings history.
    const set = await d.gql<{ updateProgramSettings: { mfaRequired: boolean; version: number } }>(
      `mutation ($input: UpdateProgramSettingsInput!) { updateProgramSettings(input: $input) {
         ... on Program { mfaRequired version } ... on ProgramConflict { message } } }`,
      { input: { programId: program.id, version: program.version, mfaRequired: true } },
    );
    expect(set.data!.updateProgramSettings).toEqual({
      mfaRequired: true,
      version: program.version + 1,
    });
    const [history] = await db().query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM program_settings_version
       WHERE program_id = $1 AND changed_fields = ARRAY['mfaRequired']`,
      [program.id],
    );
    expect(history!.n).toBe(1);

    const b = browser();
    expect(code(await signIn(b, clinician.email))).toBe('MFA_ENROLMENT_REQUIRED');
    expect(b.jar.has('waypoint_session')).toBe(false);
    expect((await b.gql<{ me: unknown }>(ME)).data!.me).toBeNull();
    const started = await b.gql<{ startMfaEnrolment: { secret: string } }>(START);
    const secret = started.data!.startMfaEnrolment.secret;
    const confirmed = await b.gql<{
      confirmMfaEnrolment: { recoveryCodes: string[]; viewer: { staff: { id: string } } };
    }>(CONFIRM, { code: totpCode(secret) });
    expect(confirmed.data!.confirmMfaEnrolment.recoveryCodes).toHaveLength(10);
    expect(confirmed.data!.confirmMfaEnrolment.viewer.staff.id).toBe(clinician.id);
    expect(b.jar.has('waypoint_session')).toBe(true);
    const me = await b.gql<{ me: { mfa: { required: boolean } } }>(ME);
    expect(me.data!.me.mfa).toEqual({ enabled: true, required: true, recoveryCodesLeft: 10 });
    const off = await b.gql(
      `mutation ($c: String!) { disableMfa(input: { code: $c }) { enabled } }`,
      {
        c: confirmed.data!.confirmMfaEnrolment.recoveryCodes[0],
      },
    );
    expect(code(off)).toBe('INVALID_TRANSITION');

    // ADMIN reads no client records: never forced, so an administrator can always get in.
    expect(code(await signIn(browser(), admin.email))).toBeUndefined();
  });

  it('without an enrolment-stage sign-in, nobody can set up an authenticator for someone', async () => {
    expect(code(await browser().gql(START))).toBe('UNAUTHENTICATED');
  });

  it('MFA_REQUIRED binds every client-reading role in every program', async () => {
    const clinician = await account('CLINICIAN');
    const admin = await account('ADMIN');
    const everywhere = loadConfig({ MFA_REQUIRED: 'true' });
    expect(await isMfaRequired(db(), loadConfig({}), clinician.id)).toBe(false);
    expect(await isMfaRequired(db(), everywhere, clinician.id)).toBe(true);
    expect(await isMfaRequired(db(), everywhere, admin.id)).toBe(false);
  });
});

describe('managing one’s own MFA', () => {
  it('new recovery codes need the password or a code; the old ones stop working', async () => {
    const { b, recoveryCodes } = await enrolled();
    const REGENERATE = `mutation ($input: RegenerateRecoveryCodesInput!) { regenerateMfaRecoveryCodes(input: $input) { recoveryCodes } }`;
    expect(code(await b.gql(REGENERATE, { input: {} }))).toBe('BAD_USER_INPUT');
    expect(code(await b.gql(REGENERATE, { input: { password: 'not it' } }))).toBe('BAD_USER_INPUT');
    const fresh = await b.gql<{ regenerateMfaRecoveryCodes: { recoveryCodes: string[] } }>(
      REGENERATE,
      { input: { password: PASSWORD } },
    );
    const codes = fresh.data!.regenerateMfaRecoveryCodes.recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(codes).not.toContain(recoveryCodes[0]);
    const DISABLE = `mutation ($c: String!) { disableMfa(input: { code: $c }) { enabled recoveryCodesLeft } }`;
    expect(code(await b.gql(DISABLE, { c: recoveryCodes[0] }))).toBe('BAD_USER_INPUT');
    const off = await b.gql<{ disableMfa: object }>(DISABLE, { c: codes[0] });
    expect(off.data!.disableMfa).toEqual({ enabled: false, recoveryCodesLeft: 0 });
  });
});

describe('an administrator resets someone’s MFA', () => {
  const RESET = `mutation ($input: ResetStaffMfaInput!) { resetStaffMfa(input: $input) { staffId sessionsRevoked } }`;

  it('with a reason: the authenticator and codes go, their sessions end, the audit keeps why', async () => {
    const { staff, b } = await enrolled();
    const admin = await account('ADMIN');
    const asAdmin = await server.as(admin);
    const noReason = await asAdmin.gql(RESET, { input: { staffId: staff.id, reason: ' ' } });
    expect(noReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const reset = await asAdmin.gql<{ resetStaffMfa: object }>(RESET, {
      input: { staffId: staff.id, reason: 'Lost phone, confirmed in person' },
    });
    expect(reset.data!.resetStaffMfa).toEqual({ staffId: staff.id, sessionsRevoked: 1 });
    expect((await b.gql<{ me: unknown }>(ME)).data!.me).toBeNull();
    const [left] = await db().query<{ n: number }[]>(
      `SELECT (SELECT count(*) FROM staff_mfa WHERE staff_id = $1)
            + (SELECT count(*) FROM mfa_recovery_code WHERE staff_id = $1) AS n`,
      [staff.id],
    );
    expect(Number(left!.n)).toBe(0);
    const [event] = await db().query<{ actor_staff_id: string; note: string }[]>(
      `SELECT actor_staff_id, note FROM audit_event
       WHERE record_type = 'StaffMfa' AND record_id = $1 AND note LIKE 'MFA reset%'`,
      [staff.id],
    );
    expect(event).toEqual({
      actor_staff_id: admin.id,
      note: 'MFA reset by an administrator: Lost phone, confirmed in person',
    });
    // Next sign-in: the password alone is enough again (nothing requires MFA here).
    expect(code(await signIn(browser(), staff.email))).toBeUndefined();
  });

  it('every role but ADMIN is refused, audited, and nothing changes', async () => {
    const { staff } = await enrolled();
    for (const role of ['DIRECTOR', 'CLINICIAN', 'CASE_MANAGER', 'INTAKE'] as const) {
      const caller = await server.as(await account(role));
      const answer = await caller.gql(RESET, {
        input: { staffId: staff.id, reason: 'I want to get in' },
      });
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const [row] = await db().query<unknown[]>(
      `SELECT 1 FROM staff_mfa WHERE staff_id = $1 AND enabled_at IS NOT NULL`,
      [staff.id],
    );
    expect(row).toBeDefined();
    const [denied] = await db().query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event
       WHERE record_type = 'Mutation.resetStaffMfa' AND outcome = 'DENIED'
         AND actor_staff_id IN (SELECT staff_id FROM staff_program_role WHERE program_id = $1)
         AND occurred_at > now() - interval '1 minute'`,
      [programId],
    );
    expect(denied!.n).toBeGreaterThanOrEqual(4);
  });
});
