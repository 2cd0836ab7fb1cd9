import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestProgram, createTestStaff } from '@waypoint/api/testing';
import { artifactsDir, startAppUnderTest, type AppUnderTest } from './app-under-test.js';
import { setPassword, TEST_PASSWORD } from './staff-accounts.js';

/**
 * Issue 17's journey on a new production install: MFA required everywhere (MFA_REQUIRED), so a
 * clinician sets up an authenticator app before their first session, and signs in with a code.
 */
let app: AppUnderTest;

beforeAll(async () => {
  app = await startAppUnderTest({
    emptyDatabase: true,
    env: { MFA_REQUIRED: 'true', MFA_SECRET_KEY: randomBytes(32).toString('base64') },
  });
});
afterAll(() => app?.stop());

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(artifactsDir, `administration-${name}.png`), fullPage: true });

/** What the authenticator app on the clinician's phone would show, from the key on screen. */
const codeFor = (secret: string, at = Date.now()) =>
  new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: at });

/**
 * A code the API has not accepted yet: codes are single use per 30-second step, so after one
 * was used, wait for the next step.
 */
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

describe('a clinician on a new install', () => {
  it('sets up MFA before their first session, then signs in with a code', async () => {
    const { id: programId } = await createTestProgram(app.db, { name: 'Harborview Adult IOP' });
    const clinician = await createTestStaff(app.db, [{ programId, role: 'CLINICIAN' }]);
    await setPassword(app.db, clinician.id);
    const page = await app.newPage();
    const used = new Set<string>();

    // The password alone starts no session: MFA is required, so set-up comes first.
    await page.goto('/sign-in');
    await page.getByTestId('sign-in-email').fill(clinician.email);
    await page.getByTestId('sign-in-password').fill(TEST_PASSWORD);
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('mfa-required').waitFor();
    await page.getByTestId('mfa-start').click();
    const secret = (await page.getByTestId('mfa-secret').textContent())!.trim();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expect.poll(() => page.getByRole('img', { name: /QR code/ }).isVisible()).toBe(true);
    await shot(page, '1-mfa-set-up');
    await page.getByTestId('mfa-confirm-code').fill(await freshCode(secret, used));
    await page.getByTestId('mfa-confirm').click();
    await page.getByTestId('mfa-recovery-codes').waitFor();
    const recoveryCodes = await page.getByTestId('mfa-recovery-code').allTextContents();
    expect(recoveryCodes).toHaveLength(10);
    await shot(page, '2-recovery-codes');
    await page.getByTestId('mfa-recovery-codes-done').click();
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    await page.getByTestId('user-menu').waitFor();

    await page.getByTestId('user-menu').click();
    await page.getByTestId('sign-out').click();
    await page.getByTestId('signed-out-notice').waitFor();

    // Next time: the password, then the code from the app.
    await page.getByTestId('sign-in-email').fill(clinician.email);
    await page.getByTestId('sign-in-password').fill(TEST_PASSWORD);
    await page.getByTestId('sign-in-submit').click();
    const codeField = page.getByTestId('sign-in-code');
    await codeField.waitFor();
    expect(await codeField.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await codeField.evaluate((el) => el === document.activeElement)).toBe(true);
    await shot(page, '3-code-step');
    await codeField.fill(await freshCode(secret, used));
    await page.getByTestId('sign-in-code-submit').click();
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    await page.getByTestId('user-menu').waitFor();
    await shot(page, '4-signed-in-with-code');
    await page.close();
  });
});
