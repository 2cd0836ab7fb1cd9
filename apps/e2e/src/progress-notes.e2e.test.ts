import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createGroupSession,
  createTestClient,
  createTestEpisodeRecords,
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
/** Priya's individual session three hours ago, and her chart. */
let individualId = '';
let priyaClientId = '';
let directorEmail = '';
let programId = '';

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
  ({ id: programId } = await createTestProgram(app.db, {
    name: `Harbor Light IOP ${uniqueSuffix()}`,
  }));
  const director = await createTestStaff(app.db, [{ programId, role: 'DIRECTOR' }]);
  await setPassword(app.db, director.id);
  directorEmail = director.email;
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
  const priya = episodes[0]!;
  priyaClientId = priya.clientId;
  await createTestEpisodeRecords(app.db, priya.id, clinician.id, { status: 'ACTIVE' });
  const starts = new Date(Date.now() - 3 * 3_600_000);
  [{ id: individualId }] = await app.db.query<[{ id: string }]>(
    `INSERT INTO clinical_session (created_by_staff_id, updated_by_staff_id, program_id, kind, episode_id,
       starts_at, ends_at, status, modality)
     VALUES ($1, $1, $2, 'INDIVIDUAL', $3, $4, $5, 'HELD', 'IN_PERSON') RETURNING id`,
    [clinician.id, programId, priya.id, starts, new Date(starts.getTime() + 50 * 60_000)],
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

describe('an individual note with its objectives and times, and the chart’s list of notes', () => {
  const day = new Date().toISOString().slice(0, 10);

  it('records the objective addressed, progress on it and time in and out, refusing a time out before time in', async () => {
    const page = await app.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInAt(page, `/sessions/${individualId}/notes`, clinicianEmail);
    await page.getByTestId('note-editor').waitFor();
    await fillNote(page, 'Engaged; practised refusal skills.');
    await page.getByLabel('Time in').fill(`${day}T09:00`);
    await page.getByLabel('Time out').fill(`${day}T08:30`);
    await page.getByRole('checkbox', { name: /An objective/ }).check();
    await page.getByLabel('Progress (0–10)').fill('6');
    await page.getByLabel('Progress note').fill('Two sober nights this week');
    await page.getByRole('button', { name: 'Save draft' }).click();
    // The refusal is shown on its field, and nothing was saved.
    await page.getByText('Must be after time in').waitFor();
    expect(await page.getByTestId('note-status').textContent()).toBe('Not started');
    await page.getByLabel('Time out').fill(`${day}T09:50`);
    await shot(page, 'progress-note-objectives');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('status').getByText('Draft saved').waitFor();
    // Read back from the server: the objective stays picked, the times stay.
    expect(await page.getByTestId('note-status').textContent()).toBe('Draft');
    expect(await page.getByRole('checkbox', { name: /An objective/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Time out').inputValue()).toBe(`${day}T09:50`);
    const progress = await app.db.query<{ rating: number; note: string }[]>(
      `SELECT rating, note FROM goal_progress WHERE session_id = $1`,
      [individualId],
    );
    expect(progress).toEqual([{ rating: 6, note: 'Two sober nights this week' }]);
    await page.close();
  });

  it('lists the client’s notes on the chart, newest session first, and opens one (also at 390 px)', async () => {
    for (const width of [1280, 390]) {
      const page = await app.newPage();
      await page.setViewportSize({ width, height: 900 });
      await signInAt(page, `/clients/${priyaClientId}`, clinicianEmail);
      const rows = page.getByTestId('chart-note');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(2);
      expect(await rows.nth(0).textContent()).toMatch(
        /Individual.*Draft.*DAP .*note by Rosa Quintero/,
      );
      expect(await rows.nth(1).textContent()).toMatch(/Group session: .*Signed/);
      await page.getByTestId('chart-notes-card').scrollIntoViewIfNeeded();
      await page.getByTestId('chart-notes-card').screenshot({
        path: path.join(artifactsDir, `chart-notes-${width}.png`),
      });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      );
      expect(overflow).toBe(false);
      if (width === 390) {
        await rows.nth(0).getByRole('link').click();
        await page.waitForURL(`**/sessions/${individualId}/notes`);
        await page.getByRole('checkbox', { name: /An objective/ }).waitFor();
      }
      await page.close();
    }
  });

  it('keeps the clinician’s counseling notes on their own page, off the chart’s list', async () => {
    const page = await app.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAt(page, `/clients/${priyaClientId}`, clinicianEmail);
    await page.getByRole('link', { name: 'My counseling notes (only you)' }).click();
    await page.getByLabel('New counseling note').fill('Process: I felt rushed today.');
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.getByTestId('counseling-note').getByText('Process: I felt rushed today.').waitFor();
    await shot(page, 'counseling-notes-390');
    await page.getByRole('link', { name: /Back to the chart/ }).click();
    await page.getByTestId('chart-note').first().waitFor();
    expect(await page.getByTestId('chart-notes-card').textContent()).not.toContain('rushed');
    await page.close();
  });
});

describe('the program’s note rules', () => {
  it('a director sets the due window and the credentials whose notes need co-signature', async () => {
    const page = await app.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAt(page, `/programs/${programId}`, directorEmail);
    const card = page.getByTestId('note-policy-card');
    const hours = card.getByLabel(/Notes due within/);
    await hours.fill('0');
    await card.getByRole('button', { name: 'Save note rules' }).click();
    await card.getByText('Give whole hours from 1 to 720').waitFor();
    await hours.fill('48');
    const credentials = card.getByLabel(/Credentials whose notes need/);
    await credentials.fill('CADC-T');
    await credentials.press('Enter');
    await card.getByRole('button', { name: 'Save note rules' }).click();
    await card.getByRole('status').getByText('Note rules saved').waitFor();
    await card.screenshot({ path: path.join(artifactsDir, 'note-policy-390.png') });
    const [row] = await app.db.query<{ dueHours: number; credentials: string[] }[]>(
      `SELECT due_hours AS "dueHours", cosign_credentials AS credentials
       FROM program_note_policy WHERE program_id = $1`,
      [programId],
    );
    expect(row).toEqual({ dueHours: 48, credentials: ['CADC-T'] });
    await page.close();
  });
});
