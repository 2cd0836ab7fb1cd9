import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../data-source.js';
import { buildScaleClinic } from './scale-clinic.js';

let ds: DataSource;
beforeAll(async () => {
  ds = createDataSource(inject('databaseUrl'), 2);
  await ds.initialize();
});
afterAll(() => ds?.destroy());

it('builds a consistent synthetic clinic of the size asked for, quickly', async () => {
  const clinic = await buildScaleClinic(ds, { clients: 2_000, clinicians: 20 });
  expect(clinic.clients).toBe(2_000);
  expect(clinic.episodes).toBe(2_200); // a returning tenth has an older closed episode
  const [check] = await ds.query<
    { bad_dates: number; unassigned: number; plans: number; statuses: number }[]
  >(
    `SELECT
       count(*) FILTER (WHERE e.discharged_at < e.admitted_at OR e.admitted_at < e.opened_at OR e.opened_at > now())::int AS bad_dates,
       count(*) FILTER (WHERE e.admitted_at IS NOT NULL AND e.primary_clinician_id IS NULL)::int AS unassigned,
       (SELECT count(*)::int FROM treatment_plan tp JOIN episode x ON x.id = tp.episode_id WHERE x.program_id = ANY($1::uuid[])) AS plans,
       count(DISTINCT e.status)::int AS statuses
     FROM episode e WHERE e.program_id = ANY($1::uuid[])`,
    [clinic.programIds],
  );
  expect(check).toMatchObject({ bad_dates: 0, unassigned: 0, statuses: 15 });
  expect(check!.plans).toBeGreaterThan(500);
  console.log(`scale clinic: 2,000 clients in ${clinic.ms} ms`);
});
