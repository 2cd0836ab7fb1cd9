import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestClient, createTestProgram, createTestStaff } from '@waypoint/api/testing';
import { artifactsDir, startAppUnderTest, type AppUnderTest } from './app-under-test.js';
import { setPassword, signInAt, uniqueSuffix } from './staff-accounts.js';

let app: AppUnderTest;
let programId: string;
let directorEmail: string;
const clients = [
  ['Octavia', 'Brennan-Holt'],
  ['Lucan', 'Marchetti'],
  ['Philippa', 'Oduya'],
] as const;

beforeAll(async () => {
  app = await startAppUnderTest();
  programId = (
    await createTestProgram(app.db, {
      name: `Juniper Adult IOP ${uniqueSuffix()}`,
      maxGroupSize: 12,
    })
  ).id;
  const director = await createTestStaff(app.db, [{ programId, role: 'DIRECTOR' }], {
    firstName: 'Rosalind',
    lastName: 'Achterberg',
    credentials: 'PsyD',
  });
  directorEmail = director.email;
  await setPassword(app.db, director.id);
  for (const [firstName, lastName] of clients) {
    await createTestClient(
      app.db,
      { programId, status: 'ACTIVE', primaryClinicianId: director.id },
      { firstName, lastName },
    );
  }
});

afterAll(() => app?.stop());

async function enrol(page: Page, lastName: string) {
  const select = page.getByLabel('Client in treatment', { exact: true }).first();
  await select.click();
  await select.fill(lastName);
  await page.getByRole('option', { name: new RegExp(lastName) }).click();
  await page.getByTestId('enrol-submit').click();
}

async function fitsTheScreen(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scroll, 'no sideways scrolling').toBeLessThanOrEqual(width);
}

/** The director signed in on a 390 px phone, on the program's groups. */
async function directorOnPhone() {
  const context = await app.browser.newContext({
    viewport: { width: 390, height: 844 },
    baseURL: app.baseUrl,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await signInAt(page, `/groups?program=${programId}`, directorEmail);
  return { context, page };
}

it('on a phone, a director creates a Mon/Wed/Fri group and enrols clients until the waitlist starts', async () => {
  const { context, page } = await directorOnPhone();
  try {
    await page.getByTestId('new-group').click();
    const form = page.getByTestId('group-form');
    await form.getByRole('textbox', { name: 'Name' }).fill('Relapse Prevention (AM)');
    // A new group meets Mon/Wed/Fri 09:00–12:00 unless changed.
    for (const day of ['Mon', 'Wed', 'Fri']) {
      expect(await form.getByRole('checkbox', { name: day }).isChecked()).toBe(true);
    }
    expect(await form.getByRole('checkbox', { name: 'Tue' }).isChecked()).toBe(false);
    await form.getByRole('textbox', { name: 'Capacity' }).fill('2');
    await page.screenshot({ path: path.join(artifactsDir, 'groups-new-group-phone.png') });
    await form.getByRole('button', { name: 'Create group' }).click();
    await page.waitForURL(/\/groups\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('group-fill').innerText()).toBe('0/2');
    expect(await page.getByTestId('group-detail').innerText()).toContain(
      'Mon, Wed, Fri 09:00–12:00',
    );
    // The next sessions were generated from the schedule.
    await expect.poll(() => page.getByTestId('group-sessions').locator('li').count()).toBe(6);

    await enrol(page, 'Brennan-Holt');
    await expect.poll(() => page.getByTestId('group-fill').innerText()).toBe('1/2');
    await enrol(page, 'Marchetti');
    await expect.poll(() => page.getByTestId('group-fill').innerText()).toBe('2/2');

    // The third finds the group full: offered the waitlist, never joined silently.
    await enrol(page, 'Oduya');
    const full = page.getByRole('alert').filter({ hasText: 'The group is full' });
    await full.waitFor();
    await full.getByRole('button', { name: 'Add to waitlist' }).click();
    await expect
      .poll(() => page.getByTestId('group-waitlist').innerText())
      .toContain('Philippa Oduya');
    expect(await page.getByTestId('group-fill').innerText()).toBe('2/2');
    await fitsTheScreen(page);
    await page.screenshot({
      path: path.join(artifactsDir, 'groups-waitlist-phone.png'),
      fullPage: true,
    });

    await page.goto(`/groups?program=${programId}`);
    const row = page.getByTestId('group-row').filter({ hasText: 'Relapse Prevention (AM)' });
    await expect.poll(() => row.innerText()).toMatch(/2\/2[\s\S]*1 waiting/i);
    await fitsTheScreen(page);
    await page.screenshot({
      path: path.join(artifactsDir, 'groups-list-phone.png'),
      fullPage: true,
    });
  } finally {
    await context.close();
  }
});

it('on a phone, a director marks a holiday on the schedule, sees its session go, and removes it', async () => {
  const { context, page } = await directorOnPhone();
  try {
    await page.getByTestId('new-group').click();
    const form = page.getByTestId('group-form');
    await form.getByRole('textbox', { name: 'Name' }).fill('Mood Management (AM)');
    await form.getByRole('button', { name: 'Create group' }).click();
    await page.waitForURL(/\/groups\/[0-9a-f-]{36}$/);
    const groupId = page.url().split('/').at(-1)!;
    const [next] = await app.db.query<{ on: string }[]>(
      `SELECT occurrence_date::text AS on
       FROM clinical_session s WHERE s.group_id = $1 AND s.starts_at > now()
       ORDER BY s.starts_at LIMIT 1`,
      [groupId],
    );
    const sessions = page.getByTestId('group-sessions').locator('li');
    await expect.poll(() => sessions.count()).toBe(6);
    const firstSession = await sessions.first().innerText();

    const panel = page.getByTestId('schedule-exceptions');
    expect(await panel.innerText()).toContain('None ahead.');
    await panel.getByLabel('Date').fill(next!.on);
    await panel
      .getByRole('textbox', { name: 'Reason (optional)' })
      .fill('Clinic closed for staff training');
    await panel.getByRole('button', { name: 'Add to the schedule' }).click();
    await expect
      .poll(() => panel.innerText())
      .toMatch(/Holiday · Clinic closed for staff training/);
    // That day's session is gone from the upcoming list; the next one takes its place.
    await expect.poll(() => sessions.first().innerText()).not.toBe(firstSession);
    const [gone] = await app.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM clinical_session WHERE group_id = $1 AND occurrence_date = $2`,
      [groupId, next!.on],
    );
    expect(gone!.n).toBe(0);
    await fitsTheScreen(page);
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(artifactsDir, 'groups-holiday-phone.png') });

    // The same date again is refused at the field, and removing the holiday brings the session back.
    await panel.getByLabel('Date').fill(next!.on);
    await panel.getByRole('button', { name: 'Add to the schedule' }).click();
    await expect.poll(() => panel.innerText()).toContain('already marked');
    await panel.getByRole('button', { name: /^Remove the holiday on / }).click();
    await expect.poll(() => panel.innerText()).toContain('None ahead.');
    await expect.poll(() => sessions.first().innerText()).toBe(firstSession);
  } finally {
    await context.close();
  }
});
