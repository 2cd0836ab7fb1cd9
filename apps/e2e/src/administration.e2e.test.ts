import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, startAppUnderTest, type AppUnderTest } from './app-under-test.js';

/**
 * Issue 17's journey, as a new clinic would live it: a production install on an empty database
 * (no demo data), MFA required for every role that reads client records (MFA_REQUIRED). The
 * first administrator is created from the command line, sets a password and signs in, invites a
 * clinician and copies the link; the clinician sets a password, must set up an authenticator app
 * before any session, signs out, and signs in again with a code.
 */
let app: AppUnderTest;
const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../api');

beforeAll(async () => {
  app = await startAppUnderTest({
    emptyDatabase: true,
    env: { MFA_REQUIRED: 'true', MFA_SECRET_KEY: randomBytes(32).toString('base64') },
  });
});
afterAll(() => app?.stop());

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(artifactsDir, `administration-${name}.png`), fullPage: true });

/** What an authenticator app would show for the key on screen, by the same TOTP library. */
const codeFor = (secret: string) =>
  new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 }).generate();

/** Codes are single use per 30-second step: after one was used, wait for the next. */
async function freshCode(secret: string, used: Set<string>): Promise<string> {
  for (;;) {
    const code = codeFor(secret);
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Opens a set-password link and chooses a password; lands on sign-in, which says so. */
async function setPasswordFromLink(page: Page, link: string, password: string) {
  await page.goto(link);
  await page.getByTestId('set-password-new').fill(password);
  await page.getByTestId('set-password-submit').click();
  await page.getByTestId('password-set-notice').waitFor();
}

async function enterPassword(page: Page, email: string, password: string) {
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
}

async function signOut(page: Page) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await page.getByTestId('signed-out-notice').waitFor();
}

describe('setting up a clinic on a new production install', () => {
  it('first administrator from the command line, a clinician invited, MFA set up and used', async () => {
    const admin = { email: 'avery.lind@harborview.example', password: 'Tidal-lantern-quartz-41' };
    const clinician = {
      email: 'jordan.okafor@harborview.example',
      password: 'Copper-meadow-violin-86',
    };
    const page = await app.newPage();

    // Nobody can sign in yet: the app says how to create the first administrator instead.
    await page.goto('/sign-in');
    await page.getByTestId('first-admin-needed').waitFor();
    await shot(page, '0-no-administrator-yet');

    // The real command, as a child process, with the server's settings.
    const cli = await promisify(execFile)(
      'node',
      [
        'dist/modules/staff-admin/first-admin.cli.js',
        ...['--email', admin.email, '--first-name', 'Avery', '--last-name', 'Lind'],
        ...['--program-code', 'ADULT-IOP', '--program-name', 'Harborview Adult IOP'],
        ...['--time-zone', 'America/Los_Angeles'],
      ],
      { cwd: apiRoot, env: app.env },
    );
    const adminLink = cli.stdout.split('\n').find((line) => line.startsWith(app.baseUrl));
    expect(adminLink, cli.stdout).toBeDefined();

    // The administrator sets a password and signs in (ADMIN reads no client records: no MFA).
    await setPasswordFromLink(page, adminLink!, admin.password);
    await enterPassword(page, admin.email, admin.password);
    await page.waitForURL((url) => url.pathname !== '/sign-in');

    // They invite a clinician to the program and copy the link shown.
    await page.goto('/admin/staff/new');
    await page.getByLabel('First name').fill('Jordan');
    await page.getByLabel('Last name').fill('Okafor');
    await page.getByLabel('Credentials').fill('LCSW');
    await page.getByLabel('Email').fill(clinician.email);
    await page.getByRole('combobox', { name: 'Program', exact: true }).click();
    await page.getByRole('option', { name: 'Harborview Adult IOP' }).click();
    await page.getByRole('combobox', { name: 'Role in that program', exact: true }).click();
    await page.getByRole('option', { name: 'Clinician', exact: true }).click();
    await page.getByRole('button', { name: 'Create and invite' }).click();
    const linkField = page.getByTestId('password-link-url');
    await linkField.waitFor();
    const invitation = await linkField.inputValue();
    expect(invitation.startsWith(`${app.baseUrl}/`)).toBe(true);
    await shot(page, '1-clinician-invited');
    await signOut(page);
    await page.close();

    // The clinician, in a browser of their own, sets a password from the link.
    const phone = new Set<string>();
    const desk = await app.newPage();
    await setPasswordFromLink(desk, invitation, clinician.password);

    // The password alone starts no session: MFA is required, so they set it up first.
    await enterPassword(desk, clinician.email, clinician.password);
    await desk.getByTestId('mfa-required').waitFor();
    await desk.getByTestId('mfa-start').click();
    const secret = (await desk.getByTestId('mfa-secret').textContent())!.trim();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expect.poll(() => desk.getByRole('img', { name: /QR code/ }).isVisible()).toBe(true);
    await shot(desk, '2-mfa-set-up');
    await desk.getByTestId('mfa-confirm-code').fill(await freshCode(secret, phone));
    await desk.getByTestId('mfa-confirm').click();
    await desk.getByTestId('mfa-recovery-codes').waitFor();
    expect(await desk.getByTestId('mfa-recovery-code').allTextContents()).toHaveLength(10);
    await shot(desk, '3-recovery-codes');
    await desk.getByTestId('mfa-recovery-codes-done').click();
    await desk.waitForURL((url) => url.pathname !== '/sign-in');
    await desk.getByTestId('user-menu').waitFor();
    await signOut(desk);

    // Next time: the password, then the code from the app.
    await enterPassword(desk, clinician.email, clinician.password);
    const codeField = desk.getByTestId('sign-in-code');
    await codeField.waitFor();
    expect(await codeField.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await codeField.evaluate((el) => el === document.activeElement)).toBe(true);
    await shot(desk, '4-code-step');
    await codeField.fill(await freshCode(secret, phone));
    await desk.getByTestId('sign-in-code-submit').click();
    await desk.waitForURL((url) => url.pathname !== '/sign-in');
    await desk.getByTestId('user-menu').waitFor();
    await desk.goto('/account');
    await desk.getByTestId('mfa-status').waitFor();
    expect(await desk.getByTestId('mfa-status').textContent()).toBe('On');
    await shot(desk, '5-signed-in-with-code-my-account');
    await desk.close();
  });
});
