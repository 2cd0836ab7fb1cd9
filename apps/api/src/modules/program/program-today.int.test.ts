import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../db/data-source.js';
import { createTestClient, createTestProgram } from '../../testing/factories.js';
import { clientToday, programToday } from './program-today.js';

let ds: DataSource;
beforeAll(async () => {
  ds = createDataSource(inject('databaseUrl'), 2);
  await ds.initialize();
});
afterAll(() => ds?.destroy());

it('“today” is the program’s date around midnight UTC, for the program and for its clients', async () => {
  const east = await createTestProgram(ds, { timeZone: 'Pacific/Kiritimati' });
  const west = await createTestProgram(ds, { timeZone: 'America/Los_Angeles' });
  const { client } = await createTestClient(ds, { programId: east.id });
  // 23:30 UTC on 31 Dec: already 1 Jan in Kiritimati (UTC+14), still 31 Dec in Los Angeles.
  const now = new Date('2026-12-31T23:30:00Z');
  expect(await programToday(ds, east.id, now)).toBe('2027-01-01');
  expect(await programToday(ds, west.id, now)).toBe('2026-12-31');
  expect(await clientToday(ds, client.id, now)).toBe('2027-01-01');
  // 10:30 UTC on 1 Jan: now 1 Jan in Los Angeles too.
  expect(await programToday(ds, west.id, new Date('2027-01-01T10:30:00Z'))).toBe('2027-01-01');
});
