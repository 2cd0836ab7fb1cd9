import { afterAll, beforeAll, expect, it, inject } from 'vitest';
import type { DataSource } from 'typeorm';
import { statusesInPhase } from '@waypoint/domain';
import { createDataSource } from '../../db/data-source.js';
import { buildScaleClinic } from '../../db/scale/scale-clinic.js';
import { AuditTrail } from '../audit/audit-trail.js';
import { episodeReviewDue, loadClockFacts } from '../treatment-plan/plan-clock.js';
import { updateProgramSettings } from './program.service.js';

let ds: DataSource;
beforeAll(async () => {
  ds = createDataSource(inject('databaseUrl'), 2);
  await ds.initialize();
});
afterAll(() => ds?.destroy());

it('a review-interval change in one program of 10,000 clients restores every clock in one transaction, quickly', async () => {
  const clinic = await buildScaleClinic(ds, { clients: 10_000, clinicians: 40, programs: 1 });
  const programId = clinic.programIds[0]!;
  const inTreatment = statusesInPhase('IN_TREATMENT');
  const actor = {
    staffId: clinic.directorId,
    audit: new AuditTrail(ds, 'scale', clinic.directorId),
  };

  const started = performance.now();
  await updateProgramSettings(ds, actor, { programId, version: 1, planReviewIntervalDays: 21 });
  const ms = Math.round(performance.now() - started);

  const [{ n }] = await ds.query<[{ n: number }]>(
    `SELECT count(*)::int AS n FROM episode WHERE program_id = $1 AND status = ANY($2::text[])`,
    [programId, inTreatment],
  );
  // Every stored clock equals the domain function's under the new interval (a sample).
  const sample = await ds.query<{ id: string; review_due_on: string | null }[]>(
    `SELECT id, review_due_on FROM episode WHERE program_id = $1 AND status = ANY($2::text[])
     ORDER BY id LIMIT 500`,
    [programId, inTreatment],
  );
  const facts = await loadClockFacts(
    ds,
    sample.map((e) => e.id),
  );
  for (const e of sample) {
    expect(facts.get(e.id)!.program.planReviewIntervalDays).toBe(21);
    expect(e.review_due_on).toBe(episodeReviewDue(facts.get(e.id)!)?.dueDate ?? null);
  }
  console.log(`program settings change: ${n} episodes in treatment, clocks recomputed in ${ms} ms`);
  expect(n).toBeGreaterThan(3_000);
  expect(ms).toBeLessThan(10_000);
}, 300_000);
