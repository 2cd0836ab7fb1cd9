import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClient, createTestProgram, createTestStaff } from '@waypoint/api/testing';
import { artifactsDir, startAppUnderTest, type AppUnderTest } from './app-under-test.js';
import {
  newPageFromOwnAddress,
  setPassword,
  signInAt,
  submitSignIn,
  uniqueSuffix,
} from './staff-accounts.js';

/**
 * One small clinic of its own (a program, a director, two clinicians and their clients), driven
 * through the production build: sign-in, caseload scoping, charts, break-glass, the audit trail,
 * automatic logoff with draft restore, and a conflicting save.
 */
let app: AppUnderTest;
let programId = '';
const staff = { director: '', clinician: '', colleague: '' };
const emails = { director: '', clinician: '', colleague: '' };
const clients = { ownA: '', ownB: '', colleagues: '' };

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });

beforeAll(async () => {
  app = await startAppUnderTest();
  ({ id: programId } = await createTestProgram(app.db, {
    name: `Riverbend Adult IOP ${uniqueSuffix()}`,
  }));
  const people = [
    ['director', 'DIRECTOR', 'Odile', 'Brandt', 'PsyD'],
    ['clinician', 'CLINICIAN', 'Marisol', 'Fenwick', 'LMFT'],
    ['colleague', 'CLINICIAN', 'Casimir', 'Oduya', 'LCSW'],
  ] as const;
  for (const [key, role, firstName, lastName, credentials] of people) {
    const s = await createTestStaff(app.db, [{ programId, role }], {
      firstName,
      lastName,
      credentials,
    });
    await setPassword(app.db, s.id);
    staff[key] = s.id;
    emails[key] = s.email;
  }
  const make = async (clinicianId: string, firstName: string, lastName: string, extra = {}) =>
    (
      await createTestClient(
        app.db,
        { programId, primaryClinicianId: clinicianId },
        { firstName, lastName, ...extra },
      )
    ).client.id;
  clients.ownA = await make(staff.clinician, 'Tobias', 'Quennell', {
    pronouns: 'he/him',
    phone: '562-555-0142',
    email: 'tobias.quennell@example.org',
    sobrietyDate: '2026-09-14',
  });
  clients.ownB = await make(staff.clinician, 'Ines', 'Arbogast', {
    preferredName: 'Nessa',
    phone: '562-555-0178',
  });
  clients.colleagues = await make(staff.colleague, 'Wren', 'Halloway', { pronouns: 'they/them' });
});

afterAll(() => app?.stop());

describe('signing in', () => {
  it('a clinician signs in through the sign-in page and sees only their own caseload', async () => {
    const page = await app.newPage();
    await page.goto('/caseload');
    await page.waitForURL(/\/sign-in/);
    await page.getByTestId('sign-in-form').waitFor();
    // A production build says nothing about demo accounts.
    expect(await page.getByTestId('demo-accounts').count()).toBe(0);
    expect(await page.content()).not.toContain('waypoint-demo');
    await shot(page, 'sign-in');

    await submitSignIn(page, emails.clinician);
    await page.waitForURL(/\/caseload/);
    const rows = page.getByTestId('caseload-row');
    await expect.poll(() => rows.count()).toBe(2);
    const table = await page.getByTestId('caseload-table').innerText();
    expect(table).toContain('Tobias Quennell');
    expect(table).toContain('Nessa Arbogast');
    // A colleague's client in the same program is not on this caseload.
    expect(table).not.toContain('Halloway');
    expect(await page.getByTestId('signed-in-name').innerText()).toBe('Marisol Fenwick, LMFT');
    expect(await page.getByTestId('signed-in-roles').innerText()).toMatch(/^Clinician/);
    // Only directors are offered the access log.
    expect(await page.getByTestId('main-nav').innerText()).not.toContain('Access log');
    await shot(page, 'clinician-caseload');

    // The row opens the chart.
    await rows.filter({ hasText: 'Tobias Quennell' }).click();
    await page.waitForURL(new RegExp(`/clients/${clients.ownA}$`));
    await page.getByTestId('client-chart').waitFor();
    expect(await page.getByTestId('chart-client-name').innerText()).toBe('Tobias Quennell');
    expect(await page.getByTestId('chart-access-log').count()).toBe(0);
    await page.getByTestId('contact-edit').waitFor();
    await shot(page, 'clinician-chart');
  });

  it('a wrong password is refused with one generic message', async () => {
    const page = await newPageFromOwnAddress(app.browser, app.baseUrl);
    await page.goto('/sign-in');
    await page.getByTestId('sign-in-email').fill(emails.clinician);
    await page.getByTestId('sign-in-password').fill('not-the-password');
    await page.getByTestId('sign-in-submit').click();
    const error = page.getByTestId('sign-in-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('Email or password is incorrect');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });

  it('after repeated failures, sign-in pauses with a countdown, then allows a new try', async () => {
    const page = await newPageFromOwnAddress(app.browser, app.baseUrl);
    await page.goto('/sign-in');
    // An address nobody has: the answer is the same as for a wrong password.
    await page.getByTestId('sign-in-email').fill(`nobody-${uniqueSuffix()}@example.org`);
    const submit = page.getByTestId('sign-in-submit');
    const throttled = page.getByTestId('sign-in-throttled');
    for (let attempt = 1; attempt <= 6 && (await throttled.count()) === 0; attempt++) {
      await page.getByTestId('sign-in-password').fill(`guess-${attempt}`);
      await submit.click();
      await page
        .locator('[data-testid="sign-in-error"], [data-testid="sign-in-throttled"]')
        .first()
        .waitFor();
      await expect.poll(() => submit.getAttribute('data-loading')).toBeNull();
    }
    await throttled.waitFor();
    expect(await throttled.innerText()).toMatch(/Try again in \d+:\d\d/);
    expect(await submit.isDisabled()).toBe(true);
    await shot(page, 'sign-in-throttled');
    // The pause is seconds long at first; the button comes back by itself.
    await expect.poll(() => submit.isEnabled(), { timeout: 20_000 }).toBe(true);
  });
});

describe('a director', () => {
  it('sees the whole program and, on a chart, who opened it', async () => {
    // The clinician reads a chart first, so there is something to see.
    const clinician = await app.newPage();
    await signInAt(clinician, `/clients/${clients.ownB}`, emails.clinician);
    await clinician.getByTestId('client-chart').waitFor();

    const page = await app.newPage();
    await signInAt(page, '/caseload', emails.director);
    const rows = page.getByTestId('caseload-row');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await page.getByTestId('caseload-table').innerText()).toContain('Wren Halloway');
    expect(await page.getByTestId('main-nav').innerText()).toContain('Access log');
    await shot(page, 'director-caseload');

    await page.getByTestId('caseload-client-link').filter({ hasText: 'Nessa Arbogast' }).click();
    await page.waitForURL(new RegExp(`/clients/${clients.ownB}$`));
    const log = page.getByTestId('chart-access-log');
    await log.getByTestId('access-log-row').first().waitFor();
    const entries = await log.getByTestId('access-log-row').allInnerTexts();
    expect(entries.some((e) => e.includes('Marisol Fenwick, LMFT') && e.includes('Viewed'))).toBe(
      true,
    );
    // Newest first: the director's own opening of the chart heads the list.
    expect(entries[0]).toContain('Odile Brandt, PsyD');
    await shot(page, 'director-chart-audit');
  });
});

describe('break-glass', () => {
  it('a clinician opens a chart outside their caseload by stating a reason, read-only', async () => {
    const page = await app.newPage();
    await signInAt(page, `/clients/${clients.colleagues}`, emails.clinician);
    const panel = page.getByTestId('break-glass-panel');
    await panel.waitFor();
    expect(await panel.innerText()).toContain('This chart is outside your caseload');
    expect(await page.getByTestId('client-chart').count()).toBe(0);

    // Too short a reason is explained, not sent.
    await page.getByTestId('break-glass-reason').fill('urgent');
    await page.getByTestId('break-glass-submit').click();
    await expect.poll(() => panel.innerText()).toMatch(/at least 10 characters/);
    await page
      .getByTestId('break-glass-reason')
      .fill('Covering a crisis call for Casimir, who is out today');
    await shot(page, 'break-glass');
    await page.getByTestId('break-glass-submit').click();

    await page.getByTestId('client-chart').waitFor();
    expect(await page.getByTestId('chart-client-name').innerText()).toBe('Wren Halloway');
    expect(await page.getByTestId('emergency-access-banner').innerText()).toMatch(/read-only/);
    // Break-glass grants reading only: no edit form is offered.
    expect(await page.getByTestId('contact-edit').count()).toBe(0);
    await shot(page, 'break-glass-chart');

    // The director sees the access with its reason, and can go to the chart.
    const director = await app.newPage();
    await signInAt(director, '/access-log', emails.director);
    const row = director
      .getByTestId('break-glass-row')
      .filter({ hasText: 'Covering a crisis call for Casimir' });
    await row.waitFor();
    expect(await row.innerText()).toContain('Marisol Fenwick, LMFT');
    await shot(director, 'access-log');
    await row.getByTestId('break-glass-open-chart').click();
    await director.waitForURL(new RegExp(`/clients/${clients.colleagues}$`));
    await director.getByTestId('client-chart').waitFor();
  });
});

describe('automatic logoff', () => {
  it('an expired session sends the user to sign in, then back to the page with their typing', async () => {
    const page = await app.newPage();
    await signInAt(page, `/clients/${clients.ownA}`, emails.clinician);
    await page.getByTestId('contact-edit').click();
    await page.getByTestId('contact-phone').fill('562-555-0199');
    // Every card of the chart has its answer: the save is the first request after the hour (a
    // card still loading would meet the ended session first and leave before the click, as once
    // in CI).
    await page.waitForLoadState('networkidle');

    // The clinician steps away for an hour.
    await app.db.query(
      `UPDATE staff_session SET last_seen_at = now() - interval '1 hour' WHERE staff_id = $1`,
      [staff.clinician],
    );
    await page.getByTestId('contact-save').click();

    await page.waitForURL(/\/sign-in\?returnTo=/);
    expect(new URL(page.url()).searchParams.get('returnTo')).toBe(`/clients/${clients.ownA}`);
    expect(await page.getByTestId('session-ended-notice').innerText()).toContain(
      'Your session ended after inactivity; sign in again',
    );
    // Nothing of the chart stays on screen.
    expect(await page.content()).not.toContain('Quennell');
    await shot(page, 'session-ended');

    await submitSignIn(page, emails.clinician);
    await page.waitForURL(new RegExp(`/clients/${clients.ownA}$`));
    await page.getByTestId('draft-restored').waitFor();
    expect(await page.getByTestId('contact-phone').inputValue()).toBe('562-555-0199');
    await shot(page, 'draft-restored');

    await page.getByTestId('contact-save').click();
    await page.getByTestId('contact-view').waitFor();
    expect(await page.getByTestId('contact-value-phone').innerText()).toBe('562-555-0199');
    const [row] = await app.db.query<{ phone: string }[]>(
      'SELECT phone FROM client WHERE id = $1',
      [clients.ownA],
    );
    expect(row?.phone).toBe('562-555-0199');
    // Saved, so the draft is gone: reloading shows the chart, not the form.
    await page.reload();
    await page.getByTestId('contact-view').waitFor();
    expect(await page.getByTestId('draft-restored').count()).toBe(0);
  });
});

describe('saving over someone else’s change', () => {
  it('shows their version beside mine and re-applies my edit onto theirs', async () => {
    const page = await app.newPage();
    await signInAt(page, `/clients/${clients.ownB}`, emails.clinician);
    await page.getByTestId('contact-edit').click();
    await page.getByTestId('contact-pronouns').fill('she/her');
    await page.getByTestId('contact-email').fill('nessa.arbogast@example.org');

    // Meanwhile a colleague saves a new phone number and pronouns.
    await app.db.query(
      `UPDATE client SET phone = '213-555-0123', pronouns = 'she/they', version = version + 1,
         updated_at = now() WHERE id = $1`,
      [clients.ownB],
    );
    await page.getByTestId('contact-save').click();

    const comparison = page.getByTestId('conflict-comparison');
    await comparison.waitFor();
    const rows = await page.getByTestId('conflict-row').allInnerTexts();
    expect(rows.find((r) => r.startsWith('Pronouns'))).toMatch(/she\/they[\s\S]*she\/her/);
    expect(rows.find((r) => r.startsWith('Phone'))).toMatch(
      /213-555-0123[\s\S]*Not changed by you/,
    );
    expect(rows.find((r) => r.startsWith('Email'))).toContain('nessa.arbogast@example.org');
    // Their version came as the save's typed answer, read (and audited) like any read of the chart.
    const reads = await app.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE client_id = $1 AND record_type = 'Client'
         AND action = 'READ' AND outcome = 'SUCCESS' AND operation = 'updateClient'`,
      [clients.ownB],
    );
    expect(reads).toEqual([{ n: 1 }]);
    await shot(page, 'conflict');

    await page.getByTestId('conflict-reapply').click();
    await page.getByTestId('contact-view').waitFor();
    const [saved] = await app.db.query<{ phone: string; pronouns: string; email: string }[]>(
      'SELECT phone, pronouns, email FROM client WHERE id = $1',
      [clients.ownB],
    );
    // Their phone number kept, my pronouns and email on top.
    expect(saved).toEqual({
      phone: '213-555-0123',
      pronouns: 'she/her',
      email: 'nessa.arbogast@example.org',
    });
    expect(await page.getByTestId('contact-value-phone').innerText()).toBe('213-555-0123');
    await shot(page, 'conflict-resolved');
  });
});

describe('saving without the right to edit', () => {
  it('is refused clearly when the client was reassigned while the form was open', async () => {
    const { client, episode } = await createTestClient(
      app.db,
      { programId, primaryClinicianId: staff.clinician },
      { firstName: 'Pim', lastName: 'Okafor' },
    );
    const page = await app.newPage();
    await signInAt(page, `/clients/${client.id}`, emails.clinician);
    await page.getByTestId('contact-edit').click();
    await page.getByTestId('contact-pronouns').fill('he/they');
    await app.db.query('UPDATE episode SET primary_clinician_id = $1 WHERE id = $2', [
      staff.colleague,
      episode.id,
    ]);
    await page.getByTestId('contact-save').click();
    const refusal = page.getByTestId('contact-forbidden');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('Not saved');
    // What was typed is still there to copy.
    expect(await page.getByTestId('contact-pronouns').inputValue()).toBe('he/they');
    await shot(page, 'contact-forbidden');
  });
});

describe('the idle warning', () => {
  it('warns a minute before the automatic logoff, and signs out when nobody answers', async () => {
    const page = await app.newPage();
    await signInAt(page, `/clients/${clients.ownA}`, emails.clinician);
    await page.getByTestId('client-chart').waitFor();
    // The chart's cards load their own data after it shows, and each answer is activity: let them
    // finish, or one arriving late resets the clock set below.
    await page.waitForLoadState('networkidle');
    // Pretend the last request was 14½ minutes ago (the clock is shared by the browser's tabs).
    const idleFor = (minutes: number) =>
      page.evaluate(
        (ms) => localStorage.setItem('waypoint.lastServerActivity', String(Date.now() - ms)),
        minutes * 60_000,
      );
    const warning = page.getByRole('dialog', { name: 'Are you still there?' });
    // A card's answer arriving late is activity and resets the clock: set it again until it warns.
    await expect
      .poll(async () => {
        await idleFor(14.5);
        return warning.isVisible();
      })
      .toBe(true);
    await shot(page, 'idle-warning');
    await warning.getByRole('button', { name: 'Stay signed in' }).click();
    await warning.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('client-chart').count()).toBe(1);

    await idleFor(16);
    await page.waitForURL(/\/sign-in\?returnTo=/);
    await page.getByTestId('session-ended-notice').waitFor();
    // The session was ended on the server too, not only hidden here.
    const [latest] = await app.db.query<{ revoked: boolean }[]>(
      `SELECT revoked_at IS NOT NULL AS revoked FROM staff_session WHERE staff_id = $1
       ORDER BY created_at DESC LIMIT 1`,
      [staff.clinician],
    );
    expect(latest?.revoked).toBe(true);
  });
});

describe('emergency and crisis contacts', () => {
  it('the care team records one on a phone; the chart lists it with its consent', async () => {
    const page = await app.browser.newPage({
      viewport: { width: 390, height: 844 },
      baseURL: app.baseUrl,
      isMobile: true,
      hasTouch: true,
    });
    await signInAt(page, `/clients/${clients.ownB}`, emails.clinician);
    const card = page.getByTestId('emergency-contacts');
    await card.getByText('None recorded.').waitFor();
    await card.getByRole('button', { name: 'Add contact' }).click();

    // The domain's rules answer before anything is sent, each beside its field.
    await card.getByRole('button', { name: 'Save contact' }).click();
    await card.getByText('Name is required').waitFor();
    await card.getByLabel('Name').fill('Rosa Arbogast');
    await card.getByLabel('Relationship').fill('Sister');
    await card.getByLabel('Phone').fill('562-555-0190');
    await card.getByTestId('emergency-contact-form').getByText('Crisis', { exact: true }).click();
    await card.getByLabel('The client agreed that staff may contact this person').check();
    await card.getByRole('button', { name: 'Save contact' }).click();

    const row = card.getByTestId('emergency-contact');
    await expect.poll(() => row.count()).toBe(1);
    const text = await row.innerText();
    expect(text).toContain('Rosa Arbogast');
    expect(text).toMatch(/crisis/i); // the badge shows it in capitals
    expect(text).toContain('Client agreed to contact');
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await shot(page, 'emergency-contacts-phone');

    await row.getByRole('button', { name: 'Edit Rosa Arbogast' }).click();
    await card.getByLabel('Phone').fill('562-555-0191');
    await card.getByRole('button', { name: 'Save contact' }).click();
    await row.getByText('562-555-0191').waitFor();

    await row.getByRole('button', { name: 'Remove Rosa Arbogast' }).click();
    await row.getByRole('button', { name: 'Confirm removing Rosa Arbogast' }).click();
    await card.getByText('None recorded.').waitFor();
    await page.close();
  });
});
