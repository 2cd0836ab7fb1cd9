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
 * A clinician documents yesterday's group: the group's content once, then each of the three
 * attendees who were there (the absent member gets no note), signs the three notes and amends one.
 */
let app: AppUnderTest;
let sessionId = '';
let clinicianEmail = '';

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });

const members = [
  ['Priya', 'Anand', 'PRESENT'],
  ['Mateo', 'Brandt', 'LATE'],
  ['Sofia', 'Castell', 'LEFT_EARLY'],
  ['Tomas', 'Delgado', 'ABSENT_EXCUSED'],
] as const;

beforeAll(async () => {
  app = await startAppUnderTest();
  const { id: programId } = await createTestProgram(app.db, {
    name: `Harbor Light IOP ${uniqueSuffix()}`,
  });
  const clinician = await createTestStaff(app.db, [{ programId, role: 'CLINICIAN' }], {
    firstName: 'Rosa',
    lastName: 'Quintero',
    credentials: 'LCSW',
  });
  await setPassword(app.db, clinician.id);
  clinicianEmail = clinician.email;
  const episodes = [];
  for (const [firstName, lastName, status] of members) {
    const { client, episode } = await createTestClient(
      app.db,
      { programId, primaryClinicianId: clinician.id },
      { firstName, lastName },
    );
    episodes.push({ id: episode.id, clientId: client.id, status });
  }
  const groupId = await createTestGroup(app.db, programId, clinician.id, [clinician.id]);
  await enrol(app.db, groupId, clinician.id, episodes);
  sessionId = await createGroupSession(
    app.db,
    programId,
    groupId,
    clinician.id,
    new Date(Date.now() - 26 * 3_600_000),
  );
  for (const e of episodes) {
    await app.db.query(
      `INSERT INTO attendance (session_id, episode_id, client_id, status, minutes, recorded_by_id)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        sessionId,
        e.id,
        e.clientId,
        e.status,
        e.status === 'ABSENT_EXCUSED' ? 0 : 150,
        clinician.id,
      ],
    );
  }
}, 240_000);

afterAll(async () => {
  await app?.stop();
});

async function fillNote(page: Page, response: string) {
  await page.getByLabel('Data', { exact: true }).fill('Took part in the chain analysis.');
  await page.getByLabel('Assessment', { exact: true }).fill(response);
  await page.getByLabel('Plan', { exact: true }).fill('Practise urge surfing daily.');
}

describe('group progress notes', () => {
  it('a clinician writes a group note once, individualises it for three attendees, signs, amends one', async () => {
    const page = await app.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInAt(page, `/sessions/${sessionId}/notes`, clinicianEmail);
    const tabs = page.getByRole('tab');
    await tabs.first().waitFor();
    // Only the three who were there; the absent member gets no note.
    expect(await tabs.allTextContents()).toEqual(['Priya Anand', 'Mateo Brandt', 'Sofia Castell']);
    await page
      .getByLabel(/Group content/)
      .fill('Chain analysis of a recent lapse; urge-surfing practice.');
    const responses = [
      'Engaged; named two triggers.',
      'Arrived late; settled in.',
      'Left early for work.',
    ];
    for (const [i, response] of responses.entries()) {
      await tabs.nth(i).click();
      await fillNote(page, response);
    }
    await shot(page, 'progress-note-editor');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('status').getByText('Draft saved').waitFor();

    for (const i of [0, 1, 2]) {
      await tabs.nth(i).click();
      expect(await page.getByTestId('note-status').textContent()).toBe('Draft');
      await page.getByRole('button', { name: 'Sign note' }).click();
      await page.getByTestId('note-status').getByText('Signed').waitFor();
    }

    await tabs.nth(1).click();
    await page.getByLabel('Reason for the amendment').fill('Late entry');
    await page.getByLabel('Amendment', { exact: true }).fill('Phoned after group: sponsor found.');
    await page.getByRole('button', { name: 'Add amendment' }).click();
    await page
      .getByTestId('note-amendments')
      .getByText(/Late entry/)
      .waitFor();
    expect(await page.getByTestId('note-original').textContent()).toContain(
      'Arrived late; settled in.',
    );
    await shot(page, 'progress-note-amended');
    await page.close();
  });

  it('works at 390 px', async () => {
    const page = await app.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAt(page, `/sessions/${sessionId}/notes`, clinicianEmail);
    await page.getByRole('tab').first().waitFor();
    await page.getByRole('tab', { name: 'Mateo Brandt' }).click();
    await page.getByTestId('note-amendments').waitFor();
    await shot(page, 'progress-note-editor-390');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(overflow).toBe(false);
    await page.close();
  });
});
