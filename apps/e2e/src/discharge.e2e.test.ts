import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestClient,
  createTestEpisodeRecords,
  createTestProgram,
  createTestStaff,
} from '@waypoint/api/testing';
import { artifactsDir, startAppUnderTest, type AppUnderTest } from './app-under-test.js';
import { setPassword, signInAt, uniqueSuffix } from './staff-accounts.js';

/**
 * A case manager discharges a client from discharge planning with an aftercare plan (the goal's
 * outcome, triggers and coping steps in the client's words, a crisis contact), signs and keeps
 * the printable summary, then records the first follow-up contact with a BAM; the director, who
 * looked at the outcome figures before, sees them move. Screenshots at desktop width and at 390 px.
 */
let app: AppUnderTest;
let email = '';
let directorEmail = '';
let clientId = '';
let episodeId = '';
let page: Page;
let director: Page;
/** The director's outcome figures as read before the discharge. */
let before: { discharges: number; completion: string };

async function shot(p: Page, name: string) {
  await p.evaluate(() => window.scrollTo(0, 0));
  await p.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  app = await startAppUnderTest();
  const { id: programId } = await createTestProgram(app.db, {
    name: `Cedar Adult IOP ${uniqueSuffix()}`,
  });
  const caseManager = await createTestStaff(app.db, [{ programId, role: 'CASE_MANAGER' }], {
    firstName: 'Imani',
    lastName: 'Okonkwo',
    credentials: 'CADC',
  });
  await setPassword(app.db, caseManager.id);
  await createTestStaff(app.db, [{ programId, role: 'ADMIN' }]);
  const director = await createTestStaff(app.db, [{ programId, role: 'DIRECTOR' }], {
    firstName: 'Helen',
    lastName: 'Achterberg',
  });
  await setPassword(app.db, director.id);
  directorEmail = director.email;
  email = caseManager.email;
  const { client, episode } = await createTestClient(
    app.db,
    { programId, status: 'DISCHARGE_PLANNING', caseManagerId: caseManager.id },
    { firstName: 'Dario', lastName: 'Mendoza-Ruiz', pronouns: 'he/him' },
  );
  clientId = client.id;
  episodeId = episode.id;
  await createTestEpisodeRecords(app.db, episode.id, caseManager.id, { status: 'ACTIVE' });
});

afterAll(() => app?.stop());

/** A figure of the director's outcome section: its value, the last line under its label. */
async function outcomeFigure(testId: string) {
  const text = await director.getByTestId('outcomes-section').getByTestId(testId).innerText();
  return text.trim().split('\n').at(-1)!.trim();
}

describe('discharge and follow-up', () => {
  it('before the discharge, the director’s outcome figures count none', async () => {
    director = await app.newPage();
    await signInAt(director, '/dashboard', directorEmail);
    await director.getByTestId('outcome-discharges').waitFor();
    before = {
      discharges: Number(await outcomeFigure('outcome-discharges')),
      completion: await outcomeFigure('outcome-completion'),
    };
    expect(before).toEqual({ discharges: 0, completion: '—' });
  });

  it('a case manager discharges a client with an aftercare plan and signs the summary', async () => {
    page = await app.newPage();
    await signInAt(page, `/clients/${clientId}`, email);
    const section = page.getByTestId('discharge-section');
    await section.getByRole('button', { name: 'Discharge…' }).click();
    const form = page.getByTestId('discharge-form');
    await form
      .getByLabel('Reason')
      .fill('Completed the program; stepping into weekly SMART groups.');
    await form.getByRole('combobox', { name: /A goal/ }).click();
    await page.getByRole('option', { name: 'Achieved', exact: true }).click();
    await form
      .getByLabel('Triggers')
      .fill('Payday Fridays with my old crew\nArguments with my dad');
    await form
      .getByLabel('Coping steps')
      .fill('Call my sponsor before I cash the cheque\nWalk the dog and text my sister');
    await form
      .getByLabel('Crisis plan')
      .fill('Call 988 or my sister; the crisis centre is open all night.');
    await form.getByLabel('Crisis contact', { exact: true }).fill('Sister (Rosa)');
    await form.getByLabel('Crisis contact phone').fill('555-0101');
    await form
      .getByLabel('Mutual-support meetings')
      .fill('SMART Recovery, Tuesdays 18:00, library');
    await form
      .getByLabel('Recommendations')
      .fill(
        'Weekly SMART Recovery; psychiatry follow-up monthly; call the program if cravings return.',
      );
    await form.getByRole('button', { name: 'Discharge', exact: true }).click();
    const summary = page.getByTestId('discharge-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('A goal: Achieved');
    expect(await summary.innerText()).toContain('Call my sponsor before I cash the cheque');
    await summary.getByRole('button', { name: 'Sign summary' }).click();
    await summary.getByText('Signed by').waitFor();
    await shot(page, 'discharge-summary-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'discharge-summary-390');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('records the first follow-up contact with a BAM', async () => {
    const card = page.getByTestId('follow-up-card');
    expect(await card.getByRole('row').count()).toBe(13); // header + 12 weekly contacts
    await card
      .getByRole('button', { name: /Record the contact/ })
      .first()
      .click();
    const form = page.getByTestId('follow-up-form');
    await form.getByRole('combobox', { name: 'Outcome' }).click();
    await page.getByRole('option', { name: 'In recovery' }).click();
    await form.getByLabel('Note').fill('Going to meetings twice a week; working again.');
    for (const item of [
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '8',
      '9',
      '10',
      '11',
      '12',
      '13',
      '14',
      '15',
      '16',
    ]) {
      await form.getByTestId(`bam-item-${item}`).getByRole('radio').first().check();
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await form.scrollIntoViewIfNeeded();
    await shot(page, 'follow-up-form-390');
    await form.getByRole('button', { name: 'Save contact' }).click();
    await form.waitFor({ state: 'detached' });
    const first = card.getByRole('row').nth(1);
    expect(await first.innerText()).toContain('In recovery');
    expect(await first.innerText()).toMatch(/BAM use 0/);
    await shot(page, 'follow-up-list-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    await shot(page, 'follow-up-list-desktop');
  });

  it('the director sees the follow-up due this week and the outcome figures, at desktop and 390 px', async () => {
    // The next contact falls due in two days (the schedule is weekly from the discharge).
    await app.db.query(
      `UPDATE follow_up_contact SET due_on = current_date + 2
       WHERE id = (SELECT id FROM follow_up_contact WHERE episode_id = $1 AND status = 'SCHEDULED'
                   ORDER BY due_on LIMIT 1)`,
      [episodeId],
    );
    // The same dashboard, looked at again.
    await director.reload();
    const followUps = director.getByTestId('follow-ups-section');
    await followUps.waitFor();
    expect(await followUps.getByTestId('follow-up-count-DUE_THIS_WEEK').innerText()).toBe('1');
    expect(await followUps.getByTestId('follow-up-list-DUE_THIS_WEEK').innerText()).toContain(
      'Dario Mendoza-Ruiz',
    );
    await followUps.getByRole('tab', { name: /Flagged for outreach/ }).click();
    await followUps.getByText('Nobody has missed three contacts in a row.').waitFor();

    const outcomes = director.getByTestId('outcomes-section');
    expect(Number(await outcomeFigure('outcome-discharges'))).toBe(before.discharges + 1);
    expect(await outcomeFigure('outcome-completion')).toBe('100.0%');
    expect(await outcomes.getByTestId('outcome-reach').innerText()).toContain('1 of 1 contacts');
    expect(await outcomes.getByTestId('outcome-by-type').innerText()).toContain('Completed');
    const [csv] = await Promise.all([
      director.waitForEvent('download'),
      outcomes.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(
      /^outcomes-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    // Days abstinent carries its definition; every figure opens the clients behind it.
    expect(await outcomes.getByTestId('outcome-days-abstinent-help').innerText()).toContain(
      'nearest to that day',
    );
    const clientsBehind = async (name: string) => {
      await outcomes.getByRole('button', { name: 'Clients behind: Discharges' }).click();
      const drawer = director.getByRole('dialog', { name: 'Discharges and how they ended' });
      await drawer.getByRole('link', { name: 'Dario Mendoza-Ruiz' }).waitFor();
      expect(await drawer.innerText()).toContain('Completed');
      await shot(director, name);
      await director.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });
    };
    await clientsBehind('dashboard-outcome-clients-desktop');
    await followUps.getByRole('tab', { name: /Due this week/ }).click();
    await shot(director, 'dashboard-aftercare-desktop');
    await director.setViewportSize({ width: 390, height: 844 });
    // Nothing scrolls sideways at phone width (once the header has switched to its phone menu).
    await director.waitForFunction(
      () => document.documentElement.scrollWidth <= window.innerWidth,
      undefined,
      { timeout: 5_000 },
    );
    await followUps.screenshot({ path: path.join(artifactsDir, 'dashboard-follow-ups-390.png') });
    await outcomes.screenshot({ path: path.join(artifactsDir, 'dashboard-outcomes-390.png') });
    await clientsBehind('dashboard-outcome-clients-390');
    // From the figure to the chart.
    await followUps.getByRole('link', { name: 'Dario Mendoza-Ruiz' }).click();
    await director.waitForURL(`**/clients/${clientId}`);
  });
});
