import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../data-source.js';
import { buildScaleClinic } from './scale-clinic.js';
import { statusesInPhase } from '@waypoint/domain';
import { episodeReviewDue, loadClockFacts } from '../../modules/treatment-plan/plan-clock.js';

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
    {
      bad_dates: number;
      unassigned: number;
      ended_untimed: number;
      plans: number;
      statuses: number;
    }[]
  >(
    `SELECT
       count(*) FILTER (WHERE e.discharged_at < e.admitted_at OR e.admitted_at < e.opened_at OR e.opened_at > now())::int AS bad_dates,
       count(*) FILTER (WHERE e.admitted_at IS NOT NULL AND (e.primary_clinician_id IS NULL OR e.case_manager_id IS NULL))::int AS unassigned,
       count(*) FILTER (WHERE e.status = ANY($2::text[])
         AND NOT EXISTS (SELECT 1 FROM episode_transition t WHERE t.episode_id = e.id AND t.to_status = e.status))::int AS ended_untimed,
       (SELECT count(*)::int FROM treatment_plan tp JOIN episode x ON x.id = tp.episode_id WHERE x.program_id = ANY($1::uuid[])) AS plans,
       count(DISTINCT e.status)::int AS statuses
     FROM episode e WHERE e.program_id = ANY($1::uuid[])`,
    [clinic.programIds, statusesInPhase('ENDED')],
  );
  // Every admitted episode has a care team; every ended one the move that ended it (read window).
  expect(check).toMatchObject({ bad_dates: 0, unassigned: 0, ended_untimed: 0, statuses: 15 });
  expect(check!.plans).toBeGreaterThan(500);
  // Every episode in treatment has its review clock stored, equal to the domain function's.
  const sample = await ds.query<
    { id: string; review_due_on: string | null; review_due_reason: string | null }[]
  >(
    `SELECT id, review_due_on, review_due_reason FROM episode
     WHERE program_id = ANY($1::uuid[]) AND status = ANY($2::text[]) ORDER BY id LIMIT 300`,
    [clinic.programIds, statusesInPhase('IN_TREATMENT')],
  );
  const facts = await loadClockFacts(
    ds,
    sample.map((e) => e.id),
  );
  for (const e of sample) {
    const due = episodeReviewDue(facts.get(e.id)!);
    expect(due).not.toBeNull();
    expect([e.review_due_on, e.review_due_reason]).toEqual([due!.dueDate, due!.reason]);
  }
  console.log(`scale clinic: 2,000 clients in ${clinic.ms} ms`);
});

it('gives the clinic groups of tracks, enrollments for every stay and attendance of held sessions only', async () => {
  const clinic = await buildScaleClinic(ds, { clients: 1_000, clinicians: 12, services: true });
  const g = clinic.groups!;
  console.log(
    `scale groups for 1,000 clients: ${g.groups} groups, ${g.enrollments} enrollments, ` +
      `${g.sessions} sessions, ${g.attendance} attendance rows in ${g.ms} ms of ${clinic.ms} ms`,
  );
  // Built with the rest of the clinic, generously bounded for a loaded two-core CI machine.
  expect(g.groups % 4).toBe(0); // four hours a track
  expect(g.attendance).toBeGreaterThan(80_000);
  const [check] = await ds.query<
    {
      over_capacity: number;
      outside_stay: number;
      minutes_over: number;
      off_wall_clock: number;
      unstaffed: number;
    }[]
  >(
    `WITH grp AS (SELECT * FROM therapy_group WHERE program_id = ANY($1::uuid[]))
     SELECT
       (SELECT count(*)::int FROM grp WHERE (SELECT count(*) FROM group_enrollment e
          WHERE e.group_id = grp.id AND e.status = 'ACTIVE') > grp.capacity) AS over_capacity,
       (SELECT count(*)::int FROM attendance a JOIN clinical_session s ON s.id = a.session_id
          JOIN episode ep ON ep.id = a.episode_id
          WHERE s.group_id IN (SELECT id FROM grp)
            AND (s.starts_at < ep.admitted_at - interval '1 day' OR s.status <> 'HELD'
                 OR s.starts_at > coalesce(ep.discharged_at, now()) + interval '1 day')) AS outside_stay,
       (SELECT count(*)::int FROM attendance a JOIN clinical_session s ON s.id = a.session_id
          WHERE s.group_id IN (SELECT id FROM grp)
            AND a.minutes * interval '1 minute' > s.ends_at - s.starts_at) AS minutes_over,
       (SELECT count(*)::int FROM clinical_session s JOIN grp ON grp.id = s.group_id
          JOIN program p ON p.id = grp.program_id
          WHERE (s.starts_at AT TIME ZONE p.time_zone) <> s.occurrence_date + grp.start_time) AS off_wall_clock,
       (SELECT count(*)::int FROM clinical_session s WHERE s.group_id IN (SELECT id FROM grp)
          AND NOT EXISTS (SELECT 1 FROM clinical_session_staff x WHERE x.session_id = s.id)) AS unstaffed`,
    [clinic.programIds],
  );
  expect(check).toEqual({
    over_capacity: 0,
    outside_stay: 0,
    minutes_over: 0,
    off_wall_clock: 0,
    unstaffed: 0,
  });
}, 180_000);
