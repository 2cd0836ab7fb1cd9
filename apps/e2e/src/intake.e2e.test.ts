import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClient, createTestProgram, createTestStaff } from '@waypoint/api/testing';
import { artifactsDir, startAppUnderTest, type AppUnderTest } from './app-under-test.js';
import { setPassword, signInAt, uniqueSuffix } from './staff-accounts.js';

/**
 * Intake from first call to the start of treatment, in a small clinic of its own: an intake
 * coordinator opens an inquiry, screens and assesses, records the bio-psycho-social summary and
 * the ASAM ratings, and admits with a rationale and a primary clinician; that clinician then
 * takes the client through orientation and starts treatment.
 */
let app: AppUnderTest;
let programId = '';
const emails = { intake: '', clinician: '' };
const CLINICIAN = 'Anselm Okoro, LCSW';
const CLIENT = { first: 'Rosalind', last: 'Achterberg-Vale', preferred: 'Roz' };
let clientId = '';

/** Notifications float over the page; close them so screenshots show the screen itself. */
async function closeNotifications(page: Page) {
  const close = page.locator('.mantine-Notification-closeButton');
  for (let i = await close.count(); i > 0; i--) await close.first().click();
  await expect.poll(() => close.count()).toBe(0);
}

/** The whole page; with a dialog open, the screen as seen (the dialog's overlay is the screen). */
async function shot(page: Page, name: string, { dialog = false } = {}) {
  await closeNotifications(page);
  if (!dialog) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({
    path: path.join(artifactsDir, `${name}.png`),
    fullPage: !dialog,
    // Finish transitions (an input's border fading from red once corrected) before capturing.
    animations: 'disabled',
  });
}

/** Makes the move offered by `button` through its dialog, with an optional note. */
async function move(page: Page, button: string, note?: string) {
  await page.getByTestId(button).click();
  const dialog = page.getByTestId('transition-dialog');
  await dialog.waitFor();
  if (note) await page.getByTestId('transition-reason').fill(note);
  await page.getByTestId('transition-submit').click();
  await dialog.waitFor({ state: 'detached' });
}

const chartStatus = (page: Page) => page.getByTestId('chart-status').innerText();

beforeAll(async () => {
  app = await startAppUnderTest();
  ({ id: programId } = await createTestProgram(app.db, {
    name: `Lakeshore Adult IOP ${uniqueSuffix()}`,
  }));
  const people = [
    ['intake', 'INTAKE', 'Marisol', 'Quintero', null],
    ['clinician', 'CLINICIAN', 'Anselm', 'Okoro', 'LCSW'],
  ] as const;
  for (const [key, role, firstName, lastName, credentials] of people) {
    const s = await createTestStaff(app.db, [{ programId, role }], {
      firstName,
      lastName,
      credentials,
    });
    await setPassword(app.db, s.id);
    emails[key] = s.email;
  }
  // A colleague the decision form offers too.
  await createTestStaff(app.db, [{ programId, role: 'CLINICIAN' }], {
    firstName: 'Beatrix',
    lastName: 'Lindqvist-Oyelaran',
    credentials: 'LMFT',
  });
  // Others already waiting, so the intake list has something to show.
  const days = (n: number) => new Date(Date.now() - n * 86_400_000);
  const waiting = [
    ['Tomasz', 'Eberhardt', 'WAITLISTED', 19, 'Court or probation'],
    ['Ifeoma', 'Castellanos', 'ASSESSMENT', 8, 'Hospital or emergency department'],
    ['Wendell', 'Parrish-Moyo', 'INQUIRY', 1, 'Self'],
  ] as const;
  for (const [firstName, lastName, status, ago, referral] of waiting) {
    const { episode } = await createTestClient(
      app.db,
      { programId, status, openedAt: days(ago) },
      { firstName, lastName },
    );
    await app.db.query('UPDATE episode SET referral_source = $1 WHERE id = $2', [
      referral,
      episode.id,
    ]);
  }
});

afterAll(() => app?.stop());

describe('intake, start to finish', () => {
  it('an intake coordinator takes an inquiry from the first call to admission', async () => {
    const page = await app.newPage();
    await signInAt(page, '/intake', emails.intake);

    // The list before admission, longest waiting first.
    const rows = page.getByTestId('intake-row');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.first().innerText()).toContain('Tomasz Eberhardt');
    expect(await rows.first().innerText()).toContain('Admit when a place opens');
    expect(await page.getByTestId('main-nav').innerText()).toContain('Intake');
    await shot(page, 'intake-list');

    // A new inquiry: nothing is sent until the required details are there.
    await page.getByTestId('new-inquiry').click();
    await page.getByTestId('inquiry-form').waitFor();
    await page.getByTestId('inquiry-submit').click();
    await expect.poll(() => page.getByText('Required', { exact: true }).count()).toBe(3);
    expect(new URL(page.url()).pathname).toBe('/intake/new');
    await page.getByTestId('inquiry-firstName').fill(CLIENT.first);
    await page.getByTestId('inquiry-lastName').fill(CLIENT.last);
    await page.getByTestId('inquiry-preferredName').fill(CLIENT.preferred);
    await page.getByTestId('inquiry-pronouns').fill('she/her');
    await page.getByTestId('inquiry-dateOfBirth').fill('1987-03-14');
    await page.getByTestId('inquiry-phone').fill('(562) 555-0191');
    await page.getByTestId('inquiry-email').fill('not-an-email');
    await page.getByTestId('inquiry-referralSource').fill('Primary care physician');
    await page.keyboard.press('Escape');
    // A mistyped email is caught as soon as the field is left.
    await page.getByTestId('inquiry-email').focus();
    await page.getByTestId('inquiry-phone').focus();
    await page.getByText('Enter an email address, like name@example.org').waitFor();
    await page.getByTestId('inquiry-email').fill('roz.av@example.org');
    await shot(page, 'new-inquiry');
    await page.getByTestId('inquiry-submit').click();

    // The new client's chart opens at the start of the lifecycle.
    await page.waitForURL(/\/clients\/[0-9a-f-]{36}$/);
    clientId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByTestId('episode-workspace').waitFor();
    expect(await page.getByTestId('chart-client-name').innerText()).toBe(
      `${CLIENT.preferred} ${CLIENT.last}`,
    );
    expect(await chartStatus(page)).toBe('Inquiry');

    // Screening, then assessment; each move is recorded with who made it.
    await move(page, 'move-SCREENING');
    await expect.poll(() => chartStatus(page)).toBe('Screening');
    await move(page, 'move-ASSESSMENT', 'Daily drinking, no withdrawal history: IOP may fit.');
    await expect.poll(() => chartStatus(page)).toBe('Assessment');
    const history = page.getByTestId('transition-history');
    expect(await history.innerText()).toContain('Screening → Assessment');
    expect(await history.innerText()).toContain('Marisol Quintero');

    // The bio-psycho-social summary: every section is required, as the API requires.
    await page.getByTestId('bps-card-record').click();
    await page.getByTestId('bps-save').click();
    await expect.poll(() => page.getByText('Write this section before saving').count()).toBe(4);
    await page
      .getByTestId('bps-presentingProblems')
      .fill(
        'Daily drinking has grown over two years; came in after her physician raised liver results.',
      );
    await page
      .getByTestId('bps-substanceUseHistory')
      .fill(
        'Alcohol since 19, daily for two years. One outpatient program in 2019, sober 8 months.',
      );
    await page
      .getByTestId('bps-strengths')
      .fill('“I’m stubborn in a good way. My sister checks on me every day.”');
    await page
      .getByTestId('bps-problemAreas')
      .fill('“Evenings alone are the worst. I don’t know what to do with myself after work.”');
    await page.getByTestId('bps-save').click();
    await page.getByTestId('bps-view').waitFor();
    expect(await page.getByTestId('bps-card-recorded').innerText()).toContain('Marisol Quintero');

    // ASAM: six dimensions rated 0–4, all of them, with a note where it helps.
    await page.getByTestId('asam-card-record').click();
    await page.getByTestId('asam-form').waitFor();
    const ratings = [1, 1, 2, 2, 3, 2];
    for (const [i, rating] of ratings.entries()) {
      if (i === 5) {
        await page.getByTestId('asam-save').click();
        await page.getByText('Choose a rating from 0 to 4').waitFor();
      }
      await page
        .getByTestId(`asam-d${i + 1}`)
        .locator('label')
        .nth(rating)
        .click();
    }
    await page.getByRole('button', { name: 'Add a note' }).nth(4).click();
    await page
      .getByTestId('asam-d5Note')
      .fill('Relapsed within weeks after the 2019 program ended.');
    await page.getByTestId('asam-save').click();
    await page.getByTestId('asam-view').waitFor();
    expect(await page.getByTestId('asam-view').innerText()).toContain('3 · Significant');
    await shot(page, 'assessment');

    // The decision: goodness of fit, with a rationale and, to admit, a primary clinician.
    await page.getByTestId('move-decision').click();
    await page.getByTestId('decision-dialog').waitFor();
    expect(await page.getByTestId('decision-assessment').innerText()).toContain('D5 · 3');
    await page.getByTestId('decision-option-ADMIT').click();
    await page.getByTestId('decision-submit').click();
    await page.getByText('Choose the primary clinician who will take the client on').waitFor();
    await page
      .getByTestId('decision-rationale')
      .fill(
        'Fits IOP: no withdrawal risk needing detox, stable housing near her sister, wants evening groups around work. She agrees the program suits her.',
      );
    await page.getByTestId('decision-clinician').click();
    await page.getByRole('option', { name: CLINICIAN }).click();
    // Choosing one clears the complaint.
    await expect
      .poll(() => page.getByTestId('decision-clinician').getAttribute('aria-invalid'))
      .toBeNull();
    await shot(page, 'admission-decision', { dialog: true });
    await page.getByTestId('decision-submit').click();

    // Intake's access ends at admission: a confirmation instead of the chart.
    await page.waitForURL(/\/intake\/outcome$/);
    expect(await page.getByTestId('outcome-title').innerText()).toBe(
      `${CLIENT.preferred} ${CLIENT.last} is admitted`,
    );
    expect(await page.getByTestId('outcome-clinician').innerText()).toBe(CLINICIAN);
    await shot(page, 'admission-confirmed');
    await page.getByTestId('outcome-back-to-intake').click();
    await expect.poll(() => rows.count()).toBe(3);
    expect(await page.getByTestId('intake-table').innerText()).not.toContain(CLIENT.last);
    await page.goto(`/clients/${clientId}`);
    await page.getByTestId('chart-no-access').waitFor();
  });

  it('the clinician takes the client through orientation and starts treatment', async () => {
    const page = await app.newPage();
    await signInAt(page, '/caseload', emails.clinician);
    await page.getByTestId('caseload-row').filter({ hasText: CLIENT.last }).click();
    await page.getByTestId('orientation-checklist').waitFor();
    expect(await chartStatus(page)).toBe('Orientation');
    expect(await page.getByTestId('episode-lifecycle').innerText()).toContain('Admitted');

    // Treatment cannot start before every item is done.
    const start = page.getByTestId('start-treatment');
    expect(await start.isDisabled()).toBe(true);
    const items = page.locator('[data-testid^="orientation-item-"]');
    const count = await items.count();
    expect(count).toBe(7);
    for (let i = 0; i < count; i++) {
      await items.nth(i).check();
      // Each tick is saved (against the version just read) before the next.
      await expect.poll(() => items.nth(i).isEnabled()).toBe(true);
    }
    await expect
      .poll(() => page.getByTestId('orientation-progress').innerText())
      .toBe('7 of 7 done');
    await expect.poll(() => start.isEnabled()).toBe(true);
    await shot(page, 'orientation');

    await move(page, 'start-treatment');
    await expect.poll(() => chartStatus(page)).toBe('Active');
    expect(await page.getByTestId('transition-history').innerText()).toContain(
      'Orientation → Active',
    );
    expect(await page.getByTestId('orientation-checklist').count()).toBe(0);
    await shot(page, 'treatment-started');
  });
});
