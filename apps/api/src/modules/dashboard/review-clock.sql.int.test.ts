import { afterAll, beforeAll, expect, it } from 'vitest';
import { reviewClock } from '@waypoint/domain';
import { createDataSource } from '../../db/data-source.js';
import { inject } from 'vitest';
import type { DataSource } from 'typeorm';
import { createTestClient, createTestProgram, createTestStaff } from '../../testing/factories.js';
import { SqlParams } from '../access/client-scope.js';
import { reviewClockCtes } from './review-clock.sql.js';

let ds: DataSource;
beforeAll(async () => {
  ds = createDataSource(inject('databaseUrl'), 2);
  await ds.initialize();
});
afterAll(() => ds?.destroy());

/** A small deterministic PRNG so a failure can be replayed. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

it('the SQL review clock agrees with the domain function on a generated population', async () => {
  const random = prng(20261127);
  const now = new Date('2026-11-27T07:45:00Z');
  const zones = ['America/Los_Angeles', 'Europe/Berlin', 'Pacific/Auckland', 'Asia/Kolkata'];
  const hour = 3_600_000;
  const cases: { episodeId: string; input: Parameters<typeof reviewClock>[0] }[] = [];
  for (const timeZone of zones) {
    const program = await createTestProgram(ds, {
      timeZone,
      planReviewIntervalDays: 30,
      initialPlanDueDays: 7,
    });
    const staff = await createTestStaff(ds, [{ programId: program.id, role: 'CLINICIAN' }]);
    for (let i = 0; i < 60; i++) {
      // Random instants, so local-midnight and DST boundaries get crossed too.
      const admittedAt = new Date(now.getTime() - Math.floor(random() * 120 * 24) * hour);
      const { episode } = await createTestClient(ds, {
        programId: program.id,
        primaryClinicianId: staff.id,
      });
      await ds.query('UPDATE episode SET admitted_at = $2 WHERE id = $1', [episode.id, admittedAt]);
      const input: (typeof cases)[number]['input'] = {
        program: { timeZone, planReviewIntervalDays: 30, initialPlanDueDays: 7 },
        admittedAt,
        triggers: [],
      };
      if (random() < 0.8) {
        const activatedAt = new Date(
          admittedAt.getTime() + Math.floor(random() * (now.getTime() - admittedAt.getTime())),
        );
        const reviewedAt =
          random() < 0.4
            ? new Date(
                activatedAt.getTime() +
                  Math.floor(random() * (now.getTime() - activatedAt.getTime())),
              )
            : null;
        await ds.query(
          `INSERT INTO treatment_plan (episode_id, version_number, status, activated_at, last_reviewed_at, created_by_staff_id)
           VALUES ($1, 1, 'ACTIVE', $2, $3, $4)`,
          [episode.id, activatedAt, reviewedAt, staff.id],
        );
        input.lastActivatedAt = activatedAt;
        input.lastReviewedAt = reviewedAt;
        for (let k = Math.floor(random() * 3); k > 0; k--) {
          const changedAt = new Date(
            admittedAt.getTime() + Math.floor(random() * (now.getTime() - admittedAt.getTime())),
          );
          await ds.query(
            `INSERT INTO level_of_care_change (episode_id, clinical_level, changed_by_staff_id, changed_at) VALUES ($1, '2.5', $2, $3)`,
            [episode.id, staff.id, changedAt],
          );
          input.triggers = [
            ...(input.triggers ?? []),
            { kind: 'LEVEL_OF_CARE_CHANGE', at: changedAt },
          ];
        }
      }
      cases.push({ episodeId: episode.id, input });
    }
  }
  const params = new SqlParams();
  const ids = params.add(cases.map((c) => c.episodeId));
  const rows = await ds.query<
    {
      episode_id: string;
      due_date: string;
      reason: string;
      status: string;
      days_until_due: number;
    }[]
  >(
    `WITH ${reviewClockCtes(params, now)}
     SELECT episode_id, to_char(due_date, 'YYYY-MM-DD') AS due_date, reason, status, days_until_due
     FROM review_clock WHERE episode_id = ANY(${ids}::uuid[])`,
    params.values,
  );
  const bySql = new Map(rows.map((r) => [r.episode_id, r]));
  expect(bySql.size).toBe(cases.length);
  const seen = new Set<string>();
  for (const c of cases) {
    const domain = reviewClock(c.input, now);
    seen.add(`${domain.reason}:${domain.status}`);
    expect(bySql.get(c.episodeId), JSON.stringify(c.input)).toEqual({
      episode_id: c.episodeId,
      due_date: domain.dueDate,
      reason: domain.reason,
      status: domain.status,
      days_until_due: domain.daysUntilDue,
    });
  }
  // The population exercised every branch.
  for (const expected of [
    'INITIAL_PLAN:OVERDUE',
    'INTERVAL:OVERDUE',
    'INTERVAL:NOT_DUE',
    'INTERVAL:DUE_SOON',
    'LEVEL_OF_CARE_CHANGE:OVERDUE',
  ]) {
    expect(seen).toContain(expected);
  }
});
