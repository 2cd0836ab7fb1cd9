import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  defaultProgramSettings,
  episodePhase,
  type EpisodeStatus,
  type Population,
  type StaffRole,
} from '@waypoint/domain';
import { Client } from '../modules/client/client.entity.js';
import { Episode } from '../modules/episode/episode.entity.js';
import { recomputeReviewClock } from '../modules/treatment-plan/plan-clock.js';
import { Program } from '../modules/program/program.entity.js';
import { Staff, StaffProgramRole } from '../modules/staff/staff.entity.js';

/**
 * Each test creates its own program, staff and clients (never wiping tables), so suites can run
 * in parallel on one database. Unique suffixes keep unique columns apart.
 */
const unique = () => randomUUID().slice(0, 8);

/** The zone every test program keeps its calendar in unless a test says otherwise. */
export const TEST_PROGRAM_TIME_ZONE = 'America/Los_Angeles';

/**
 * SQL for `at` moved back by `interval` on the wall clock of `zone`. A plain `now() - interval
 * '40 days'` lands on a different local date when daylight saving changed in between and the
 * clock is within an hour of local midnight (07:00–08:00 UTC for Los Angeles), so a test that
 * expects "40 days ago" in the program's calendar writes its timestamps with this instead.
 */
export const wallClockBefore = (interval: string, at = 'now()', zone = TEST_PROGRAM_TIME_ZONE) =>
  `(((${at}) AT TIME ZONE '${zone}') - (${interval})) AT TIME ZONE '${zone}'`;

export async function createTestProgram(
  ds: DataSource,
  overrides: Partial<Program> & { population?: Population } = {},
): Promise<Program> {
  const population = overrides.population ?? 'ADULT';
  const suffix = unique();
  return ds.getRepository(Program).save({
    code: `TEST-${suffix}`,
    name: `Test program ${suffix}`,
    population,
    timeZone: TEST_PROGRAM_TIME_ZONE,
    ...defaultProgramSettings(population),
    ...overrides,
  });
}

export async function createTestStaff(
  ds: DataSource,
  roles: { programId: string; role: StaffRole }[],
  overrides: Partial<Staff> = {},
): Promise<Staff> {
  const suffix = unique();
  const staff = await ds.getRepository(Staff).save({
    firstName: 'Test',
    lastName: `Staff ${suffix}`,
    credentials: null,
    email: `staff-${suffix}@example.org`,
    ...overrides,
  });
  await ds.getRepository(StaffProgramRole).insert(roles.map((r) => ({ ...r, staffId: staff.id })));
  return staff;
}

export async function createTestClient(
  ds: DataSource,
  episode: {
    programId: string;
    status?: EpisodeStatus;
    primaryClinicianId?: string | null;
    caseManagerId?: string | null;
    openedAt?: Date;
  },
  overrides: Partial<Client> = {},
): Promise<{ client: Client; episode: Episode }> {
  const client = await ds.getRepository(Client).save({
    firstName: 'Test',
    lastName: `Client ${unique()}`,
    dateOfBirth: '1990-05-17',
    ...overrides,
  });
  const status = episode.status ?? 'ACTIVE';
  const openedAt = episode.openedAt ?? new Date(Date.now() - 20 * 86_400_000);
  const saved = await ds.getRepository(Episode).save({
    clientId: client.id,
    programId: episode.programId,
    status,
    openedAt,
    primaryClinicianId: episode.primaryClinicianId ?? null,
    caseManagerId: episode.caseManagerId ?? null,
    admittedAt: status === 'ACTIVE' ? new Date(openedAt.getTime() + 3 * 86_400_000) : null,
  });
  Object.assign(saved, await recomputeReviewClock(ds, saved.id));
  return { client, episode: saved };
}

const DAY_MS = 86_400_000;

/**
 * Another episode of an existing client (a returning client's earlier or later stay). An ended
 * status gets the transition that ended it, `endedDaysAgo` days ago (access windows run from it);
 * `admitted` sets the admission date (a stay that reached treatment).
 */
export async function createTestEpisode(
  ds: DataSource,
  clientId: string,
  episode: {
    programId: string;
    status: EpisodeStatus;
    actorStaffId: string;
    primaryClinicianId?: string | null;
    caseManagerId?: string | null;
    openedDaysAgo?: number;
    admitted?: boolean;
    endedDaysAgo?: number;
  },
): Promise<Episode> {
  const openedAt = new Date(Date.now() - (episode.openedDaysAgo ?? 20) * DAY_MS);
  const ended = episodePhase(episode.status) === 'ENDED';
  const endedAt = new Date(Date.now() - (episode.endedDaysAgo ?? 0) * DAY_MS);
  const saved = await ds.getRepository(Episode).save({
    clientId,
    programId: episode.programId,
    status: episode.status,
    openedAt,
    primaryClinicianId: episode.primaryClinicianId ?? null,
    caseManagerId: episode.caseManagerId ?? null,
    admittedAt: episode.admitted ? new Date(openedAt.getTime() + 3 * DAY_MS) : null,
    dischargedAt: ended && episode.admitted ? endedAt : null,
  });
  if (ended) {
    await ds.query(
      `INSERT INTO episode_transition (episode_id, from_status, to_status, reason, actor_staff_id, occurred_at)
       VALUES ($1, $2, $3, 'Test ending', $4, $5)`,
      [
        saved.id,
        episode.admitted ? 'DISCHARGED' : 'SCREENING',
        episode.status,
        episode.actorStaffId,
        endedAt,
      ],
    );
  }
  return saved;
}

/** The ids of the clinical records `createTestEpisodeRecords` made on one episode. */
export interface TestEpisodeRecords {
  transitionId: string;
  assessmentId: string;
  plan: {
    id: string;
    version: number;
    problemId: string;
    goalId: string;
    objectiveId: string;
    interventionId: string;
    progressId: string;
  } | null;
}

/**
 * Clinical records on one episode, written directly (no access check): a lifecycle move, an
 * intake assessment (the client's own words) and, with `plan`, a treatment plan with one problem
 * → goal → objective → intervention and a progress entry.
 */
export async function createTestEpisodeRecords(
  ds: DataSource,
  episodeId: string,
  staffId: string,
  plan: { status: 'DRAFT' | 'ACTIVE' | 'CLOSED' } | null,
): Promise<TestEpisodeRecords> {
  const one = async (sql: string, params: unknown[]) =>
    (await ds.query<{ id: string }[]>(sql, params))[0]!.id;
  const transitionId = await one(
    `INSERT INTO episode_transition (episode_id, from_status, to_status, actor_staff_id, occurred_at)
     VALUES ($1, 'INQUIRY', 'SCREENING', $2, now() - interval '19 days') RETURNING id`,
    [episodeId, staffId],
  );
  const assessmentId = await one(
    `INSERT INTO assessment (episode_id, instrument, instrument_version, answers, administered_by_staff_id)
     VALUES ($1, 'INTAKE_BPS', 'test', '{"presentingProblem": "In the client''s own words"}', $2)
     RETURNING id`,
    [episodeId, staffId],
  );
  if (!plan) return { transitionId, assessmentId, plan: null };
  const planId = await one(
    `INSERT INTO treatment_plan (episode_id, version_number, status, activated_at, ended_at, created_by_staff_id)
     VALUES ($1, 1, $2, CASE WHEN $2 <> 'DRAFT' THEN now() - interval '15 days' END,
       CASE WHEN $2 = 'CLOSED' THEN now() - interval '1 day' END, $3) RETURNING id`,
    [episodeId, plan.status, staffId],
  );
  const problemId = await one(
    `INSERT INTO plan_problem (lineage_id, position, plan_id, domain, client_words)
     VALUES (gen_random_uuid(), 0, $1, 'AFFECT', 'What the client said') RETURNING id`,
    [planId],
  );
  const [goal] = await ds.query<{ id: string; lineage_id: string }[]>(
    `INSERT INTO plan_goal (lineage_id, position, problem_id, description, horizon, lifecycle_status, achievement_status)
     VALUES (gen_random_uuid(), 0, $1, 'A goal', 'IMMEDIATE', 'ACTIVE', 'IN_PROGRESS')
     RETURNING id, lineage_id`,
    [problemId],
  );
  const objectiveId = await one(
    `INSERT INTO plan_objective (lineage_id, position, goal_id, description, measure, target_date, lifecycle_status, achievement_status)
     VALUES (gen_random_uuid(), 0, $1, 'An objective', 'Count', current_date + 30, 'ACTIVE', 'IN_PROGRESS')
     RETURNING id`,
    [goal!.id],
  );
  const interventionId = await one(
    `INSERT INTO plan_intervention (lineage_id, position, objective_id, modality, frequency, responsible_staff_id)
     VALUES (gen_random_uuid(), 0, $1, 'CBT', 'weekly', $2) RETURNING id`,
    [objectiveId, staffId],
  );
  const progressId = await one(
    `INSERT INTO goal_progress (episode_id, goal_lineage_id, recorded_on, rating, author_staff_id)
     VALUES ($1, $2, current_date - 1, 5, $3) RETURNING id`,
    [episodeId, goal!.lineage_id, staffId],
  );
  await ds.query(
    `INSERT INTO plan_status_change (episode_id, element_kind, element_id, lineage_id,
       from_lifecycle_status, to_lifecycle_status, from_achievement_status, to_achievement_status,
       changed_by_id)
     VALUES ($1, 'GOAL', $2, $3, 'PROPOSED', 'ACTIVE', 'IN_PROGRESS', 'IN_PROGRESS', $4)`,
    [episodeId, goal!.id, goal!.lineage_id, staffId],
  );
  return {
    transitionId,
    assessmentId,
    plan: {
      id: planId,
      version: 1,
      problemId,
      goalId: goal!.id,
      objectiveId,
      interventionId,
      progressId,
    },
  };
}
