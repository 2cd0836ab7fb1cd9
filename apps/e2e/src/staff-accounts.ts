import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { hashPassword } from '@waypoint/api/testing';
import type { DataSource } from 'typeorm';

/** A password for test accounts only; each suite's staff are its own. */
export const TEST_PASSWORD = 'e2e-correct-horse-battery';

/** Short and unique per run, for names and codes that must not collide on a shared database. */
export const uniqueSuffix = () => randomUUID().slice(0, 6);

/**
 * Factories create staff without a password; give one with the API's own hashing, so they can
 * sign in through the real sign-in page.
 */
export async function setPassword(db: DataSource, staffId: string, password = TEST_PASSWORD) {
  const hash = await hashPassword(password);
  await db.query('UPDATE staff SET password_hash = $1 WHERE id = $2', [hash, staffId]);
}

/** Fills in and submits the sign-in page the browser is on, then waits to leave it. */
export async function submitSignIn(page: Page, email: string, password = TEST_PASSWORD) {
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

/** Opens `path`, is sent to sign in, signs in and lands back on `path`. */
export async function signInAt(page: Page, path: string, email: string) {
  await page.goto(path);
  await page.waitForURL(/\/sign-in/);
  await submitSignIn(page, email);
}

/**
 * A browser page that the API sees as coming from an address of its own (TEST-NET-2, via
 * X-Forwarded-For, which the API trusts from loopback). Failed sign-ins are throttled per
 * address as well as per email: tests that fail on purpose must not slow down everyone else
 * signing in from 127.0.0.1 on a shared database.
 */
export function newPageFromOwnAddress(browser: Browser, baseURL: string): Promise<Page> {
  const address = `198.51.100.${1 + Math.floor(Math.random() * 254)}`;
  return browser.newPage({
    viewport: { width: 1440, height: 900 },
    baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': address },
  });
}
