import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestClient,
  createTestProgram,
  createTestStaff,
  recomputeReviewClock,
} from '@waypoint/api/testing';
import { artifactsDir, startAppUnderTest, type AppUnderTest } from './app-under-test.js';
import { setPassword, signInAt, uniqueSuffix } from './staff-accounts.js';

/**
 * A small clinic of its own, built relative to today at local noon in the program's time zone
 * (as the dashboard's integration test does), so every figure is known:
 *   client              status     admitted   plan activated  → plan review
 *   Rosalind Ashcombe   ACTIVE     100 days   40 days ago        overdue by 10 days (30-day interval)
 *   Ezra Calloway       ACTIVE     20 days    15 days ago        due in 15 days (not due)
 *   Juno Bramwell       INQUIRY    —          —                  (before admission)
 * Both clients in treatment belong to one clinician; a director runs the program.
 */
const TZ = 'America/Los_Angeles';
let app: AppUnderTest;
let programName = '';
const emails = { director: '', clinician: '' };
const clientIds = { overdue: '', notDue: '' };

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });

const noon = (daysAgo: number) =>
  `((((now() AT TIME ZONE '${TZ}')::date - ${daysAgo}) + time '12:00') AT TIME ZONE '${TZ}')`;

beforeAll(async () => {
  app = await startAppUnderTest();
  programName = `Northwind Adult IOP ${uniqueSuffix()}`;
  const { id: programId } = await createTestProgram(app.db, { name: programName, timeZone: TZ });
  const director = await createTestStaff(app.db, [{ programId, role: 'DIRECTOR' }], {
    firstName: 'Beatrix',
    lastName: 'Lindqvist-Hale',
    credentials: 'PsyD',
  });
  const clinician = await createTestStaff(app.db, [{ programId, role: 'CLINICIAN' }], {
    firstName: 'Anselm',
    lastName: 'Okafor',
    credentials: 'LCSW',
  });
  for (const s of [director, clinician]) await setPassword(app.db, s.id);
  emails.director = director.email;
  emails.clinician = clinician.email;

  const inTreatment = [
    ['overdue', 'Rosalind', 'Ashcombe', 100, 40],
    ['notDue', 'Ezra', 'Calloway', 20, 15],
  ] as const;
  for (const [key, firstName, lastName, admitted, activated] of inTreatment) {
    const { client, episode } = await createTestClient(
      app.db,
      { programId, status: 'ACTIVE', primaryClinicianId: clinician.id },
      { firstName, lastName },
    );
    clientIds[key] = client.id;
    await app.db.query(
      `UPDATE episode SET admitted_at = ${noon(admitted)}, opened_at = ${noon(admitted + 5)} WHERE id = $1`,
      [episode.id],
    );
    await app.db.query(
      `INSERT INTO treatment_plan (episode_id, version_number, status, activated_at, created_by_staff_id)
       VALUES ($1, 1, 'ACTIVE', ${noon(activated)}, $2)`,
      [episode.id, clinician.id],
    );
    // Written behind the API's back: store the review clock as the write points do.
    await recomputeReviewClock(app.db, episode.id);
  }
  await createTestClient(
    app.db,
    { programId, status: 'INQUIRY', primaryClinicianId: null },
    { firstName: 'Juno', lastName: 'Bramwell' },
  );
});

afterAll(() => app?.stop());

const kpi = (page: Page, id: string) => page.getByTestId(`kpi-${id}`).getByTestId('kpi-value');

/** The drawer slides in; wait until it stands still before a screenshot. */
async function drawerSettled(page: Page) {
  const box = () => page.getByTestId('drill-down-table').boundingBox();
  let last = JSON.stringify(await box());
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(100);
    const now = JSON.stringify(await box());
    if (now === last) return;
    last = now;
  }
}

describe('the director’s dashboard', () => {
  it('a director signs in, lands on the dashboard and follows an overdue review to the chart', async () => {
    const page = await app.newPage();
    await signInAt(page, '/', emails.director);
    // Directors land on the dashboard.
    await page.waitForURL(/\/dashboard$/);
    expect(await page.getByTestId('main-nav').innerText()).toContain('Dashboard');

    await expect.poll(() => kpi(page, 'in-treatment').innerText()).toBe('2');
    expect(await kpi(page, 'reviews-overdue').innerText()).toBe('1');
    expect(await kpi(page, 'reviews-due-soon').innerText()).toBe('0');
    expect(await kpi(page, 'past-12-weeks').innerText()).toBe('1');
    // Median of 100 and 20 days since admission.
    expect(await kpi(page, 'length-of-stay').innerText()).toBe('60 days');
    expect(await page.getByTestId('dashboard-program-name').innerText()).toBe(programName);
    expect(await page.getByTestId('census-row-ACTIVE').innerText()).toContain('2');
    expect(await page.getByTestId('census-row-INQUIRY').innerText()).toContain('1');
    expect(await page.getByTestId('dashboard-updated').innerText()).toMatch(
      /^Updated \d{1,2}:\d{2}:\d{2} (AM|PM)$/,
    );
    const preview = page.getByTestId('reviews-overdue');
    await preview.getByTestId('review-preview-item').first().waitFor();
    expect(await preview.innerText()).toContain('Rosalind Ashcombe');
    expect(await preview.innerText()).toContain('10 days overdue');
    // The weekly chart draws Ezra's admission 20 days ago (Rosalind's, 100 days ago, is older
    // than 12 weeks).
    await page
      .locator('[data-testid="weekly-flow-chart"] .recharts-bar-rectangle path')
      .first()
      .waitFor({ state: 'attached' });
    expect(
      await page.getByTestId('weekly-flow-chart').locator('.recharts-bar-rectangle path').count(),
    ).toBe(1);
    await shot(page, 'dashboard');

    // As a table, the week's figure opens the clients admitted that week.
    await page.getByTestId('weekly-flow-section').getByText('Table', { exact: true }).click();
    await page.getByTestId('weekly-flow-table').getByRole('link').first().click();
    await page.waitForURL(/\/dashboard\?show=admitted&key=\d{4}-\d{2}-\d{2}$/);
    await page.getByTestId('drill-down-row').first().waitFor();
    expect(await page.getByTestId('drill-down-title').innerText()).toMatch(
      /^Admitted in the week of \d{1,2} [A-Z][a-z]{2} \d{4}$/,
    );
    expect(await page.getByTestId('drill-down-table').innerText()).toContain('Ezra Calloway');
    // Closing a list opened here goes back to the dashboard as it was.
    await page.keyboard.press('Escape');
    await page.waitForURL(/\/dashboard$/);

    // The overdue figure opens the clients behind it, and the address says so.
    await page.getByTestId('kpi-reviews-overdue').click();
    await page.waitForURL(/\/dashboard\?show=reviews-overdue$/);
    const drawer = page.getByTestId('drill-down-table');
    await drawer.waitFor();
    expect(await page.getByTestId('drill-down-title').innerText()).toBe('Plan reviews overdue');
    expect(await page.getByTestId('drill-down-count').innerText()).toBe('1 client');
    const rows = page.getByTestId('drill-down-row');
    expect(await rows.count()).toBe(1);
    const row = await rows.first().innerText();
    expect(row).toContain('Rosalind Ashcombe');
    expect(row).toContain('Anselm Okafor, LCSW');
    expect(row).toContain('Routine review · 10 days overdue');
    expect(row).toContain('100 days');
    expect(await rows.first().getByTestId('review-status').innerText()).toBe('Overdue');
    expect(row).not.toContain('Ezra Calloway');
    await drawerSettled(page);
    // The drawer is fixed to the window: a screenshot of the window shows it whole.
    await page.screenshot({ path: path.join(artifactsDir, 'dashboard-overdue.png') });

    // The client's name opens their chart.
    await rows.first().getByTestId('drill-down-client-link').click();
    await page.waitForURL(new RegExp(`/clients/${clientIds.overdue}$`));
    await page.getByTestId('client-chart').waitFor();
    expect(await page.getByTestId('chart-client-name').innerText()).toBe('Rosalind Ashcombe');

    // Back returns to the same list, opened from its address.
    await page.goBack();
    await page.waitForURL(/\/dashboard\?show=reviews-overdue$/);
    await page.getByTestId('drill-down-row').first().waitFor();
    await page.close();
  });

  it('a drill-down link opened cold shows the same list, and closing it keeps the dashboard', async () => {
    const page = await app.newPage();
    await signInAt(page, '/dashboard?show=census&key=INQUIRY', emails.director);
    await page.waitForURL(/show=census&key=INQUIRY/);
    await page.getByTestId('drill-down-row').first().waitFor();
    expect(await page.getByTestId('drill-down-title').innerText()).toBe('Inquiry');
    expect(await page.getByTestId('drill-down-table').innerText()).toContain('Juno Bramwell');
    await page.keyboard.press('Escape');
    await page.waitForURL(/\/dashboard$/);
    await page.getByTestId('kpi-cards').waitFor();
    await page.close();
  });

  it('the director picks this week’s random screens once; the pick stays as drawn', async () => {
    const page = await app.newPage();
    await signInAt(page, '/dashboard', emails.director);
    const section = page.getByTestId('random-screening-section');
    await section.getByLabel('Share of clients in treatment').fill('50');
    await section.getByRole('button', { name: 'Pick this week’s clients' }).click();
    const clients = section.getByTestId('random-pick-clients');
    await clients.getByRole('link').first().waitFor();
    // Half of the two clients in treatment (rounded up), named with links to their charts.
    expect(await section.innerText()).toMatch(/1 of 2 in treatment \(50%\), picked by/);
    const picked = await clients.innerText();
    expect(['Rosalind Ashcombe', 'Ezra Calloway']).toContain(picked.trim());
    // Opened again, the same pick, with no way to draw again.
    await page.reload();
    await section.getByTestId('random-pick-clients').waitFor();
    expect((await section.getByTestId('random-pick-clients').innerText()).trim()).toBe(
      picked.trim(),
    );
    expect(await section.getByRole('button', { name: 'Pick this week’s clients' }).count()).toBe(0);
    await section.screenshot({ path: path.join(artifactsDir, 'random-screening.png') });
    await page.close();
  });
});

describe('a clinician’s today', () => {
  it('a clinician signs in and sees the overdue review at the top of today’s list', async () => {
    const page = await app.newPage();
    await signInAt(page, '/', emails.clinician);
    // Clinicians land on what needs doing today.
    await page.waitForURL(/\/today$/);
    const overdue = page.getByTestId('today-group-overdue');
    await overdue.waitFor();
    // Overdue work comes first; inside the section the longest overdue leads (measures never
    // given since admission can outrank the review), so the review is found by what it says.
    const firstGroup = page
      .getByTestId('today-list')
      .locator('[data-testid^="today-group-"]')
      .first();
    expect(await firstGroup.getAttribute('data-testid')).toBe('today-group-overdue');
    const first = overdue
      .getByTestId('today-item')
      .filter({ hasText: 'Plan review overdue by 10 days' });
    expect(await first.getByTestId('today-client-link').innerText()).toBe('Rosalind Ashcombe');
    // Ezra's review is 15 days off: nothing to do on his plan yet (his measures are due).
    const ezra = page.getByTestId('today-item').filter({ hasText: 'Ezra Calloway' });
    expect(await ezra.allInnerTexts()).toEqual([expect.stringContaining('Measures overdue')]);
    expect(await page.getByTestId('main-nav').innerText()).toContain('Today');
    expect(await page.getByTestId('main-nav').innerText()).not.toContain('Dashboard');
    await shot(page, 'today');

    await first.getByTestId('today-client-link').click();
    await page.waitForURL(new RegExp(`/clients/${clientIds.overdue}$`));
    await page.getByTestId('client-chart').waitFor();
    await page.close();
  });
});
