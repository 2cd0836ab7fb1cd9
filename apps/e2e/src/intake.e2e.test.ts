import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
const emails = { intake: '', clinician: '', director: '' };
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

// axe-core is injected as source: the app's Content-Security-Policy refuses inline scripts.
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** axe-core's serious and critical findings on the page as it is. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    type Found = { id: string; impact: string | null; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Found[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** A date `n` days back, safely in the past in any program time zone. */
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const SAFETY = [
  'suicidalIdeation',
  'suicidePlanOrIntent',
  'recentSuicideAttempt',
  'homicidalIdeation',
  'withdrawalRisk',
  'currentlyIntoxicated',
  'pregnant',
  'medicalEmergency',
];

beforeAll(async () => {
  app = await startAppUnderTest();
  ({ id: programId } = await createTestProgram(app.db, {
    name: `Lakeshore Adult IOP ${uniqueSuffix()}`,
  }));
  const people = [
    ['intake', 'INTAKE', 'Marisol', 'Quintero', null],
    ['clinician', 'CLINICIAN', 'Anselm', 'Okoro', 'LCSW'],
    ['director', 'DIRECTOR', 'Helga', 'Brandt', 'PhD'],
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
    // The list arrives at the machine's pace; count it once it is there.
    await rows.first().waitFor();
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

    // The screening call, structured. Nothing is sent until every question is answered.
    await page.getByTestId('screening-record').click();
    const form = page.getByTestId('screening-form');
    await form.waitFor();
    await page.getByTestId('screening-save').click();
    await form.getByText('Choose at least one reason for the call').waitFor();
    await expect.poll(() => form.getByText('Answer yes or no').count()).toBe(SAFETY.length);
    await form.getByLabel('Wants treatment for their own use').check();
    await form.getByLabel('A physician or hospital referred them').check();
    await page.getByTestId('screening-add-substance').click();
    await page.getByTestId('screening-substance-0-substance').selectOption('ALCOHOL');
    await page.getByTestId('screening-substance-0-route').selectOption('ORAL');
    await page.getByTestId('screening-substance-0-frequency').selectOption('DAILY');
    await page.getByTestId('screening-substance-0-lastUseOn').fill(daysAgo(2));
    await page.getByTestId('screening-substance-0-ageAtFirstUse').fill('19');
    await page.getByTestId('screening-add-substance').click();
    await page.getByTestId('screening-substance-1-substance').selectOption('BENZODIAZEPINES');
    await page.getByTestId('screening-substance-1-route').selectOption('ORAL');
    await page.getByTestId('screening-substance-1-frequency').selectOption('SEVERAL_WEEKLY');
    // A date in the future is named on its own row.
    await page.getByTestId('screening-substance-1-lastUseOn').fill('2099-01-01');
    for (const q of SAFETY) {
      await page
        .getByTestId(`screening-safety-${q}`)
        .getByRole('radio', { name: q === 'withdrawalRisk' ? 'Yes' : 'No' })
        .check();
    }
    // A positive answer escalates at once: the steps come first, the urgency is raised.
    const escalation = page.getByTestId('screening-escalation');
    await escalation.waitFor();
    expect(await escalation.innerText()).toContain('withdrawal management');
    expect(await escalation.innerText()).toContain('Urgent');
    expect(
      await page
        .getByTestId('screening-urgency')
        .getByRole('radio', { name: 'Routine' })
        .isDisabled(),
    ).toBe(true);
    await page.getByTestId('screening-save').click();
    await form.getByText('Last use cannot be in the future').waitFor();
    await form.getByText('Record what was advised and who was told').waitFor();
    await page.getByTestId('screening-substance-1-lastUseOn').fill(daysAgo(1));
    await page
      .getByTestId('screening-escalationNote')
      .fill(
        'Seizure when she stopped drinking in 2019: referred to Harbor withdrawal management for a medical evaluation before IOP. Told supervisor Dr. Ames at 10:05.',
      );
    // The notification from opening the inquiry may still float there (its close button has no
    // name, a finding outside this form): axe judges the form.
    await closeNotifications(page);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'screening-escalation');
    await page.getByTestId('screening-save').click();
    await form.waitFor({ state: 'detached' });
    const saved = page.getByTestId('screening-view-escalation');
    expect(await saved.innerText()).toContain('Escalated: Urgent');
    expect(await saved.innerText()).toContain('Recorded by Marisol Quintero');
    expect(await page.getByTestId('screening-urgency').innerText()).toMatch(/urgent/i);
    expect(await page.getByTestId('screening-substances').innerText()).toContain('Benzodiazepines');
    await shot(page, 'screening-saved');

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

    // Back on the intake list, the escalated screening comes first, ahead of those who have
    // waited longer, and says why.
    await page.getByTestId('main-nav').getByRole('link', { name: 'Intake' }).click();
    await page.waitForURL(/\/intake$/);
    await expect.poll(() => rows.count()).toBe(4);
    expect(await rows.first().innerText()).toContain(`${CLIENT.preferred} ${CLIENT.last}`);
    const urgency = rows.first().getByTestId('intake-urgency');
    expect(await urgency.innerText()).toBe('Safety · Urgent');
    expect(await urgency.getAttribute('title')).toBe(
      'A safety answer was positive: Urgent (same day)',
    );
    expect(await page.getByTestId('intake-urgency').count()).toBe(1);
    await shot(page, 'intake-list-escalated');

    // The director sees it too, on the dashboard they land on.
    const director = await app.newPage();
    await signInAt(director, '/dashboard', emails.director);
    const section = director.getByTestId('escalations-section');
    await expect.poll(() => section.getByTestId('escalation-row').count()).toBe(1);
    expect(await section.getByTestId('escalation-row').innerText()).toMatch(
      new RegExp(`Safety · Urgent[\\s\\S]*${CLIENT.preferred} ${CLIENT.last}[\\s\\S]*Assessment`),
    );
    expect(await section.getByTestId('escalations-count').innerText()).toBe('1');
    await section.scrollIntoViewIfNeeded();
    await shot(director, 'dashboard-escalations');
    await director.close();

    // And the assessing clinician, at the top of their Today list, until the client is admitted.
    const clinician = await app.newPage();
    await signInAt(clinician, '/today', emails.clinician);
    const item = clinician.locator('[data-testid="today-item"][data-kind="SCREENING_ESCALATED"]');
    await item.waitFor();
    expect(await clinician.getByTestId('today-item').first().getAttribute('data-kind')).toBe(
      'SCREENING_ESCALATED',
    );
    expect(await item.innerText()).toContain(`${CLIENT.preferred} ${CLIENT.last}`);
    // Safety heads the day, above the sessions, notes to sign and the rest of the worklist.
    expect(
      await clinician.evaluate(() => {
        const safety = document.querySelector('[data-testid="today-group-safety"]')!;
        const later: Element[] = Array.from(
          document.querySelectorAll(
            '[data-testid="today-list"], [aria-labelledby="notes-to-sign"], [data-testid="my-sessions-today"]',
          ),
        );
        return later.every(
          (e) => (safety.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
        );
      }),
    ).toBe(true);
    await shot(clinician, 'today-screening-escalated');
    await item.getByTestId('today-item-label').click();
    await clinician.waitForURL(new RegExp(`/clients/${clientId}#intake-screening$`));
    await clinician.getByTestId('screening-view-escalation').waitFor();
    await clinician.close();
  });

  it('on a phone the screening and its escalation fit the screen and work from the keyboard', async () => {
    const page = await app.browser.newPage({
      viewport: { width: 390, height: 844 },
      baseURL: app.baseUrl,
      isMobile: true,
      hasTouch: true,
    });
    await signInAt(page, `/clients/${clientId}`, emails.intake);
    await page.getByTestId('screening-view-escalation').waitFor();
    // The keyboard alone opens the form and answers a question.
    await page.getByTestId('screening-record').focus();
    await page.keyboard.press('Enter');
    const form = page.getByTestId('screening-form');
    await form.waitFor();
    await page.getByTestId('screening-escalation').waitFor();
    await page.getByTestId('screening-safety-pregnant').getByRole('radio', { name: 'No' }).focus();
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'screening-phone');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await form.waitFor({ state: 'detached' });
    await page.close();
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
    // The list arrives at the machine's pace; count it once it is there.
    await rows.first().waitFor();
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

    // The contacts orientation asks for are kept on the client record: the item links there.
    await page
      .getByRole('link', { name: 'Record them on the emergency and crisis contacts card' })
      .click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#emergency-contacts');
    await page.getByTestId('emergency-contacts').waitFor();

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
