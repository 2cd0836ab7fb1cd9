import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestClient, createTestProgram, createTestStaff } from '@waypoint/api/testing';
import { artifactsDir, startAppUnderTest, type AppUnderTest } from './app-under-test.js';

let app: AppUnderTest;
let programId: string;

beforeAll(async () => {
  app = await startAppUnderTest();
  const program = await createTestProgram(app.db, { name: 'Lighthouse Adult IOP' });
  programId = program.id;
  const clinician = await createTestStaff(app.db, [{ programId, role: 'CLINICIAN' }], {
    firstName: 'Marisol',
    lastName: 'Fenwick',
    credentials: 'LMFT',
  });
  for (const [firstName, lastName] of [
    ['Tobias', 'Quennell'],
    ['Ines', 'Arbogast'],
    ['Wren', 'Halloway'],
  ] as const) {
    await createTestClient(
      app.db,
      { programId, primaryClinicianId: clinician.id },
      { firstName, lastName },
    );
  }
});

afterAll(() => app?.stop());

it('a user opens the app and sees the program’s caseload', async () => {
  const page = await app.newPage();
  await page.goto('/');
  await page.waitForURL(/\/caseload/);
  await page.goto(`/caseload?program=${programId}`);
  const rows = page.getByTestId('caseload-row');
  await rows.first().waitFor();
  expect(await rows.count()).toBe(3);
  const text = await page.getByTestId('caseload-table').innerText();
  expect(text.indexOf('Arbogast')).toBeLessThan(text.indexOf('Halloway'));
  expect(text.indexOf('Halloway')).toBeLessThan(text.indexOf('Quennell'));
  expect(text).toContain('Marisol Fenwick, LMFT');
  expect(text).toContain('Lighthouse Adult IOP');
  await expect.poll(() => page.getByTestId('caseload-count').innerText()).toMatch(/3 clients/);
  await page.screenshot({ path: path.join(artifactsDir, 'caseload.png'), fullPage: true });
});
