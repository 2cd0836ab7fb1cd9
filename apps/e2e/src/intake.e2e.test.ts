import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClient, createTestProgram, createTestStaff } from '@waypoint/api/testing';
import { artifactsDir, startAppUnderTest, type AppUnderTest } from './app-under-test.js';
import { setPassword, signInAt, uniqueSuffix } from './staff-accounts.js';

/**
 * Intake from first call to the start of treatment, in a small clinic of its own: an intake
 * coordinator opens an inquiry (after checking the possible duplicates), screens, records the
 * bio-psycho-social summary and assigns the assessing clinician; admission is a clinical
 * decision, so intake is not offered it. The clinician rates the ASAM dimensions with a
 * recommended level of care, admits with a rationale, takes the client through orientation and
 * starts treatment.
 */
let app: AppUnderTest;
let programId = '';
const emails = { intake: '', clinician: '' };
const CLINICIAN = 'Anselm Okoro, LCSW';
// A birth date of its own each run, so a reused database holds no exact match from earlier runs.
const CLIENT = {
  first: 'Rosalind',
  last: 'Achterberg-Vale',
  preferred: 'Roz',
  born: new Date(Date.UTC(1965, 0, 1) + Math.floor(Math.random() * 12_000) * 86_400_000)
    .toISOString()
    .slice(0, 10),
};
let clientId = '';

/**
 * Notifications float over the page; close them so screenshots show the screen itself. They
 * slide in and close by themselves too, so a pointer click can wait on one still moving or find
 * it gone (or behind a dialog's overlay): press every close button there is until none is left.
 */
async function closeNotifications(page: Page) {
  const close = page.locator('.mantine-Notification-closeButton');
  await expect
    .poll(async () => {
      await close.evaluateAll((buttons) => buttons.forEach((b) => (b as HTMLElement).click()));
      return close.count();
    })
    .toBe(0);
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
  it('an intake coordinator takes an inquiry from the first call to assessment; admitting is not theirs', async () => {
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
    // Someone already on record: offered before a second chart is made.
    await page.getByTestId('inquiry-firstName').fill('Ifeoma');
    await page.getByTestId('inquiry-lastName').fill('Castellanos');
    await page.getByTestId('inquiry-dateOfBirth').fill('1990-05-17');
    const match = page.getByTestId('possible-duplicate');
    await expect.poll(() => match.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await match.first().innerText()).toContain('same name and date of birth');
    expect(await match.first().innerText()).toContain('In intake or treatment now');
    await page.getByTestId('confirm-new-client').waitFor();
    await shot(page, 'possible-duplicate');
    await page.getByTestId('inquiry-firstName').fill(CLIENT.first);
    await page.getByTestId('inquiry-lastName').fill(CLIENT.last);
    await page.getByTestId('inquiry-dateOfBirth').fill(CLIENT.born);
    // No one with this name and birth date: nothing to confirm (a reused database may still
    // show similar names from earlier runs).
    await expect
      .poll(() => page.getByTestId('confirm-new-client').count(), { timeout: 10_000 })
      .toBe(0);
    await page.getByTestId('inquiry-preferredName').fill(CLIENT.preferred);
    await page.getByTestId('inquiry-pronouns').fill('she/her');
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

    // The ASAM recommends a level of care: a clinician's, not intake's, to record.
    expect(await page.getByTestId('asam-card-record').count()).toBe(0);
    // Intake assigns the assessing clinician, who takes it from here.
    await page.getByTestId('care-team-edit').click();
    await page.getByTestId('care-team-clinician').click();
    await page.getByRole('option', { name: CLINICIAN }).click();
    await page.getByRole('button', { name: 'Save care team' }).click();
    await expect.poll(() => page.getByTestId('care-team-view').innerText()).toContain(CLINICIAN);

    // Intake may waitlist, refer out or decline, but not admit.
    expect(await page.getByTestId('admission-by-clinician').innerText()).toContain(
      'clinician or director',
    );
    await page.getByTestId('move-decision').click();
    await page.getByTestId('decision-dialog').waitFor();
    expect(await page.getByTestId('decision-option-ADMIT').count()).toBe(0);
    await page.getByTestId('decision-option-WAITLIST').waitFor();
    await shot(page, 'decision-for-intake', { dialog: true });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('decision-dialog').waitFor({ state: 'detached' });
  });

  it('the assessing clinician rates the ASAM dimensions and admits at the recommended level', async () => {
    const page = await app.newPage();
    await signInAt(page, `/clients/${clientId}`, emails.clinician);
    await page.getByTestId('episode-workspace').waitFor();
    expect(await chartStatus(page)).toBe('Assessment');

    // Not ready yet: the decision form lists what admission still needs.
    await page.getByTestId('move-decision').click();
    await page.getByTestId('decision-dialog').waitFor();
    await page.getByTestId('decision-option-ADMIT').click();
    expect(await page.getByTestId('admission-blockers').innerText()).toContain('ASAM');
    expect(await page.getByTestId('decision-submit').isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('decision-dialog').waitFor({ state: 'detached' });

    // ASAM: six dimensions rated 0–4, all of them, with a note where it helps, and a level.
    await page.getByTestId('asam-card-record').click();
    await page.getByTestId('asam-form').waitFor();
    const ratings = [1, 1, 2, 2, 3, 2];
    for (const [i, rating] of ratings.entries()) {
      if (i === 5) {
        await page.getByTestId('asam-save').click();
        await page.getByText('Choose a rating from 0 to 4').waitFor();
        await page.getByText('Choose the level of care you recommend').waitFor();
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
    await page.getByTestId('asam-recommendedLevel').click();
    await page.getByRole('option', { name: '2.1 Intensive outpatient' }).click();
    await page.getByTestId('asam-save').click();
    await page.getByTestId('asam-view').waitFor();
    expect(await page.getByTestId('asam-view').innerText()).toContain('3 · Significant');
    expect(await page.getByTestId('asam-level').innerText()).toContain('2.1 Intensive outpatient');
    await shot(page, 'assessment');

    // The decision: goodness of fit, with a rationale; the first level of care is the ASAM's.
    await page.getByTestId('move-decision').click();
    await page.getByTestId('decision-dialog').waitFor();
    expect(await page.getByTestId('decision-assessment').innerText()).toContain('D5 · 3');
    await page.getByTestId('decision-option-ADMIT').click();
    expect(await page.getByTestId('admission-blockers').count()).toBe(0);
    expect(await page.getByTestId('admission-level').innerText()).toContain('2.1');
    await page.getByTestId('decision-submit').click();
    await page
      .getByText('Give the rationale: how the program fits the client’s needs, or why it does not')
      .waitFor();
    await page
      .getByTestId('decision-rationale')
      .fill(
        'Fits IOP: no withdrawal risk needing detox, stable housing near her sister, wants evening groups around work. She agrees the program suits her.',
      );
    expect(await page.getByTestId('decision-clinician').inputValue()).toBe(CLINICIAN);
    await shot(page, 'admission-decision', { dialog: true });
    await page.getByTestId('decision-submit').click();
    await page.getByTestId('decision-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => chartStatus(page)).toBe('Orientation');
    expect(await page.getByTestId('transition-history').innerText()).toContain(CLINICIAN);
    // The first level of care is the one the ASAM recommended.
    expect(await page.getByTestId('loc-current').innerText()).toContain('2.1 Intensive outpatient');
  });

  it('intake no longer sees the chart once the client is admitted', async () => {
    const page = await app.newPage();
    await signInAt(page, '/intake', emails.intake);
    const rows = page.getByTestId('intake-row');
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
