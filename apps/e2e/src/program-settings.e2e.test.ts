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
 * A program of its own with one client in treatment whose plan was activated 20 days ago: with the
 * default 30-day interval the review is 10 days away; at 14 days it is 6 days overdue. The
 * director changes the interval on the settings screen and the dashboard shows the new date.
 */
const TZ = 'America/Chicago';
let app: AppUnderTest;
let programName = '';
const emails = { director: '', admin: '' };

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
const noon = (daysAgo: number) =>
  `((((now() AT TIME ZONE '${TZ}')::date - ${daysAgo}) + time '12:00') AT TIME ZONE '${TZ}')`;
const kpi = (page: Page, id: string) => page.getByTestId(`kpi-${id}`).getByTestId('kpi-value');

beforeAll(async () => {
  app = await startAppUnderTest();
  programName = `Lakeshore Adult IOP ${uniqueSuffix()}`;
  const { id: programId } = await createTestProgram(app.db, { name: programName, timeZone: TZ });
  const director = await createTestStaff(app.db, [{ programId, role: 'DIRECTOR' }], {
    firstName: 'Odile',
    lastName: 'Marchetti',
    credentials: 'LCSW',
  });
  const admin = await createTestStaff(app.db, [{ programId, role: 'ADMIN' }], {
    firstName: 'Tobias',
    lastName: 'Wren',
  });
  for (const s of [director, admin]) await setPassword(app.db, s.id);
  emails.director = director.email;
  emails.admin = admin.email;

  const { episode } = await createTestClient(
    app.db,
    { programId, status: 'ACTIVE', primaryClinicianId: director.id },
    { firstName: 'Marisol', lastName: 'Quennell' },
  );
  await app.db.query(`UPDATE episode SET admitted_at = ${noon(30)} WHERE id = $1`, [episode.id]);
  await app.db.query(
    `INSERT INTO treatment_plan (episode_id, version_number, status, activated_at, created_by_staff_id)
     VALUES ($1, 1, 'ACTIVE', ${noon(20)}, $2)`,
    [episode.id, director.id],
  );
  await recomputeReviewClock(app.db, episode.id);
});

afterAll(() => app?.stop());

describe('program settings', () => {
  it('a director shortens the review interval; the history says so and the dashboard shows the review overdue', async () => {
    const page = await app.newPage();
    await signInAt(page, '/', emails.director);
    await page.waitForURL(/\/dashboard$/);
    await expect.poll(() => kpi(page, 'reviews-overdue').innerText()).toBe('0');

    await page.getByTestId('main-nav').getByRole('link', { name: 'Programs' }).click();
    await page.getByTestId('program-row').first().waitFor();
    await page.getByRole('link', { name: programName, exact: true }).click();
    const interval = page.getByTestId('setting-planReviewIntervalDays');
    await interval.waitFor();
    expect(await interval.inputValue()).toBe('30');

    // The domain's bounds, named at the field, before anything is sent.
    await interval.fill('0');
    await page.getByTestId('settings-save').click();
    await page.getByText('Enter 1 to 90 days').waitFor();

    await interval.fill('14');
    await page.getByTestId('settings-reason').fill('Payer asks for a review every two weeks');
    await page.getByTestId('settings-save').click();
    await page.getByText('Review due dates of clients in treatment were recalculated.').waitFor();
    const latest = page.getByTestId('settings-version').first();
    await expect.poll(() => latest.innerText()).toContain('Plan review interval (days): 30 → 14');
    expect(await latest.innerText()).toContain('Odile Marchetti, LCSW');
    expect(await latest.innerText()).toContain('Payer asks for a review every two weeks');
    await shot(page, 'program-settings');

    // Within the same page load: nothing cached from before the change is shown.
    await page.getByTestId('main-nav').getByRole('link', { name: 'Dashboard' }).click();
    await expect.poll(() => kpi(page, 'reviews-overdue').innerText()).toBe('1');
    await page.close();
  });

  it('an administrator creates a program on a phone-sized screen', async () => {
    const page = await app.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAt(page, '/programs', emails.admin);
    await page.getByTestId('new-program').click();
    const code = `E2E-${uniqueSuffix()}`.toUpperCase();
    await page.getByTestId('new-program-code').fill(code);
    await page.getByTestId('new-program-name').fill(`Riverside Teen IOP ${code}`);
    await page.getByRole('combobox', { name: 'Population' }).click();
    await page.getByRole('option', { name: 'Adolescents' }).click();
    await page.getByTestId('new-program-create').click();
    await page.waitForURL(/\/programs\/[0-9a-f-]{36}$/);
    // An adolescent program starts at 6 hours a week.
    const hours = page.getByTestId('setting-weeklyHoursTarget');
    await hours.waitFor();
    expect(await hours.inputValue()).toBe('6');
    // The settings form fits the screen: no field runs off its right edge.
    const field = await page.getByTestId('setting-maxAge').boundingBox();
    expect(field!.x + field!.width).toBeLessThanOrEqual(390);
    await shot(page, 'program-settings-phone');
    await page.close();
  });
});
