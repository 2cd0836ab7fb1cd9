import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClient, createTestProgram, createTestStaff } from '@waypoint/api/testing';
import { artifactsDir, startAppUnderTest, type AppUnderTest } from './app-under-test.js';
import { setPassword, signInAt, uniqueSuffix } from './staff-accounts.js';

/**
 * A director creates a personal API token, uses it from a script (the FHIR export over REST),
 * revokes it; and downloads a client's record as FHIR from the chart.
 */
let app: AppUnderTest;
let staff: { id: string; email: string };
let clientId: string;

beforeAll(async () => {
  app = await startAppUnderTest();
  const { id: programId } = await createTestProgram(app.db, {
    name: `Harborview Adult IOP ${uniqueSuffix()}`,
  });
  staff = await createTestStaff(app.db, [{ programId, role: 'DIRECTOR' }], {
    firstName: 'Ines',
    lastName: `Okafor${uniqueSuffix()}`,
  });
  await setPassword(app.db, staff.id);
  clientId = (await createTestClient(app.db, { programId, primaryClinicianId: staff.id })).client
    .id;
});
afterAll(() => app?.stop());

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(artifactsDir, `api-tokens-${name}.png`), fullPage: true });

const everything = (secret: string) =>
  fetch(`${app.baseUrl}/fhir/Patient/${clientId}/$everything`, {
    headers: { authorization: `Bearer ${secret}` },
  });

describe('API tokens and the FHIR export', () => {
  it('a token is created and shown once, works from a script, and stops working when revoked', async () => {
    const page = await app.browser.newPage({
      viewport: { width: 390, height: 844 },
      baseURL: app.baseUrl,
    });
    await signInAt(page, '/account/api-tokens', staff.email);
    await page.getByLabel('Name').fill('Weekly export');
    await page.getByTestId('create-api-token').click();
    const shown = page.getByTestId('new-api-token');
    await shown.waitFor();
    const secret = (await page.getByTestId('new-api-token-secret').innerText()).trim();
    expect(secret).toMatch(/^wpt_/);
    await shot(page, 'created-390');
    const answer = await everything(secret);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/application\/fhir\+json/);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Revoke Weekly export' }).click();
    await page.getByTestId('api-token').getByText('Revoked').waitFor();
    await shot(page, 'revoked-390');
    expect((await everything(secret)).status).toBe(401);
    await page.close();
  });

  it('a director downloads the record for the client from the chart', async () => {
    const page = await app.browser.newPage({
      viewport: { width: 1440, height: 900 },
      baseURL: app.baseUrl,
      acceptDownloads: true,
    });
    await signInAt(page, `/clients/${clientId}`, staff.email);
    await page.getByTestId('download-fhir').click();
    await page.getByTestId('download-fhir-confirm').waitFor();
    await shot(page, 'download-dialog-desktop');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-fhir-confirm').click(),
    ]);
    const bundle = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      resourceType: string;
      entry: { resource: { resourceType: string; id: string } }[];
    };
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.entry[0]!.resource).toMatchObject({ resourceType: 'Patient', id: clientId });
    await page.close();
  });
});
