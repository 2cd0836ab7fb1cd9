import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClient, createTestProgram, createTestStaff } from '@waypoint/api/testing';
import { artifactsDir, startAppUnderTest, type AppUnderTest } from './app-under-test.js';
import { setPassword, signInAt, uniqueSuffix } from './staff-accounts.js';

/**
 * A clinician gives a PHQ-9 whose item 9 is above 0: the chart raises the safety banner and the
 * clinician's Today puts the follow-up first; recording the follow-up clears both. The trend of
 * two administrations is kept as a screenshot.
 */
let app: AppUnderTest;
let email = '';
let clientId = '';
let page: Page;

async function shot(p: Page, name: string) {
  await p.evaluate(() => window.scrollTo(0, 0));
  await p.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
}

/** Answers every item of the open measure form with `value`, item 9 with `item9`. */
async function answerPhq9(p: Page, value: number, item9: number) {
  const form = p.getByTestId('measure-form');
  await form.waitFor();
  for (let item = 1; item <= 9; item++) {
    await form
      .getByTestId(`measure-item-${item}`)
      .getByRole('radio')
      .nth(item === 9 ? item9 : value)
      .check();
  }
  await form.getByRole('button', { name: /Save PHQ-9/ }).click();
  await form.waitFor({ state: 'detached' });
}

beforeAll(async () => {
  app = await startAppUnderTest();
  const { id: programId } = await createTestProgram(app.db, {
    name: `Cedar Adult IOP ${uniqueSuffix()}`,
  });
  const clinician = await createTestStaff(app.db, [{ programId, role: 'CLINICIAN' }], {
    firstName: 'Marisol',
    lastName: 'Achterberg',
    credentials: 'LMFT',
  });
  await setPassword(app.db, clinician.id);
  // Sign-in opens once an administrator exists (a fresh database asks for the first one).
  await createTestStaff(app.db, [{ programId, role: 'ADMIN' }]);
  email = clinician.email;
  ({
    client: { id: clientId },
  } = await createTestClient(
    app.db,
    { programId, status: 'ACTIVE', primaryClinicianId: clinician.id },
    { firstName: 'Tobias', lastName: 'Lindqvist', pronouns: 'he/him' },
  ));
});

afterAll(() => app?.stop());

describe('measures and safety', () => {
  it('a PHQ-9 with item 9 above 0 raises the safety flag on the chart and on Today', async () => {
    page = await app.newPage();
    await signInAt(page, `/clients/${clientId}`, email);
    const card = page.getByTestId('measures-card');
    await card.waitFor();
    await card.getByTestId('give-measure').click();
    await answerPhq9(page, 2, 0); // 16: moderately severe
    await page.getByTestId('measure-trend-PHQ9').waitFor();
    await card.getByTestId('give-measure').click();
    await answerPhq9(page, 1, 1); // 9: mild, item 9 = 1
    const banner = page.getByTestId('safety-banner');
    await banner.waitFor();
    expect(await banner.innerText()).toContain('item 9');
    expect(await card.getByTestId('change-since-intake').innerText()).toContain('16 → 9');
    await card.getByTestId('measure-trend-chart').scrollIntoViewIfNeeded();
    await card.screenshot({ path: path.join(artifactsDir, 'measure-trend.png') });

    await page.goto(`${app.baseUrl}/today`);
    const safety = page.getByTestId('today-group-safety');
    await safety.waitFor();
    const first = page.getByTestId('today-item').first();
    expect(await first.getAttribute('data-kind')).toBe('SAFETY_FOLLOW_UP');
    await shot(page, 'today-safety-flag');
  });

  it('recording the follow-up clears the flag from the chart and Today', async () => {
    await page.getByTestId('today-item').first().getByTestId('today-item-label').click();
    await page.waitForURL(new RegExp(`/clients/${clientId}`));
    const banner = page.getByTestId('safety-banner');
    await banner.getByRole('button', { name: 'Record safety follow-up' }).click();
    const form = page.getByTestId('safety-follow-up-form');
    await form.getByRole('button', { name: 'Record safety follow-up' }).click();
    await form.getByText('Say who was told').waitFor();
    await form.getByLabel('Risk assessed').fill('Passive thoughts last week; no plan, no intent.');
    await form
      .getByLabel('Safety plan')
      .fill('Safety plan reviewed; crisis line and sister listed.');
    await form.getByLabel('Who was told').fill('Clinical director, same day');
    await form.getByRole('button', { name: 'Record safety follow-up' }).click();
    await banner.waitFor({ state: 'detached' });
    await page.goto(`${app.baseUrl}/today`);
    await page.getByTestId('today-list').or(page.getByTestId('today-empty')).first().waitFor();
    expect(await page.getByTestId('today-group-safety').count()).toBe(0);
  });

  it('the chart’s timeline reads the measures and the follow-up in order, filterable by kind', async () => {
    await page.goto(`${app.baseUrl}/clients/${clientId}`);
    const timeline = page.getByTestId('timeline-card');
    await timeline.getByText('Safety follow-up').waitFor();
    const titles = await timeline.getByTestId('timeline-entry').allInnerTexts();
    const first = titles.findIndex((t) => t.includes('Safety follow-up'));
    const flagged = titles.findIndex((t) => t.includes('safety flag'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(flagged).toBeGreaterThan(first); // newest first: the follow-up came after the flag
    await timeline.getByText('Needs attention:').first().waitFor({ state: 'attached' });

    // Mantine's chip is a label over a hidden checkbox: click what a user clicks.
    await timeline
      .locator('label')
      .filter({ hasText: /^Measures$/ })
      .click();
    expect(await timeline.getByRole('checkbox', { name: 'Measures' }).isChecked()).toBe(true);
    await expect
      .poll(async () => (await timeline.getByTestId('timeline-entry').allInnerTexts()).length)
      .toBe(3); // two PHQ-9s and the follow-up, nothing else
    await timeline.scrollIntoViewIfNeeded();
    await timeline.screenshot({ path: path.join(artifactsDir, 'client-timeline.png') });

    const phone = await app.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await signInAt(phone, `/clients/${clientId}`, email);
    const small = phone.getByTestId('timeline-card');
    await small.getByText('Safety follow-up').waitFor();
    await small.scrollIntoViewIfNeeded();
    await small.screenshot({ path: path.join(artifactsDir, 'client-timeline-phone.png') });
    await phone.close();
  });
});
