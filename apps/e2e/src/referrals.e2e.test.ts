import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PART2_NOTICE_FULL } from '@waypoint/domain';
import {
  createTestClient,
  createTestEpisodeRecords,
  createTestProgram,
  createTestStaff,
  flagResourcesToReverify,
} from '@waypoint/api/testing';
import { artifactsDir, startAppUnderTest, type AppUnderTest } from './app-under-test.js';
import { setPassword, signInAt, uniqueSuffix } from './staff-accounts.js';

/**
 * Closed-loop referral under 42 CFR Part 2: a case manager finds a vocational-rehab resource,
 * drafts a referral, is told consent is missing, records the consent, sends, and later records
 * the outcome, which the plan goal then shows. The send appears in the accounting of disclosures.
 */
const VOC_REHAB = 'Riverside Vocational Rehabilitation';
let app: AppUnderTest;
let email = '';
let directorEmail = '';
let programId = '';
let clientId = '';
let goal = '';
let page: Page;

/** At desktop and phone width; a dialog is kept as the screen shows it (it does not scroll the page). */
async function shot(p: Page, name: string, fullPage = true) {
  for (const [suffix, width] of [
    ['', 1280],
    ['-390', 390],
  ] as const) {
    await p.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await p.evaluate(() => window.scrollTo(0, 0));
    await p.screenshot({ path: path.join(artifactsDir, `${name}${suffix}.png`), fullPage });
  }
  await p.setViewportSize({ width: 1440, height: 900 });
}

beforeAll(async () => {
  app = await startAppUnderTest();
  ({ id: programId } = await createTestProgram(app.db, {
    name: `Juniper Adult IOP ${uniqueSuffix()}`,
  }));
  const cm = await createTestStaff(app.db, [{ programId, role: 'CASE_MANAGER' }], {
    firstName: 'Ottoline',
    lastName: 'Baptiste-Marr',
  });
  await setPassword(app.db, cm.id);
  await createTestStaff(app.db, [{ programId, role: 'ADMIN' }]);
  email = cm.email;
  const director = await createTestStaff(app.db, [{ programId, role: 'DIRECTOR' }]);
  await setPassword(app.db, director.id);
  directorEmail = director.email;
  const made = await createTestClient(
    app.db,
    { programId, status: 'ACTIVE', caseManagerId: cm.id },
    { firstName: 'Ignatius', lastName: 'Featherstone', pronouns: 'he/him' },
  );
  clientId = made.client.id;
  const records = await createTestEpisodeRecords(app.db, made.episode.id, cm.id, {
    status: 'ACTIVE',
  });
  const goals = await app.db.query<{ goal: string }[]>(
    'SELECT description AS goal FROM plan_goal WHERE id = $1',
    [records.plan!.goalId],
  );
  goal = goals[0]!.goal;
  const resource = (name: string, category: string, services: string) =>
    app.db.query(
      `INSERT INTO community_resource (program_id, name, category, services, phone, hours,
         languages, cost, accepts_medicaid, last_verified_at)
       VALUES ($1, $2, $3, $4, '(555) 010-2200', 'Mon–Fri 9–5', '{English,Spanish}', 'FREE', true, now())`,
      [programId, name, category, services],
    );
  await resource(VOC_REHAB, 'VOCATIONAL_REHAB', 'Job coaching, résumé help and supported work');
  await resource('Harbor Food Pantry', 'FOOD', 'Weekly groceries, no ID needed');
  await resource('Lakeside Legal Aid', 'LEGAL', 'Expungement clinics and tenant advice');
});

afterAll(() => app?.stop());

describe('a referral gated by consent', () => {
  it('the case manager finds a vocational-rehab resource in the directory', async () => {
    page = await app.newPage();
    await signInAt(page, '/resources', email);
    await page.getByRole('textbox', { name: 'Search' }).fill('vocational');
    const card = page.getByRole('article', { name: VOC_REHAB });
    await card.waitFor();
    expect(await page.getByRole('article').count()).toBe(1);
    await shot(page, 'referrals-directory');
  });

  it('drafts a referral to it for a plan goal; the send is refused naming the missing consent', async () => {
    await page.goto(`${app.baseUrl}/clients/${clientId}`);
    const board = page.getByTestId('referral-board');
    await board.getByRole('button', { name: 'New referral' }).click();
    const form = page.getByTestId('referral-form');
    await form.getByLabel('Resource', { exact: true }).fill('Riverside');
    await page.getByRole('option', { name: new RegExp(VOC_REHAB) }).click();
    await form.getByLabel('Reason for referral').fill('Wants help returning to work');
    await form
      .getByLabel('Information to send')
      .fill('Name, phone, dates of attendance; no diagnosis');
    await form.getByLabel('Plan goal', { exact: true }).click();
    await page.getByRole('option', { name: goal }).click();
    await form.getByLabel('Answer due by').fill('2099-01-15');
    await form.getByRole('button', { name: 'Save draft' }).click();
    await form.waitFor({ state: 'detached' });

    const item = board.getByRole('listitem', { name: `Referral to ${VOC_REHAB}` });
    await item.getByText('Draft', { exact: true }).waitFor();
    await item.getByRole('button', { name: 'Send' }).click();
    const refusal = item.getByRole('alert');
    await refusal.getByText('Not sent: consent is missing').waitFor();
    expect(await refusal.innerText()).toContain(`no consent to disclose to ${VOC_REHAB}`);
    await item.getByText('Awaiting consent', { exact: true }).waitFor();
    // Nothing was sent, so there is no sheet to hand over.
    expect(await item.getByRole('link', { name: /Referral sheet/ }).count()).toBe(0);
  });

  it('records the consent prefilled for that recipient and purpose, and the send goes out', async () => {
    const item = page.getByRole('listitem', { name: `Referral to ${VOC_REHAB}` });
    await item.getByRole('button', { name: 'Draft consent' }).click();
    const form = page.getByTestId('consent-form');
    expect(await form.getByLabel('Recipient 1').inputValue()).toBe(VOC_REHAB);
    expect(await form.getByRole('checkbox', { name: /care coordination/ }).isChecked()).toBe(true);
    await form.getByRole('button', { name: 'Save for signature' }).click();
    await form.getByText('The consent is not complete').waitFor();
    await form
      .getByLabel('What information, described specifically')
      .fill('Name, phone and dates of attendance; no diagnosis or test results.');
    await form
      .getByLabel('Purpose in the client’s words')
      .fill('To apply for vocational rehabilitation services');
    await form.getByLabel('Expires on').fill('2099-06-30');
    await shot(page, 'referrals-consent-form', false);
    await form.getByRole('button', { name: 'Save for signature' }).click();
    const signature = page.getByTestId('consent-signature-form');
    await signature.getByLabel('Client’s signature (full name)').fill('Ignatius Featherstone');
    await signature.getByRole('button', { name: 'Record signature' }).click();
    await signature.waitFor({ state: 'detached' });
    const consent = page.getByRole('listitem', { name: `Consent to ${VOC_REHAB}` });
    await consent.getByText('Active', { exact: true }).waitFor();

    await item.getByRole('button', { name: 'Send' }).click();
    await item.getByText('Sent', { exact: true }).waitFor();
    expect(await item.getByRole('alert').count()).toBe(0);
  });

  it('later records acceptance, the appointment and the outcome; the plan goal shows it', async () => {
    const item = page.getByRole('listitem', { name: `Referral to ${VOC_REHAB}` });
    const move = async (action: string, fill?: [string, string]) => {
      await item.getByRole('button', { name: action }).first().click();
      if (fill) await item.getByLabel(fill[0]).fill(fill[1]);
      await item.getByRole('button', { name: action }).click();
      await item.getByRole('button', { name: 'Back' }).waitFor({ state: 'detached' });
    };
    await move('Recipient accepted');
    await move('Appointment booked', ['Appointment', '2099-01-20T10:30']);
    await move('Record outcome', ['Outcome', 'Enrolled in a 12-week job coaching programme']);
    await item.getByText('Completed', { exact: true }).waitFor();
    expect(await item.innerText()).toContain('Enrolled in a 12-week job coaching programme');
    await shot(page, 'referrals-board');

    await page.goto(`${app.baseUrl}/clients/${clientId}/plan`);
    const onGoal = page.getByTestId('goal-referrals');
    await onGoal.waitFor();
    expect(await onGoal.innerText()).toContain('Enrolled in a 12-week job coaching programme');
  });

  it('the send is listed in the client’s accounting of disclosures', async () => {
    await page.goto(`${app.baseUrl}/clients/${clientId}/disclosures`);
    const sheet = page.getByTestId('disclosure-accounting');
    await sheet.getByRole('cell', { name: VOC_REHAB }).waitFor();
    expect(await sheet.getByRole('row').count()).toBe(2);
    await shot(page, 'referrals-disclosure-accounting');
  });

  it('the referral sheet that went out names the consent and carries the §2.32 notice', async () => {
    await page.goto(`${app.baseUrl}/clients/${clientId}`);
    await page.getByRole('link', { name: `Referral sheet sent to ${VOC_REHAB}` }).click();
    const sheet = page.getByTestId('referral-sheet');
    await sheet.waitFor();
    expect(await sheet.getByTestId('part2-notice').innerText()).toBe(PART2_NOTICE_FULL);
    const text = await sheet.innerText();
    expect(text).toContain('Ignatius Featherstone');
    expect(text).toContain('Name, phone, dates of attendance; no diagnosis');
    expect(text).toContain('Signed by Ignatius Featherstone');
    expect(text).toContain('To apply for vocational rehabilitation services');
    await shot(page, 'referrals-sheet');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print the referral' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('the resource list given to the client', () => {
  it('prints the referred resources in the client’s language, without the app around it', async () => {
    await page.goto(`${app.baseUrl}/clients/${clientId}`);
    await page.getByRole('link', { name: 'Resource list for the client' }).click();
    const sheet = page.getByTestId('client-resource-list');
    await sheet.getByRole('heading', { name: VOC_REHAB }).waitFor();
    expect(await sheet.getByRole('heading', { level: 2 }).count()).toBe(1);
    await page.getByRole('combobox', { name: 'Client’s language', exact: true }).click();
    await page.getByRole('option', { name: 'Spanish' }).click();
    await sheet.getByRole('heading', { name: 'Sus recursos en la comunidad' }).waitFor();
    expect(await sheet.innerText()).toContain('Le atienden en español');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print for the client' }).isVisible()).toBe(
      false,
    );
    await shot(page, 'referrals-client-resource-list-print');
    expect(await sheet.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await shot(page, 'referrals-client-resource-list');
  });
});

describe('a director imports the directory from CSV', () => {
  const HEADER = 'name,category,services,languages,cost,accepts_medicaid';
  const count = async () =>
    (
      await app.db.query<[{ n: number }]>(
        'SELECT count(*)::int AS n FROM community_resource WHERE program_id = $1',
        [programId],
      )
    )[0].n;

  it('a file with a bad row is refused whole, naming the row; a good file is imported', async () => {
    const before = await count();
    const director = await app.newPage();
    await signInAt(director, '/resources', directorEmail);
    const file = (name: string, lines: string[]) => ({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\n')),
    });
    const picker = director.locator('input[type=file]');
    await picker.setInputFiles(
      file('bad.csv', [
        HEADER,
        'Cedar Street Shelter,HOUSING,Emergency beds,English,FREE,no',
        'Bayview Dental,DENTAL,Checkups,English,INSURANCE,yes',
      ]),
    );
    const problems = director.getByTestId('csv-problems');
    await problems.getByText('Nothing was imported').waitFor();
    expect(await problems.innerText()).toContain('Row 3, category');
    expect(await count()).toBe(before);
    await shot(director, 'resources-import-refused');

    await picker.setInputFiles(
      file('good.csv', [
        HEADER,
        'Cedar Street Shelter,HOUSING,Emergency beds,English,FREE,no',
        'Bayview Clinic,MEDICAL,Checkups,English; Spanish,INSURANCE,yes',
      ]),
    );
    await director.getByText('Imported good.csv: 2 added, 0 changed.').waitFor();
    await problems.waitFor({ state: 'detached' });
    expect(await count()).toBe(before + 2);
    await director.getByRole('article', { name: 'Cedar Street Shelter' }).waitFor();
    await shot(director, 'resources-import-done');

    await director.goto(`${app.baseUrl}/disclosures`);
    const disclosures = director.getByTestId('program-disclosures');
    await disclosures.getByRole('cell', { name: VOC_REHAB }).waitFor();
    await disclosures.getByRole('link', { name: /Featherstone/ }).waitFor();
    await shot(director, 'referrals-program-disclosures');
    await director.close();
  });
});

describe('referral worklists', () => {
  it('a past-due referral is on the case manager’s Today and in the director’s open referrals', async () => {
    const [row] = await app.db.query<{ episodeId: string; staffId: string }[]>(
      `SELECT e.id AS "episodeId", e.case_manager_id AS "staffId" FROM episode e WHERE e.client_id = $1`,
      [clientId],
    );
    const { episodeId, staffId } = row!;
    await app.db.query(
      `INSERT INTO referral (episode_id, client_id, recipient_name, reason, purpose,
         information_to_send, urgency, due_by, status, created_by_id)
       VALUES ($1, $2, 'Harbor Food Pantry', 'Food this week', 'CARE_COORDINATION', 'Name',
         'SOON', '2020-01-15', 'PENDING_CONSENT', $3)`,
      [episodeId, clientId, staffId],
    );
    await page.goto(`${app.baseUrl}/today`);
    const today = page.getByTestId('referrals-today');
    await today.getByText('To Harbor Food Pantry', { exact: false }).waitFor();
    // textContent: the badge is shown in capitals (CSS), innerText would return them so.
    expect(await today.textContent()).toContain('Past due, no answer');
    await shot(page, 'referrals-today');

    const director = await app.newPage();
    await signInAt(director, '/dashboard', directorEmail);
    const section = director.getByTestId('referrals-dashboard');
    await section.getByRole('button', { name: /Past due/ }).click();
    await section.getByText('To Harbor Food Pantry', { exact: false }).waitFor();
    await shot(director, 'referrals-dashboard');
    await director.close();
  });
});

/** The client's episode and its case manager, for records a test puts in place. */
async function clientsEpisode() {
  const [row] = await app.db.query<{ episodeId: string; staffId: string }[]>(
    `SELECT e.id AS "episodeId", e.case_manager_id AS "staffId" FROM episode e WHERE e.client_id = $1`,
    [clientId],
  );
  return row;
}

describe('the case manager’s worklist and the director’s referral figures', () => {
  it('Today lists my referrals by state, consents lapsing within 30 days and resources to check again', async () => {
    const row = await clientsEpisode();
    await app.db.query(
      `INSERT INTO consent (episode_id, client_id, status, disclosing_party, information_description,
         recipients, purposes, purpose_description, revocation_statement, created_by_id, expires_on,
         signed_at)
       SELECT $1, $2, 'ACTIVE', 'Juniper IOP', 'Attendance dates',
         '[{"name":"Lakeside Legal Aid","coveredEntity":false}]', '{CARE_COORDINATION}',
         'Tenant advice', 'In writing to the program', $3,
         (now() AT TIME ZONE p.time_zone)::date + 9, now()
       FROM program p WHERE p.id = $4`,
      [row!.episodeId, clientId, row!.staffId, programId],
    );
    await app.db.query(
      `INSERT INTO community_resource (program_id, name, category, phone, languages, cost, last_verified_at)
       VALUES ($1, 'Eastgate Bus Vouchers', 'TRANSPORT', '(555) 010-7788', '{English}', 'FREE',
         now() - interval '400 days')`,
      [programId],
    );
    await flagResourcesToReverify(app.db);
    await page.goto(`${app.baseUrl}/today`);
    const byState = page.getByTestId('referrals-by-state');
    await byState.waitFor();
    expect(await byState.textContent()).toMatch(/Awaiting consent: 1/i);
    const consents = page.getByTestId('consents-expiring');
    await consents.getByText('To Lakeside Legal Aid', { exact: false }).waitFor();
    expect(await consents.textContent()).toContain('9 days left');
    const toCheck = page.getByTestId('resources-to-reverify');
    await toCheck.getByText('Eastgate Bus Vouchers').waitFor();
    await shot(page, 'worklist-case-manager');
    await toCheck.getByRole('button', { name: 'Checked Eastgate Bus Vouchers today' }).click();
    await toCheck.waitFor({ state: 'detached' });
  });

  it('the director sees awaiting consent and completion by kind of resource, with the referrals behind it', async () => {
    const row = await clientsEpisode();
    await app.db.query(
      `INSERT INTO referral (episode_id, client_id, recipient_name, reason, purpose,
         information_to_send, urgency, status, created_by_id, resource_id)
       SELECT $1, $2, 'Harbor Food Pantry', 'Food', 'CARE_COORDINATION', 'Name', 'ROUTINE',
         'NO_RESPONSE', $3, r.id FROM community_resource r WHERE r.name = 'Harbor Food Pantry' AND r.program_id = $4`,
      [row!.episodeId, clientId, row!.staffId, programId],
    );
    const director = await app.newPage();
    await signInAt(director, '/dashboard', directorEmail);
    const section = director.getByTestId('referrals-dashboard');
    await section.getByRole('button', { name: /Awaiting consent/ }).click();
    await section.getByText('To Harbor Food Pantry', { exact: false }).waitFor();
    const completion = director.getByTestId('referral-completion');
    await completion.getByRole('button', { name: 'Vocational rehabilitation' }).waitFor();
    expect(await completion.textContent()).toContain('1 of 1');
    await completion.getByRole('button', { name: 'Food' }).click();
    await director
      .getByTestId('completion-referrals')
      .getByText(/Harbor Food Pantry: No response/)
      .waitFor();
    await director.getByTestId('referral-completion').scrollIntoViewIfNeeded();
    await shot(director, 'dashboard-referral-figures');
    await director.setViewportSize({ width: 390, height: 844 });
    const widest = await director.evaluate(() =>
      Array.from(document.querySelectorAll('[data-testid="referral-completion"] *'))
        .map((el) => el.getBoundingClientRect().right)
        .reduce((a, b) => Math.max(a, b), 0),
    );
    // The figures fit a phone's width (no column pushed off the screen).
    expect(widest).toBeLessThanOrEqual(390);
    await director.setViewportSize({ width: 1280, height: 900 });
    await director.close();
  });
});

describe('the client’s preferred language', () => {
  it('is set with the contact details and the printed resource list opens in it', async () => {
    await page.goto(`${app.baseUrl}/clients/${clientId}`);
    await page.getByTestId('contact-edit').click();
    const language = page.getByTestId('contact-preferredLanguage');
    await language.fill('es-419');
    await language.blur();
    await page.getByText('Enter a language’s name, like Spanish or Tagalog').waitFor();
    await language.fill('Spanish');
    await shot(page, 'client-preferred-language-form');
    await page.getByTestId('contact-save').click();
    await page.getByTestId('contact-value-preferredLanguage').getByText('Spanish').waitFor();
    await page.getByRole('link', { name: 'Resource list for the client' }).click();
    const sheet = page.getByTestId('client-resource-list');
    await sheet.getByRole('heading', { name: 'Sus recursos en la comunidad' }).waitFor();
    expect(await sheet.innerText()).toContain('Le atienden en español');
    await shot(page, 'client-resource-list-preferred-language');
  });
});
