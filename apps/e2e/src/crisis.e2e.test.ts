import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClient, createTestProgram, createTestStaff } from '@waypoint/api/testing';
import { artifactsDir, startAppUnderTest, type AppUnderTest } from './app-under-test.js';
import { setPassword, signInAt, uniqueSuffix } from './staff-accounts.js';

/**
 * The crisis line: a clinician on call, not on the client's care team, finds the caller by name
 * and logs a high-risk call from a phone (390 px wide); the client's primary clinician finds it at
 * the top of Today. The colleague is rostered on call from an hour ago to an hour ahead, so the
 * header names them.
 */
const TZ = 'America/Chicago';
let app: AppUnderTest;
const emails = { director: '', onCall: '', clinician: '' };
let clientName = '';

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });

beforeAll(async () => {
  app = await startAppUnderTest();
  const { id: programId } = await createTestProgram(app.db, {
    name: `Lakeside IOP ${uniqueSuffix()}`,
    timeZone: TZ,
  });
  const director = await createTestStaff(app.db, [{ programId, role: 'DIRECTOR' }]);
  const onCall = await createTestStaff(app.db, [{ programId, role: 'CLINICIAN' }], {
    firstName: 'Marisol',
    lastName: 'Quintero',
  });
  const clinician = await createTestStaff(app.db, [{ programId, role: 'CLINICIAN' }], {
    firstName: 'Tobias',
    lastName: 'Wren',
  });
  for (const s of [director, onCall, clinician]) await setPassword(app.db, s.id);
  emails.director = director.email;
  emails.onCall = onCall.email;
  emails.clinician = clinician.email;
  const lastName = `Harrowgate ${uniqueSuffix()}`;
  clientName = `Odile ${lastName}`;
  await createTestClient(
    app.db,
    { programId, status: 'ACTIVE', primaryClinicianId: clinician.id },
    { firstName: 'Odile', lastName },
  );
  await app.db.query(
    `INSERT INTO on_call_shift (program_id, staff_id, starts_at, ends_at, created_by_staff_id)
     VALUES ($1, $2, now() - interval '1 hour', now() + interval '1 hour', $2)`,
    [programId, onCall.id],
  );
});

afterAll(() => app?.stop());

describe('the crisis line', () => {
  it('a crisis contact logged at 390 px appears on the primary clinician’s Today', async () => {
    const phone = await app.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await signInAt(phone, '/', emails.onCall);
    // On a phone the crisis line is at the top of the menu.
    await phone.getByTestId('nav-menu-button').click();
    const onCall = phone.getByTestId('main-nav-menu').getByTestId('on-call-now');
    await onCall.waitFor();
    expect(await onCall.innerText()).toBe('On call: you');
    // The form is made to take under a minute on a phone: timed from opening it to the saved call.
    const opened = Date.now();
    await onCall.click();
    await phone.waitForURL(/\/crisis\/log$/);
    // Nothing has to be typed before a call can be logged: who called, the risk and the time
    // start filled in, and no field is required.
    const form = phone.locator('form');
    await form.getByTestId('crisis-submit').waitFor();
    expect(await form.locator('[required], [aria-required="true"]').count()).toBe(0);
    expect(await form.getByRole('radio', { checked: true }).count()).toBe(2);
    expect(await form.getByLabel('When').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

    // Not her client: the search still finds them, with whose client they are.
    await phone.getByTestId('crisis-client').fill('Odile');
    const option = phone.getByRole('option', { name: clientName });
    expect(await option.innerText()).toMatch(/born 1990-05-17 · Active · Tobias Wren/);
    await option.click();
    await phone.getByTestId('crisis-risk').getByText('High', { exact: true }).click();
    await phone.getByText('Safety plan reviewed', { exact: true }).click();
    await phone.getByText('988 called', { exact: true }).click();
    await phone.getByLabel('Notes (optional)').fill('Urges after a relapse; safe with family.');
    // Every target fits the phone's width: nothing to scroll sideways to.
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await shot(phone, 'crisis-contact-390');
    await phone.getByTestId('crisis-submit').click();
    await phone
      .getByText('Crisis contact logged; the primary clinician will see it on Today.')
      .waitFor();
    // Automation time, not a person's; a bound with room for a loaded machine (it takes ~2 s).
    expect(Date.now() - opened, 'ms from opening the form to the saved call').toBeLessThan(30_000);
    await phone.close();

    const desk = await app.newPage();
    await signInAt(desk, '/', emails.clinician);
    await desk.waitForURL(/\/today$/);
    const section = desk.getByTestId('today-crisis-follow-ups');
    await section.waitFor();
    const item = await section.getByTestId('crisis-follow-up').first().innerText();
    expect(item).toContain(clientName);
    expect(item).toMatch(/high risk/i);
    expect(item).toContain('Safety plan reviewed · 988 called');
    expect(await desk.getByTestId('on-call-now').innerText()).toBe('On call: Marisol Q.');
    await shot(desk, 'crisis-today');

    await desk.getByRole('button', { name: 'Mark followed up' }).click();
    await section.waitFor({ state: 'detached' });
    await desk.close();
  });

  it('the director sees the month’s roster, with the hours nobody is on call', async () => {
    const page = await app.newPage();
    await signInAt(page, '/crisis/roster', emails.director);
    await page.getByTestId('roster-month-table').waitFor();
    await page.getByTestId('roster-gaps').waitFor();
    expect(await page.getByTestId('roster-month-table').innerText()).toContain('Marisol Quintero');
    await shot(page, 'crisis-roster');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'crisis-roster-390');
    await page.close();
  });
});
