import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestProgram, createTestStaff, issuePasswordLink } from '@waypoint/api/testing';
import { artifactsDir, startAppUnderTest, type AppUnderTest } from './app-under-test.js';
import { submitSignIn, uniqueSuffix } from './staff-accounts.js';

/**
 * A new clinician's first password from an invitation link, then "My account" on a phone-sized
 * screen (390 px): sessions, and changing the password with the policy's feedback.
 */
let app: AppUnderTest;
let staff: { id: string; email: string; firstName: string; lastName: string };

const FIRST_PASSWORD = 'lantern orchard pebble';
const SECOND_PASSWORD = 'quiet copper meadow';

beforeAll(async () => {
  app = await startAppUnderTest();
  const { id: programId } = await createTestProgram(app.db, {
    name: `Harborview Adult IOP ${uniqueSuffix()}`,
  });
  staff = await createTestStaff(app.db, [{ programId, role: 'CLINICIAN' }], {
    firstName: 'Rosa',
    lastName: `Delgado${uniqueSuffix()}`,
  });
});
afterAll(() => app?.stop());

const phone = (): Promise<Page> =>
  app.browser.newPage({ viewport: { width: 390, height: 844 }, baseURL: app.baseUrl });

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(artifactsDir, `account-${name}.png`), fullPage: true });

/** The element fits the screen's width, nothing in it overflowing sideways. */
const fitsWidth = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.left >= 0 && box.right <= window.innerWidth && el.scrollWidth <= el.clientWidth;
  });

describe('passwords and my account', () => {
  it('an invited clinician sets a first password from the link, with the policy shown as they type', async () => {
    const { url } = await issuePasswordLink(app.db.manager, {
      staffId: staff.id,
      purpose: 'INVITE',
      issuedById: null,
    });
    const page = await phone();
    await page.goto(`/set-password${new URL(url).hash}`);
    await page.getByRole('heading', { name: 'Welcome to Waypoint' }).waitFor();
    // The token leaves the address bar once read.
    expect(new URL(page.url()).hash).toBe('');
    const field = page.getByLabel('New password', { exact: true });
    await field.fill(`${staff.lastName.toLowerCase()} 2024`);
    const checklist = page.getByTestId('password-checklist');
    expect(await checklist.locator('[data-met="false"]').count()).toBeGreaterThan(0);
    await page.getByTestId('set-password-submit').click();
    await page.getByText('Choose a password that meets every point below').waitFor();
    await field.fill(FIRST_PASSWORD);
    expect(await checklist.locator('[data-met="true"]').count()).toBe(3);
    expect(await fitsWidth(page, 'set-password-form')).toBe(true);
    await shot(page, 'set-password-390');
    await page.getByTestId('set-password-submit').click();
    await page.getByTestId('password-set-notice').waitFor();
    await submitSignIn(page, staff.email, FIRST_PASSWORD);
    await page.close();
  });

  it('the used link cannot be used again', async () => {
    const [row] = await app.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM password_link WHERE staff_id = $1 AND used_at IS NOT NULL`,
      [staff.id],
    );
    expect(row?.n).toBe(1);
    const page = await phone();
    await page.goto('/set-password#token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    await page.getByTestId('set-password-unusable').waitFor();
    await page.close();
  });

  it('my account, from the user menu: sessions listed and the password changed', async () => {
    const page = await app.newPage();
    await page.goto('/sign-in');
    await submitSignIn(page, staff.email, FIRST_PASSWORD);
    await page.getByTestId('user-menu').click();
    await page.getByTestId('my-account-link').click();
    await page.getByRole('heading', { name: 'My account', level: 1 }).waitFor();
    // The page itself at phone width (the app's header is laid out for phones elsewhere).
    await page.setViewportSize({ width: 390, height: 844 });
    const sessions = page.getByTestId('my-session');
    await sessions.first().waitFor();
    await expect(page.getByText('This browser').count()).resolves.toBe(1);
    expect(await sessions.count()).toBeGreaterThanOrEqual(1);

    await page.getByTestId('change-password-current').fill('not my password at all');
    await page.getByLabel('New password', { exact: true }).fill(SECOND_PASSWORD);
    await page.getByTestId('change-password-submit').click();
    await page.getByText('This is not your current password').waitFor();

    await page.getByTestId('change-password-current').fill(FIRST_PASSWORD);
    await page.getByTestId('change-password-submit').click();
    await page.getByText('Password changed').waitFor();
    expect(await fitsWidth(page, 'my-account-page')).toBe(true);
    await shot(page, 'my-account-390');

    await page.getByTestId('sign-out-everywhere').click();
    await page.getByTestId('signed-out-notice').waitFor();
    await submitSignIn(page, staff.email, SECOND_PASSWORD);
    await page.close();
  });

  it('forgot password answers without saying whether the email has an account', async () => {
    const page = await phone();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByTestId('forgot-password-email').fill(`nobody-${uniqueSuffix()}@example.org`);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    const unknown = await page.getByTestId('reset-requested').textContent();
    await page.goto('/forgot-password');
    await page.getByTestId('forgot-password-email').fill(staff.email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    expect(await page.getByTestId('reset-requested').textContent()).toBe(unknown);
    await page.close();
  });
});
