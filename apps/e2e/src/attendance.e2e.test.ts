import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createGroupSession,
  createTestClient,
  createTestGroup,
  createTestProgram,
  createTestStaff,
  enrol,
} from '@waypoint/api/testing';
import { artifactsDir, startAppUnderTest, type AppUnderTest } from './app-under-test.js';
import { setPassword, signInAt, uniqueSuffix } from './staff-accounts.js';

/**
 * A facilitator takes attendance for a 12-person group with the keyboard alone, then sees a
 * client's hours for the week change on the chart. The facilitator is also the clients' primary
 * clinician (a facilitator alone may not open the chart: attendance only).
 */
const TZ = 'America/Los_Angeles';
let app: AppUnderTest;
let sessionId = '';
let facilitatorEmail = '';
const clients: { id: string; name: string }[] = [];

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });

const names = [
  ['Amara', 'Okonkwo'],
  ['Bram', 'Castellanos'],
  ['Celeste', 'Duarte'],
  ['Dmitri', 'Esposito'],
  ['Elif', 'Fairbanks'],
  ['Farid', 'Gallagher'],
  ['Greta', 'Halvorsen'],
  ['Hiro', 'Ibarra'],
  ['Ines', 'Jankowski'],
  ['Jonah', 'Kowalczyk'],
  ['Kira', 'Lindqvist'],
  ['Luca', 'Moreau'],
] as const;

beforeAll(async () => {
  app = await startAppUnderTest();
  const { id: programId } = await createTestProgram(app.db, {
    name: `Cedar Grove IOP ${uniqueSuffix()}`,
    timeZone: TZ,
  });
  const facilitator = await createTestStaff(app.db, [{ programId, role: 'CLINICIAN' }], {
    firstName: 'Noor',
    lastName: 'Haddad',
    credentials: 'LPC',
  });
  await setPassword(app.db, facilitator.id);
  facilitatorEmail = facilitator.email;
  const episodes = [];
  for (const [firstName, lastName] of names) {
    const { client, episode } = await createTestClient(
      app.db,
      { programId, primaryClinicianId: facilitator.id },
      { firstName, lastName },
    );
    episodes.push({ id: episode.id, clientId: client.id });
    clients.push({ id: client.id, name: `${firstName} ${lastName}` });
  }
  const groupId = await createTestGroup(
    app.db,
    programId,
    facilitator.id,
    [facilitator.id],
    'Relapse prevention',
  );
  await enrol(app.db, groupId, facilitator.id, episodes);
  // Today, 09:00–12:00 where the program is.
  const [{ at }] = await app.db.query<[{ at: Date }]>(
    `SELECT (((now() AT TIME ZONE '${TZ}')::date + time '09:00') AT TIME ZONE '${TZ}') AS at`,
  );
  sessionId = await createGroupSession(app.db, programId, groupId, facilitator.id, at);
  await app.db.query(
    `UPDATE clinical_session SET occurrence_date = (starts_at AT TIME ZONE '${TZ}')::date WHERE id = $1`,
    [sessionId],
  );
}, 240_000);

afterAll(async () => {
  await app?.stop();
});

describe('taking attendance', () => {
  it('a facilitator takes a 12-person roster with the keyboard alone and sees the hours change', async () => {
    const page = await app.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInAt(page, '/today', facilitatorEmail);
    await page.getByTestId('my-sessions-today').waitFor();
    expect(await page.getByTestId('my-sessions-today').textContent()).toContain(
      'Relapse prevention',
    );

    // The chart before: nothing attended this week.
    const ines = clients.find((c) => c.name === 'Ines Jankowski')!;
    await page.goto(`${app.baseUrl}/clients/${ines.id}`);
    await page.getByTestId('hours-this-week').waitFor();
    expect(await page.getByTestId('hours-this-week').textContent()).toMatch(/This week: 0 min/);

    await page.goto(`${app.baseUrl}/today`);
    // Keyboard from here on: Tab to "Take attendance", Enter.
    const link = page.getByRole('link', { name: 'Take attendance' });
    await link.waitFor();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('roster-table').waitFor();
    const rows = page.getByTestId('roster-row');
    expect(await rows.count()).toBe(12);
    // The first row has focus; rows are sorted by last name.
    await page.keyboard.press('ArrowDown'); // Bram Castellanos
    await page.keyboard.press('l'); // late → focus moves to Celeste
    await page.keyboard.press('x'); // Celeste excused → focus on Dmitri
    await page.keyboard.press('ArrowUp'); // back to Celeste
    await page.keyboard.press('Tab'); // her reason
    await page.keyboard.type('Court date');
    await page.keyboard.press('Shift+Tab'); // back to her row
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // Elif
    await page.keyboard.press('u'); // unexcused
    expect(await rows.nth(1).getAttribute('data-status')).toBe('LATE');
    expect(await rows.nth(2).getAttribute('data-status')).toBe('ABSENT_EXCUSED');
    expect(await rows.nth(4).getAttribute('data-status')).toBe('ABSENT_UNEXCUSED');
    await shot(page, 'attendance-roster');
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('roster-notice').getByText('Saved').waitFor();
    expect(await page.getByTestId('roster-summary').textContent()).toBe('10 attending · 2 absent');

    // The client's hours this week now count the group.
    await page.goto(`${app.baseUrl}/clients/${ines.id}`);
    await page.getByTestId('hours-this-week').getByText('3 h', { exact: true }).waitFor();
    expect(await page.getByTestId('hours-this-week').textContent()).toMatch(/This week: 3 h of/);
    await page
      .getByTestId('hours-card')
      .screenshot({ path: path.join(artifactsDir, 'attendance-hours-chart.png') });
    await page.close();
  });

  it('works at 390 px: every status, minutes and reason in view, the save in reach, the hours chart readable', async () => {
    const page = await app.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAt(page, `/sessions/${sessionId}/attendance`, facilitatorEmail);
    await page.getByTestId('roster-table').waitFor();
    await shot(page, 'attendance-roster-390');
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    expect(await overflow()).toBe(false);
    // Nothing of a row lies outside the roster's card (it once scrolled sideways, the statuses
    // cut to "Pres" and "Abs", the reasons off the screen).
    const clipped = await page.evaluate(() => {
      const card = document
        .querySelector('[data-testid="roster-table"]')!
        .parentElement!.getBoundingClientRect();
      const fields = document.querySelectorAll(
        '[data-testid="roster-row"] select, [data-testid="roster-row"] input',
      );
      return Array.from(fields, (el) => el.getBoundingClientRect()).filter(
        (r) => r.width > 0 && (r.left < card.left || r.right > card.right + 1),
      ).length;
    });
    expect(clipped).toBe(0);
    // Twelve rows run past the screen; the save stays on it.
    const save = await page.getByTestId('roster-save').boundingBox();
    expect(save!.y + save!.height).toBeLessThanOrEqual(844);

    await page.goto(`${app.baseUrl}/clients/${clients[0]!.id}`);
    await page.getByTestId('hours-chart').waitFor();
    expect(await overflow()).toBe(false);
    await page.getByTestId('hours-card').screenshot({
      path: path.join(artifactsDir, 'attendance-hours-chart-390.png'),
    });
    await page.close();
  });

  it('the facilitator’s week calendar: day columns on desktop, a day list at 390 px, each session opening its roster', async () => {
    const page = await app.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInAt(page, '/sessions/week', facilitatorEmail);
    await page.getByTestId('week-calendar').waitFor();
    expect(await page.getByTestId('week-day').count()).toBe(7);
    // Today stands out (this week is the one shown).
    expect(await page.locator('[data-testid="week-day"][aria-current="date"]').count()).toBe(1);
    await shot(page, 'sessions-week-calendar');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'sessions-week-calendar-390');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth + 1,
    );
    expect(overflow).toBe(false);
    await page.getByRole('link', { name: 'Relapse prevention' }).click();
    await page.waitForURL(`**/sessions/${sessionId}/attendance`);
    await page.getByTestId('roster-table').waitFor();
    await page.close();
  });
});
