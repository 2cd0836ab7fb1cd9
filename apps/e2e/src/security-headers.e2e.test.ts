import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestProgram, createTestStaff } from '@waypoint/api/testing';
import { artifactsDir, startAppUnderTest, type AppUnderTest } from './app-under-test.js';
import { setPassword, signInAt, uniqueSuffix } from './staff-accounts.js';

/**
 * The production build under its Content-Security-Policy: every screen checked here, the API
 * playground's editor and its web workers included, loads and works with no violation reported.
 */
let app: AppUnderTest;
let email = '';

beforeAll(async () => {
  app = await startAppUnderTest();
  const { id: programId } = await createTestProgram(app.db, {
    name: `Harborview Adult IOP ${uniqueSuffix()}`,
  });
  const director = await createTestStaff(app.db, [{ programId, role: 'DIRECTOR' }]);
  await setPassword(app.db, director.id);
  email = director.email;
});

afterAll(() => app?.stop());

/** Collects CSP violations, from the page's own event and from Chromium's console reports. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content[ -]Security[ -]Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const win = window as unknown as { reportCspViolation: (text: string) => void };
      win.reportCspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile})`,
      );
    });
  });
  return violations;
}

describe('the production build under its security headers', () => {
  it('serves every page with the policy, and the app loads with no violation', async () => {
    const page = await app.newPage();
    const violations = await watchViolations(page);
    const response = await page.goto('/sign-in');
    const csp = response!.headers()['content-security-policy'];
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(response!.headers()['x-content-type-options']).toBe('nosniff');
    expect(response!.headers()['referrer-policy']).toBe('no-referrer');
    await signInAt(page, '/dashboard', email);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.goto('/caseload');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(violations).toEqual([]);
    await page.close();
  });

  it('the API playground: GraphiQL, Monaco and its workers run a query with no violation', async () => {
    const page = await app.newPage();
    const violations = await watchViolations(page);
    await signInAt(page, '/playground', email);
    await page.locator('.graphiql-container .monaco-editor').first().waitFor();
    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('.graphiql-response .view-line')).some((l) =>
        (l.textContent ?? '').includes('"data"'),
      ),
    );
    // Monaco's language services run in module workers served by the API.
    await expect.poll(() => page.workers().length).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(artifactsDir, 'playground-under-csp.png') });
    expect(violations).toEqual([]);
    await page.close();
  });
});
