import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestClient, createTestProgram, createTestStaff } from '@waypoint/api/testing';
import { artifactsDir, startAppUnderTest, type AppUnderTest } from './app-under-test.js';
import { setPassword, signInAt, uniqueSuffix } from './staff-accounts.js';

let app: AppUnderTest;
let programId: string;
let clinicianEmail: string;

beforeAll(async () => {
  app = await startAppUnderTest();
  const program = await createTestProgram(app.db, {
    name: `Lighthouse Adult IOP ${uniqueSuffix()}`,
  });
  programId = program.id;
  const clinician = await createTestStaff(app.db, [{ programId, role: 'CLINICIAN' }], {
    firstName: 'Marisol',
    lastName: 'Fenwick',
    credentials: 'LMFT',
  });
  clinicianEmail = clinician.email;
  await setPassword(app.db, clinician.id);
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

it('a clinician signs in and sees the program’s caseload, sorted by last name', async () => {
  const page = await app.newPage();
  await signInAt(page, `/caseload?program=${programId}`, clinicianEmail);
  await page.waitForURL(/\/caseload\?program=/);
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
