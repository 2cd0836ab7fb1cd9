import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  checkSignablePlan,
  checkTransition,
  EpisodeStatus,
  GoalAchievementStatus,
  GoalLifecycleStatus,
  INSTRUMENT_VERSIONS,
  localDate,
  missingOrientationItems,
  PlanVersionStatus,
  ReferralStatus,
  reviewClock,
  StaffRole,
  statusesInPhase,
  validateAssessmentAnswers,
  type AdmissionDecision,
  type DischargeType,
  type ReviewClock,
} from '@waypoint/domain';
import { createDataSource } from '../data-source.js';
import { migrate } from '../database.js';
import { buildDemoClinic, seedDemoClinic } from './demo-clinic.js';
import { DEMO_STAFF } from './demo-staff.js';

/**
 * The seed looks for "the" demo clinic in a database, so it cannot share the run's database with
 * suites that create programs of their own: each scratch database here is created on the same
 * server (the run's DATABASE_URL or its embedded PostgreSQL) and dropped afterwards.
 */
async function scratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = inject('databaseUrl');
  const name = `wp_seed_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

async function openMigrated(url: string): Promise<DataSource> {
  const ds = createDataSource(url, 3);
  await ds.initialize();
  await migrate(ds);
  return ds;
}

async function rowCounts(ds: DataSource): Promise<Record<string, number>> {
  const [row] = await ds.query<Record<string, number>[]>(`SELECT
      (SELECT count(*) FROM program)::int AS programs,
      (SELECT count(*) FROM staff)::int AS staff,
      (SELECT count(*) FROM staff_program_role)::int AS roles,
      (SELECT count(*) FROM client)::int AS clients,
      (SELECT count(*) FROM episode)::int AS episodes,
      (SELECT count(*) FROM episode_transition)::int AS transitions,
      (SELECT count(*) FROM level_of_care_change)::int AS level_of_care_changes,
      (SELECT count(*) FROM assessment)::int AS assessments,
      (SELECT count(*) FROM treatment_plan)::int AS plans,
      (SELECT count(*) FROM plan_problem)::int AS problems,
      (SELECT count(*) FROM plan_goal)::int AS goals,
      (SELECT count(*) FROM plan_objective)::int AS objectives,
      (SELECT count(*) FROM plan_intervention)::int AS interventions,
      (SELECT count(*) FROM plan_signature)::int AS signatures,
      (SELECT count(*) FROM plan_review)::int AS reviews,
      (SELECT count(*) FROM goal_progress)::int AS progress`);
  return row!;
}

/** A fixed clock, so the assertions about dates are about one known "today". */
const NOW = new Date('2026-03-18T19:30:00Z');

describe('the demo clinic seed', () => {
  let db: Awaited<ReturnType<typeof scratchDatabase>>;
  let a: DataSource;
  let b: DataSource;
  let results: { seeded: boolean }[];
  let seedMs: number;

  beforeAll(async () => {
    db = await scratchDatabase();
    a = await openMigrated(db.url);
    b = createDataSource(db.url, 3);
    await b.initialize();
    // Two API processes starting at the same moment, each with its own connection pool.
    const started = performance.now();
    results = await Promise.all([seedDemoClinic(a, { now: NOW }), seedDemoClinic(b, { now: NOW })]);
    seedMs = performance.now() - started;
  });

  afterAll(async () => {
    await a?.destroy();
    await b?.destroy();
    await db?.drop();
  });

  it('two API processes seeding at once build exactly one clinic', async () => {
    expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
    const counts = await rowCounts(a);
    expect(counts.programs).toBe(2);
    expect(counts.staff).toBe(DEMO_STAFF.length);
    console.info(`demo clinic seeded in ${Math.round(seedMs)} ms`, counts);
  });

  it('has a resource directory, referrals in many states, consents in every status, and a revoked consent that blocked a send', async () => {
    const [dir] = await a.query<{ n: number; categories: number }[]>(
      'SELECT count(*)::int AS n, count(DISTINCT category)::int AS categories FROM community_resource',
    );
    expect(dir!.n).toBeGreaterThanOrEqual(80);
    expect(dir!.categories).toBe(12);
    const states = await a.query<{ status: string }[]>('SELECT DISTINCT status FROM referral');
    expect(states.length).toBeGreaterThanOrEqual(8);
    const consents = await a.query<{ status: string }[]>(
      'SELECT DISTINCT status FROM consent ORDER BY status',
    );
    expect(consents.map((c) => c.status)).toEqual([
      'ACTIVE',
      'DECLINED',
      'EXPIRED',
      'PENDING_SIGNATURE',
      'REVOKED',
    ]);
    const [blocked] = await a.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM referral r JOIN consent c ON c.episode_id = r.episode_id
       WHERE r.status = 'PENDING_CONSENT' AND c.status = 'REVOKED'`,
    );
    expect(blocked!.n).toBe(1);
    // Every demo disclosure is a send of its referral under its consent.
    const [odd] = await a.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM referral r FULL JOIN disclosure d ON d.referral_id = r.id
       WHERE (r.sent_at IS NOT NULL) <> (d.id IS NOT NULL)`,
    );
    expect(odd!.n).toBe(0);
  });

  it('shows true worklist and dashboard figures: every referral state, consents lapsing within 30 days, resources to re-verify', async () => {
    const states = await a.query<{ status: string }[]>(
      'SELECT DISTINCT status FROM referral ORDER BY status',
    );
    expect(states.map((s) => s.status)).toEqual([...Object.values(ReferralStatus)].sort());
    const [lapsing] = await a.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM consent WHERE status = 'ACTIVE'
         AND expires_on BETWEEN $1::date AND $1::date + 30`,
      [NOW.toISOString().slice(0, 10)],
    );
    expect(lapsing!.n).toBeGreaterThanOrEqual(2);
    // Flagged as the job flags them: exactly the entries the directory's own rule calls stale.
    const [flags] = await a.query<{ flagged: number; stale: number }[]>(
      `SELECT count(*) FILTER (WHERE x.reverify_due_on IS NOT NULL)::int AS flagged,
         count(*) FILTER (WHERE (x.last_verified_at AT TIME ZONE p.time_zone)::date
           + p.resource_reverify_days <= (now() AT TIME ZONE p.time_zone)::date)::int AS stale
       FROM community_resource x JOIN program p ON p.id = x.program_id`,
    );
    expect(flags!.flagged).toBeGreaterThan(0);
    expect(flags!.flagged).toBe(flags!.stale);
    // Ended referrals in a category with both outcomes, so a completion rate is neither 0 nor 100.
    const [housing] = await a.query<{ completed: number; ended: number }[]>(
      `SELECT count(*) FILTER (WHERE r.status = 'COMPLETED')::int AS completed, count(*)::int AS ended
       FROM referral r JOIN community_resource c ON c.id = r.resource_id
       WHERE c.category = 'HOUSING' AND r.status IN ('COMPLETED', 'REJECTED', 'CLIENT_DECLINED', 'NO_RESPONSE')`,
    );
    expect(housing).toEqual({ completed: 1, ended: 2 });
    const languages = await a.query<{ preferred_language: string }[]>(
      'SELECT preferred_language FROM client WHERE preferred_language IS NOT NULL ORDER BY 1',
    );
    expect(languages.map((l) => l.preferred_language)).toEqual(['Spanish', 'Vietnamese']);
  });

  it('discharges of every type with summaries and aftercare, follow-ups that stay well, lapse and go quiet', async () => {
    // Every discharge type the demo history ends episodes with has its discharge record.
    const [missing] = await a.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM episode e WHERE e.discharge_type IS NOT NULL
         AND e.status IN ('DISCHARGED', 'FOLLOW_UP', 'CLOSED')
         AND NOT EXISTS (SELECT 1 FROM discharge d WHERE d.episode_id = e.id)`,
    );
    expect(missing!.n).toBe(0);
    const types = await a.query<{ t: string }[]>(
      'SELECT DISTINCT discharge_type AS t FROM discharge',
    );
    expect(types.length).toBeGreaterThanOrEqual(4);
    const [odd] = await a.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM discharge
       WHERE (aftercare_plan IS NULL) = (attempted_contact IS NULL) OR summary->>'recommendations' = ''`,
    );
    expect(odd!.n).toBe(0);
    const outcomes = await a.query<{ outcome: string }[]>(
      'SELECT DISTINCT outcome FROM follow_up_contact WHERE outcome IS NOT NULL ORDER BY outcome',
    );
    expect(outcomes.map((o) => o.outcome)).toEqual(['IN_RECOVERY', 'UNREACHABLE', 'USING']);
    const [bams] = await a.query<{ done: number; withBam: number; flagged: number }[]>(
      `SELECT count(*) FILTER (WHERE f.status = 'DONE')::int AS done,
         count(a.id) FILTER (WHERE a.instrument = 'BAM')::int AS "withBam",
         (SELECT count(*)::int FROM discharge WHERE outreach_flagged_at IS NOT NULL) AS flagged
       FROM follow_up_contact f LEFT JOIN assessment a ON a.id = f.bam_assessment_id`,
    );
    expect(bams!.withBam).toBe(bams!.done);
    expect(bams!.flagged).toBeGreaterThan(0);
  });

  it('has a readmission: a client whose follow-up ended came back within 90 days, the new stay linked to the earlier one', async () => {
    const links = await a.query<{ status: string; sameClient: boolean; days: number }[]>(
      `SELECT p.status, p.client_id = e.client_id AS "sameClient",
         extract(epoch FROM e.admitted_at - p.discharged_at) / 86400 AS days
       FROM episode e JOIN episode p ON p.id = e.previous_episode_id`,
    );
    expect(links.length).toBeGreaterThanOrEqual(3);
    expect(links.every((l) => l.sameClient && l.status === 'CLOSED')).toBe(true);
    expect(links.filter((l) => l.days > 0 && l.days <= 90)).toHaveLength(1);
    // Every returning client's new stay names the stay before it.
    const [unlinked] = await a.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM episode e
       WHERE e.previous_episode_id IS NULL
         AND EXISTS (SELECT 1 FROM episode o WHERE o.client_id = e.client_id AND o.opened_at < e.opened_at)`,
    );
    expect(unlinked!.n).toBe(0);
  });

  it('builds an adult and an adolescent program with their default settings', async () => {
    const rows = await a.query<
      { code: string; name: string; population: string; time_zone: string; hours: number }[]
    >(
      `SELECT code, name, population, time_zone, weekly_hours_target::float AS hours
       FROM program ORDER BY code`,
    );
    expect(rows).toEqual([
      {
        code: 'ADULT-IOP',
        name: 'Harbor Adult IOP',
        population: 'ADULT',
        time_zone: 'America/Los_Angeles',
        hours: 9,
      },
      {
        code: 'TEEN-IOP',
        name: 'Harbor Teen IOP',
        population: 'ADOLESCENT',
        time_zone: 'America/Los_Angeles',
        hours: 6,
      },
    ]);
  });

  it('has staff in every role, on invented example.org addresses', async () => {
    const roles = await a.query<{ role: string }[]>('SELECT DISTINCT role FROM staff_program_role');
    expect(roles.map((r) => r.role).sort()).toEqual(Object.values(StaffRole).sort());
    const staff = await a.query<{ email: string; active: boolean }[]>(
      'SELECT email, active FROM staff',
    );
    expect(staff.every((s) => /^[a-z.-]+@example\.org$/.test(s.email))).toBe(true);
    expect(staff.filter((s) => !s.active)).toHaveLength(1);
  });

  it('has about 80 clients, adolescents 13–17 and adults 19–64, with fictional contacts', async () => {
    const rows = await a.query<
      { population: string; age: number; phone: string | null; email: string | null }[]
    >(
      `SELECT p.population, date_part('year', age($1::date, c.date_of_birth))::int AS age,
              c.phone, c.email
       FROM client c
       JOIN LATERAL (SELECT program_id FROM episode e WHERE e.client_id = c.id
                     ORDER BY opened_at DESC LIMIT 1) ce ON true
       JOIN program p ON p.id = ce.program_id`,
      ['2026-03-18'],
    );
    expect(rows.length).toBeGreaterThanOrEqual(75);
    expect(rows.length).toBeLessThanOrEqual(85);
    const teens = rows.filter((r) => r.population === 'ADOLESCENT');
    expect(teens.length).toBeGreaterThanOrEqual(15);
    expect(teens.every((r) => r.age >= 13 && r.age <= 17)).toBe(true);
    const adults = rows.filter((r) => r.population === 'ADULT');
    expect(adults.every((r) => r.age >= 19 && r.age <= 64)).toBe(true);
    const [tooYoung] = await a.query<{ n: number }[]>(`
      SELECT count(*)::int AS n FROM episode e
      JOIN client c ON c.id = e.client_id JOIN program p ON p.id = e.program_id
      WHERE date_part('year', age((e.opened_at AT TIME ZONE p.time_zone)::date, c.date_of_birth))
            < CASE p.population WHEN 'ADOLESCENT' THEN 13 ELSE 18 END`);
    expect(tooYoung!.n).toBe(0);
    // Every opening and admission fits the program's own ages (the API's rule) on that local day.
    const outside = await a.query<{ id: string }[]>(`
      SELECT e.id FROM episode e
      JOIN client c ON c.id = e.client_id JOIN program p ON p.id = e.program_id
      CROSS JOIN LATERAL (VALUES (e.opened_at), (e.admitted_at)) AS d(at)
      CROSS JOIN LATERAL (SELECT date_part('year', age((d.at AT TIME ZONE p.time_zone)::date,
                                                  c.date_of_birth))::int AS age) a
      WHERE d.at IS NOT NULL
        AND ((p.min_age IS NOT NULL AND a.age < p.min_age) OR (p.max_age IS NOT NULL AND a.age > p.max_age))`);
    expect(outside).toEqual([]);
    const ages = await a.query<{ code: string; min_age: number; max_age: number | null }[]>(
      `SELECT code, min_age, max_age FROM program ORDER BY code`,
    );
    expect(ages).toEqual([
      { code: 'ADULT-IOP', min_age: 18, max_age: null },
      { code: 'TEEN-IOP', min_age: 12, max_age: 17 },
    ]);
    expect(rows.every((r) => r.phone === null || /^\d{3}-555-01\d\d$/.test(r.phone))).toBe(true);
    expect(rows.every((r) => r.email === null || r.email.endsWith('@example.org'))).toBe(true);
  });

  it('puts current episodes in every lifecycle status, most of them ACTIVE', async () => {
    const rows = await a.query<{ status: EpisodeStatus; n: number }[]>(`
      SELECT ce.status, count(*)::int AS n FROM client c
      JOIN LATERAL (SELECT status FROM episode e WHERE e.client_id = c.id
                    ORDER BY opened_at DESC, id DESC LIMIT 1) ce ON true
      GROUP BY ce.status`);
    const byStatus = Object.fromEntries(rows.map((r) => [r.status, r.n]));
    console.info('current episodes by status', byStatus);
    for (const status of Object.values(EpisodeStatus))
      expect(byStatus[status] ?? 0).toBeGreaterThan(0);
    const top = rows.reduce((m, r) => (r.n > m.n ? r : m));
    expect(top.status).toBe('ACTIVE');
  });

  it('gives some clients an earlier closed episode, opened before their current one', async () => {
    const rows = await a.query<
      {
        statuses: string[];
        earlier_end: Date;
        current_opened: Date;
      }[]
    >(`
      SELECT client_id, array_agg(status ORDER BY opened_at) AS statuses,
             max(discharged_at) FILTER (WHERE status = 'CLOSED') AS earlier_end,
             max(opened_at) AS current_opened
      FROM episode GROUP BY client_id HAVING count(*) > 1`);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const r of rows) {
      expect(r.statuses[0]).toBe('CLOSED');
      expect(r.earlier_end.getTime()).toBeLessThan(r.current_opened.getTime());
    }
  });

  it('keeps dates consistent with each status and never in the future', async () => {
    const bad = await a.query<unknown[]>(
      `SELECT id, status FROM episode WHERE
         admitted_at < opened_at
         OR discharged_at < admitted_at
         OR (discharged_at IS NOT NULL AND admitted_at IS NULL)
         OR greatest(opened_at, admitted_at, discharged_at) > $1
         -- admitted exactly when at or past orientation (or transferred out of care)
         OR ((admitted_at IS NULL) <> (status = ANY($2::text[])))
         -- discharged exactly when discharged, in aftercare, closed or transferred
         OR ((discharged_at IS NOT NULL) <> (status IN ('DISCHARGED', 'FOLLOW_UP', 'CLOSED', 'TRANSFERRED')))
         -- open episodes began within the last 16 weeks
         OR (status NOT IN ('CLOSED', 'REFERRED_OUT', 'DECLINED', 'LOST_CONTACT', 'TRANSFERRED')
             AND opened_at < $1::timestamptz - interval '16 weeks')`,
      [NOW, [...statusesInPhase('PRE_ADMISSION'), 'REFERRED_OUT', 'DECLINED', 'LOST_CONTACT']],
    );
    expect(bad).toEqual([]);
    const [{ n }] = await a.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM episode
       WHERE status = 'ACTIVE' AND admitted_at < $1::timestamptz - interval '12 weeks'`,
      [NOW],
    );
    expect(n).toBeGreaterThan(0);
  });

  it('assigns clinicians only after admission, always from the episode’s own program', async () => {
    const bad = await a.query<unknown[]>(
      `SELECT e.id, e.status FROM episode e WHERE
         ((e.primary_clinician_id IS NULL) <> (e.admitted_at IS NULL))
         OR (e.primary_clinician_id IS NOT NULL AND NOT EXISTS (
               SELECT 1 FROM staff_program_role r WHERE r.staff_id = e.primary_clinician_id
               AND r.program_id = e.program_id AND r.role = 'CLINICIAN'))
         OR (e.case_manager_id IS NOT NULL AND NOT EXISTS (
               SELECT 1 FROM staff_program_role r WHERE r.staff_id = e.case_manager_id
               AND r.program_id = e.program_id AND r.role = 'CASE_MANAGER'))
         OR (e.case_manager_id IS NOT NULL AND e.admitted_at IS NULL)`,
    );
    expect(bad).toEqual([]);
    const [row] = await a.query<{ managed: number; in_care: number; sources: number }[]>(`
      SELECT count(*) FILTER (WHERE status IN ('ORIENTATION', 'ACTIVE', 'ON_HOLD', 'DISCHARGE_PLANNING')
                                AND case_manager_id IS NOT NULL)::int AS managed,
             count(*) FILTER (WHERE status IN ('ORIENTATION', 'ACTIVE', 'ON_HOLD', 'DISCHARGE_PLANNING'))::int AS in_care,
             count(DISTINCT referral_source)::int AS sources
      FROM episode`);
    expect(row!.managed / row!.in_care).toBeGreaterThan(0.6);
    expect(row!.sources).toBeGreaterThanOrEqual(7);
    // Open episodes belong to staff still working here.
    const [inactive] = await a.query<{ n: number }[]>(`
      SELECT count(*)::int AS n FROM episode e JOIN staff s ON s.id = e.primary_clinician_id
      WHERE NOT s.active AND e.status <> 'CLOSED'`);
    expect(inactive!.n).toBe(0);
  });

  it('seeding again finds the clinic and changes nothing', async () => {
    const before = await rowCounts(a);
    expect(await seedDemoClinic(a)).toEqual({ seeded: false });
    expect(await rowCounts(a)).toEqual(before);
  });

  it('builds the same clinic on every run', () => {
    const shape = (now: Date) =>
      buildDemoClinic(now).clients.map((c) => [c.firstName, c.lastName, c.dateOfBirth, c.phone]);
    expect(shape(NOW)).toEqual(shape(NOW));
    const statuses = (now: Date) => buildDemoClinic(now).episodes.map((e) => e.status);
    expect(statuses(NOW)).toEqual(statuses(new Date('2027-01-05T08:00:00Z')));
    const charts = (now: Date) => {
      const c = buildDemoClinic(now);
      return {
        moves: c.transitions.map((t) => [t.toStatus, t.occurredAt.toISOString(), t.reason]),
        plans: c.plans.map((p) => [p.versionNumber, p.status, p.activatedAt?.toISOString()]),
        goals: c.goals.map((g) => [g.description, g.targetDate, g.lifecycleStatus]),
        progress: c.progress.map((p) => [p.recordedOn, p.rating, p.measureValue, p.note]),
      };
    };
    expect(charts(NOW)).toEqual(charts(NOW));
  });

  describe('clinical records', () => {
    type EpisodeRow = {
      id: string;
      status: EpisodeStatus;
      program_id: string;
      opened_at: Date;
      admitted_at: Date | null;
      discharged_at: Date | null;
      primary_clinician_id: string | null;
      case_manager_id: string | null;
      admission_decision: AdmissionDecision | null;
      admission_rationale: string | null;
      discharge_type: DischargeType | null;
      discharge_reason: string | null;
      level_of_care: string | null;
      authorized_level_of_care: string | null;
      level_of_care_changed_at: Date | null;
      orientation: Record<string, string>;
      first_name: string;
      last_name: string;
    };
    type TransitionRow = {
      episode_id: string;
      from_status: EpisodeStatus;
      to_status: EpisodeStatus;
      reason: string | null;
      admission_decision: AdmissionDecision | null;
      admission_rationale: string | null;
      discharge_type: DischargeType | null;
      actor_staff_id: string;
      actor_role: StaffRole | null;
      occurred_at: Date;
    };
    type PlanRow = {
      id: string;
      episode_id: string;
      version_number: number;
      status: PlanVersionStatus;
      created_at: Date;
      activated_at: Date | null;
      last_reviewed_at: Date | null;
      ended_at: Date | null;
      end_reason: string | null;
    };
    type Element = { id: string; lineage_id: string; parent: string; position: number };
    type GoalRow = Element & {
      horizon: string;
      description: string;
      lifecycle_status: GoalLifecycleStatus;
      achievement_status: GoalAchievementStatus;
    };
    type ObjectiveRow = Element & { measure: string | null; target_date: string | null };
    type ProgressRow = {
      episode_id: string;
      goal_lineage_id: string;
      objective_lineage_id: string | null;
      recorded_on: string;
      rating: number | null;
      author_staff_id: string;
    };

    const TIME_ZONE = 'America/Los_Angeles';
    const today = localDate(NOW, TIME_ZONE);
    const inTreatment: EpisodeStatus[] = ['ORIENTATION', 'ACTIVE', 'ON_HOLD', 'DISCHARGE_PLANNING'];
    let episodes: EpisodeRow[];
    let transitions: Map<string, TransitionRow[]>;
    let roles: { staff_id: string; program_id: string; role: StaffRole }[];
    let plans: PlanRow[];
    let problems: (Element & { domain: string })[];
    let goals: GoalRow[];
    let objectives: ObjectiveRow[];
    let interventions: (Element & { frequency: string; responsible_staff_id: string })[];
    let signatures: {
      plan_id: string;
      signer: string;
      staff_id: string;
      signed_name: string | null;
      signed_at: Date;
    }[];
    let reviews: { plan_id: string; outcome: string; note: string | null; reviewed_at: Date }[];
    let progress: ProgressRow[];
    const byEpisode = <T extends { episode_id: string }>(rows: T[]) => {
      const map = new Map<string, T[]>();
      for (const r of rows) map.set(r.episode_id, [...(map.get(r.episode_id) ?? []), r]);
      return map;
    };
    const hasRole = (staffId: string, programId: string, role: StaffRole) =>
      roles.some((r) => r.staff_id === staffId && r.program_id === programId && r.role === role);

    beforeAll(async () => {
      episodes = await a.query(`SELECT e.id, e.status, e.program_id, e.opened_at, e.admitted_at,
          e.discharged_at, e.primary_clinician_id, e.case_manager_id, e.admission_decision,
          e.admission_rationale, e.discharge_type, e.discharge_reason, e.level_of_care,
          e.authorized_level_of_care, e.level_of_care_changed_at, e.orientation, c.first_name, c.last_name
        FROM episode e JOIN client c ON c.id = e.client_id`);
      transitions = byEpisode(
        await a.query<TransitionRow[]>(
          `SELECT * FROM episode_transition ORDER BY episode_id, occurred_at`,
        ),
      );
      roles = await a.query(`SELECT staff_id, program_id, role FROM staff_program_role`);
      plans = await a.query(`SELECT * FROM treatment_plan ORDER BY episode_id, version_number`);
      problems = await a.query(
        `SELECT id, lineage_id, plan_id AS parent, position, domain FROM plan_problem ORDER BY position`,
      );
      goals = await a.query(`SELECT id, lineage_id, problem_id AS parent, position, horizon,
          description, lifecycle_status, achievement_status FROM plan_goal ORDER BY position`);
      objectives = await a.query(`SELECT id, lineage_id, goal_id AS parent, position, measure,
          target_date FROM plan_objective ORDER BY position`);
      interventions = await a.query(`SELECT id, lineage_id, objective_id AS parent, position,
          frequency, responsible_staff_id FROM plan_intervention ORDER BY position`);
      signatures = await a.query(`SELECT * FROM plan_signature`);
      reviews = await a.query(`SELECT * FROM plan_review`);
      progress = await a.query(`SELECT * FROM goal_progress ORDER BY recorded_on`);
    });

    it('walks every episode from INQUIRY to its status along allowed moves, by the right staff', () => {
      const problems: string[] = [];
      for (const e of episodes) {
        const moves = transitions.get(e.id) ?? [];
        const where = `${e.status} episode ${e.id}`;
        let from: EpisodeStatus = 'INQUIRY';
        let last = e.opened_at.getTime();
        let decision: AdmissionDecision | null = null;
        for (const m of moves) {
          if (m.from_status !== from) problems.push(`${where}: ${m.from_status} after ${from}`);
          const check = checkTransition({
            from: m.from_status,
            to: m.to_status,
            admissionDecision: m.admission_decision
              ? { decision: m.admission_decision, rationale: m.admission_rationale ?? '' }
              : null,
            reason: m.reason,
            dischargeType: m.discharge_type,
          });
          if (!check.ok) problems.push(`${where}: ${check.message}`);
          if (!m.actor_role || !hasRole(m.actor_staff_id, e.program_id, m.actor_role)) {
            problems.push(`${where}: ${m.to_status} without the actor's role`);
          }
          if (m.occurred_at.getTime() <= last || m.occurred_at > NOW) {
            problems.push(`${where}: ${m.to_status} out of order`);
          }
          const admitted = e.admitted_at !== null && m.occurred_at <= e.admitted_at;
          const beforeAdmission = e.admitted_at === null || admitted;
          // Intake prepares; the admission itself is the primary clinician's decision.
          const actorOk =
            m.to_status === 'ORIENTATION'
              ? m.actor_staff_id === e.primary_clinician_id && m.actor_role === 'CLINICIAN'
              : beforeAdmission
                ? hasRole(m.actor_staff_id, e.program_id, 'INTAKE')
                : [e.primary_clinician_id, e.case_manager_id].includes(m.actor_staff_id);
          if (!actorOk) problems.push(`${where}: ${m.to_status} by the wrong staff member`);
          if (
            m.to_status === 'ORIENTATION' &&
            m.occurred_at.getTime() !== e.admitted_at?.getTime()
          ) {
            problems.push(`${where}: admission not at admitted_at`);
          }
          if (
            ['DISCHARGED', 'TRANSFERRED'].includes(m.to_status) &&
            m.occurred_at.getTime() !== e.discharged_at?.getTime()
          ) {
            problems.push(`${where}: discharge not at discharged_at`);
          }
          decision = m.admission_decision ?? decision;
          from = m.to_status;
          last = m.occurred_at.getTime();
        }
        if (from !== e.status) problems.push(`${where}: history ends in ${from}`);
        if (e.admission_decision !== decision) problems.push(`${where}: episode decision differs`);
        if (e.admitted_at && (e.admission_decision !== 'ADMIT' || !e.admission_rationale?.trim())) {
          problems.push(`${where}: admitted without an ADMIT rationale`);
        }
        // How treatment ended is on the episode and on the move that ended it.
        const ending = moves.find((m) => ['DISCHARGED', 'TRANSFERRED'].includes(m.to_status));
        if (
          (ending?.discharge_type ?? null) !== e.discharge_type ||
          (ending?.reason ?? null) !== e.discharge_reason
        ) {
          problems.push(`${where}: discharge type or reason differs from its move`);
        }
      }
      expect(problems).toEqual([]);
      const types = new Set(episodes.map((e) => e.discharge_type).filter(Boolean));
      expect([...types].sort()).toEqual([
        'ADMINISTRATIVE',
        'AMA',
        'COMPLETED',
        'LOST_CONTACT',
        'STEP_DOWN',
        'STEP_UP',
        'TRANSFER',
      ]);
      const decisions = new Set(episodes.map((e) => e.admission_decision));
      expect([...decisions].sort()).toEqual(
        ['ADMIT', 'DECLINE', 'REFER_OUT', 'WAITLIST', null].sort(),
      );
    });

    it('sets the level of care at admission and changes it later for a few clients', async () => {
      const rows = await a.query<
        { episode_id: string; clinical_level: string; authorized_level: string; changed_at: Date }[]
      >(`SELECT * FROM level_of_care_change`);
      for (const e of episodes.filter((x) => x.admitted_at)) {
        expect(
          rows.some(
            (r) =>
              r.episode_id === e.id &&
              r.changed_at.getTime() === e.admitted_at!.getTime() &&
              r.clinical_level === '2.1' &&
              r.authorized_level === '2.1',
          ),
        ).toBe(true);
      }
      const later = rows.filter((r) => {
        const e = episodes.find((x) => x.id === r.episode_id)!;
        return e.status === 'ACTIVE' && r.changed_at > e.admitted_at! && r.changed_at < NOW;
      });
      expect(later.length).toBeGreaterThanOrEqual(2);
      expect(later.every((r) => r.clinical_level !== r.authorized_level)).toBe(true);
      // The episode carries its newest level and when it last actually changed.
      const full = await a.query<
        {
          episode_id: string;
          clinical_level: string;
          authorized_level: string;
          level_changed: boolean;
          changed_at: Date;
        }[]
      >(`SELECT * FROM level_of_care_change ORDER BY changed_at`);
      for (const e of episodes) {
        const mine = full.filter((r) => r.episode_id === e.id);
        const newest = mine[mine.length - 1];
        expect(e.level_of_care).toBe(newest?.clinical_level ?? null);
        expect(e.authorized_level_of_care).toBe(newest?.authorized_level ?? null);
        const changes = mine.filter((r) => r.level_changed);
        expect(e.level_of_care_changed_at?.getTime() ?? null).toBe(
          changes[changes.length - 1]?.changed_at.getTime() ?? null,
        );
      }
    });

    it('has measures that improve, stall and worsen, a followed-up item 9, and screens of every kind', async () => {
      const [m] = await a.query<
        {
          phq9: number;
          flagged: number;
          followed: number;
          unexpected: number;
          expected: number;
          pending: number;
        }[]
      >(
        `SELECT (SELECT count(*)::int FROM assessment WHERE instrument = 'PHQ9') AS phq9,
           (SELECT count(*)::int FROM assessment WHERE 'SAFETY' = ANY(flags)) AS flagged,
           (SELECT count(*)::int FROM safety_follow_up) AS followed,
           (SELECT count(*)::int FROM drug_screen WHERE status = 'UNEXPECTED_POSITIVE') AS unexpected,
           (SELECT count(*)::int FROM drug_screen WHERE status = 'EXPECTED_POSITIVE') AS expected,
           (SELECT count(*)::int FROM drug_screen WHERE status = 'PENDING') AS pending`,
      );
      expect(m!.phq9).toBeGreaterThan(20);
      expect(m!.flagged).toBeGreaterThanOrEqual(1);
      expect(m!.followed).toBe(1);
      expect(m!.unexpected).toBeGreaterThan(0);
      expect(m!.expected).toBeGreaterThan(0);
      expect(m!.pending).toBeGreaterThan(0);
    });

    it('has valid intake assessments, in varied words, for every episode that reached assessment', async () => {
      const rows = await a.query<
        {
          episode_id: string;
          instrument: 'INTAKE_BPS' | 'ASAM';
          instrument_version: string;
          answers: Record<string, unknown>;
          administered_at: Date;
          administered_by_staff_id: string;
        }[]
      >(`SELECT * FROM assessment WHERE instrument IN ('INTAKE_BPS', 'ASAM')`); // measures: below
      const assessed = episodes.filter((e) =>
        (transitions.get(e.id) ?? []).some((m) => m.to_status === 'ASSESSMENT'),
      );
      expect(new Set(rows.map((r) => r.episode_id)).size).toBe(assessed.length);
      for (const e of assessed) {
        const moves = transitions.get(e.id)!;
        const entered = moves.find((m) => m.to_status === 'ASSESSMENT')!.occurred_at;
        const decided = moves.find((m) => m.occurred_at > entered)?.occurred_at ?? NOW;
        const mine = rows.filter((r) => r.episode_id === e.id);
        expect(mine.map((r) => r.instrument).sort()).toEqual(['ASAM', 'INTAKE_BPS']);
        const asam = mine.find((r) => r.instrument === 'ASAM')!;
        if (e.admitted_at) expect(asam.answers.recommendedLevel).toBe('2.1');
        for (const r of mine) {
          expect(validateAssessmentAnswers(r.instrument, r.answers)).toEqual([]);
          expect(r.instrument_version).toBe(INSTRUMENT_VERSIONS[r.instrument]);
          expect(r.administered_at > entered && r.administered_at < decided).toBe(true);
          // Intake writes the summary; the ASAM and its level of care are a clinician's.
          const by = r.instrument === 'ASAM' ? 'CLINICIAN' : 'INTAKE';
          expect(hasRole(r.administered_by_staff_id, e.program_id, by)).toBe(true);
        }
      }
      const words = rows
        .filter((r) => r.instrument === 'INTAKE_BPS')
        .map((r) => r.answers.problemAreas);
      expect(new Set(words).size).toBeGreaterThan(words.length * 0.9);
    });

    it('has a structured screening for every episode that reached screening, some escalated', async () => {
      const rows = await a.query<
        { id: string; episode_id: string; escalated: boolean; urgency: string; safety: object }[]
      >(`SELECT * FROM intake_screening`);
      const screened = episodes.filter((e) =>
        (transitions.get(e.id) ?? []).some((m) => m.to_status === 'SCREENING'),
      );
      expect(new Set(rows.map((r) => r.episode_id)).size).toBe(screened.length);
      const escalated = rows.filter((r) => r.escalated);
      expect(escalated.length).toBeGreaterThan(0);
      expect(escalated.length).toBeLessThan(rows.length / 2);
      for (const r of rows) {
        expect(r.safety).not.toBeNull();
        expect(r.urgency).toMatch(r.escalated ? /^(URGENT|EMERGENT)$/ : /^ROUTINE$/);
      }
      const [{ n }] = await a.query<[{ n: number }]>(
        `SELECT count(DISTINCT screening_id)::int AS n FROM intake_screening_escalation`,
      );
      expect(n).toBe(escalated.length);
    });

    it('keeps the orientation checklist: complete past orientation, partial during it', () => {
      for (const e of episodes) {
        const started = (transitions.get(e.id) ?? []).find((m) => m.to_status === 'ACTIVE');
        const done = Object.values(e.orientation).map((t) => new Date(t));
        if (!e.admitted_at) expect(e.orientation).toEqual({});
        else if (e.status === 'ORIENTATION') {
          expect(done.length).toBeGreaterThan(0);
          expect(missingOrientationItems(e.orientation).length).toBeGreaterThan(0);
        } else {
          expect(missingOrientationItems(e.orientation)).toEqual([]);
          expect(done.every((t) => t > e.admitted_at! && t < started!.occurred_at)).toBe(true);
        }
      }
    });

    it('gives admitted episodes versioned plans: signable, signed, one active and one in the making', () => {
      const byStatus: Record<string, number> = {};
      for (const p of plans) byStatus[p.status] = (byStatus[p.status] ?? 0) + 1;
      console.info('treatment plans by status', byStatus);
      for (const status of Object.values(PlanVersionStatus))
        expect(byStatus[status]).toBeGreaterThan(0);

      const tree = (planId: string) => ({
        problems: problems
          .filter((p) => p.parent === planId)
          .map((p) => ({
            goals: goals
              .filter((g) => g.parent === p.id)
              .map((g) => ({
                objectives: objectives
                  .filter((o) => o.parent === g.id)
                  .map((o) => ({
                    measure: o.measure,
                    targetDate: o.target_date,
                    interventions: interventions.filter((i) => i.parent === o.id),
                  })),
              })),
          })),
      });
      const director = roles.find((r) => r.role === 'DIRECTOR')!.staff_id;
      const plansOf = byEpisode(plans);
      for (const e of episodes) {
        const mine = plansOf.get(e.id) ?? [];
        if (!e.admitted_at) {
          expect(mine).toEqual([]);
          continue;
        }
        expect(mine.map((p) => p.version_number)).toEqual(mine.map((_, i) => i + 1));
        expect(mine.filter((p) => p.status === 'ACTIVE').length).toBeLessThanOrEqual(1);
        expect(
          mine.filter((p) => p.status === 'DRAFT' || p.status === 'PENDING_SIGNATURE').length,
        ).toBeLessThanOrEqual(1);
        if (['ACTIVE', 'ON_HOLD', 'DISCHARGE_PLANNING'].includes(e.status)) {
          expect(mine.some((p) => p.status === 'ACTIVE')).toBe(true);
        }
        if (e.discharged_at) {
          expect(mine.every((p) => p.status === 'SUPERSEDED' || p.status === 'CLOSED')).toBe(true);
          const last = mine[mine.length - 1]!;
          expect(last.status).toBe('CLOSED');
          expect(last.ended_at).toEqual(e.discharged_at);
          expect(last.end_reason).toBeTruthy();
        }
        mine.forEach((p, i) => {
          const signs = signatures.filter((s) => s.plan_id === p.id);
          if (p.status !== 'DRAFT') expect(checkSignablePlan(tree(p.id)).missing).toEqual([]);
          if (!p.activated_at) {
            expect(signs.every((s) => s.signer === 'CLINICIAN')).toBe(true);
            return;
          }
          const client = signs.find((s) => s.signer === 'CLIENT');
          const clinician = signs.find((s) => s.signer === 'CLINICIAN');
          expect(client?.signed_name).toBe(`${e.first_name} ${e.last_name}`);
          expect(clinician?.staff_id).toBe(e.primary_clinician_id);
          expect(Math.max(client!.signed_at.getTime(), clinician!.signed_at.getTime())).toBe(
            p.activated_at.getTime(),
          );
          const until = p.ended_at ?? NOW;
          expect(signs.every((s) => s.signed_at > p.created_at && s.signed_at <= until)).toBe(true);
          const supervisor = signs.find((s) => s.signer === 'SUPERVISOR');
          if (supervisor) expect(supervisor.staff_id).toBe(director);
          if (p.status === 'SUPERSEDED') {
            expect(p.ended_at).toEqual(mine[i + 1]!.activated_at);
            expect(reviews.some((r) => r.plan_id === p.id && r.outcome === 'REVISED')).toBe(true);
          }
        });
      }
      // Interventions are the primary clinician's or the case manager's to deliver.
      const planOfProblem = new Map(problems.map((p) => [p.id, p.parent]));
      const problemOfGoal = new Map(goals.map((g) => [g.id, g.parent]));
      const goalOfObjective = new Map(objectives.map((o) => [o.id, o.parent]));
      const episodeOfPlan = new Map(plans.map((p) => [p.id, p.episode_id]));
      for (const i of interventions) {
        const planId = planOfProblem.get(problemOfGoal.get(goalOfObjective.get(i.parent)!)!)!;
        const e = episodes.find((x) => x.id === episodeOfPlan.get(planId))!;
        expect([e.primary_clinician_id, e.case_manager_id]).toContain(i.responsible_staff_id);
      }
      expect(signatures.filter((s) => s.signer === 'SUPERVISOR').length).toBeGreaterThan(5);
      expect(reviews.filter((r) => r.outcome === 'CONTINUED').length).toBeGreaterThan(5);
      expect(
        plans.filter((p) => p.status === 'ACTIVE' && p.last_reviewed_at).length,
      ).toBeGreaterThan(3);
      // Orientation: mostly first drafts, one of them overdue.
      const orienting = episodes.filter((e) => e.status === 'ORIENTATION');
      const drafts = orienting.filter((e) => plansOf.get(e.id)?.[0]?.status === 'DRAFT');
      expect(drafts.length).toBeGreaterThan(orienting.length / 2);
      expect(
        orienting.some(
          (e) =>
            NOW.getTime() - e.admitted_at!.getTime() > 8 * 86_400_000 &&
            !plansOf.get(e.id)?.some((p) => p.status === 'ACTIVE'),
        ),
      ).toBe(true);
    });

    it('refuses a second active plan or a second plan in the making (the database guards it too)', async () => {
      const withBoth = plans.find(
        (p) =>
          p.status === 'PENDING_SIGNATURE' &&
          plans.some((q) => q.episode_id === p.episode_id && q.status === 'ACTIVE'),
      )!;
      const insert = (status: string, versionNumber: number) =>
        a.query(
          `INSERT INTO treatment_plan (episode_id, version_number, status, created_by_staff_id)
           VALUES ($1, $2, $3, $4)`,
          [withBoth.episode_id, versionNumber, status, roles[0]!.staff_id],
        );
      await expect(insert('ACTIVE', 90)).rejects.toThrow(/treatment_plan_one_active/);
      await expect(insert('DRAFT', 91)).rejects.toThrow(/treatment_plan_one_in_progress/);
    });

    it('keeps every plan element on one lineage across versions', () => {
      const problems_: string[] = [];
      const planOf = new Map(plans.map((p) => [p.id, p]));
      const levels = [
        { name: 'problem', rows: problems, parents: null },
        { name: 'goal', rows: goals, parents: problems },
        { name: 'objective', rows: objectives, parents: goals },
        { name: 'intervention', rows: interventions, parents: objectives },
      ] as const;
      const planIdOf = new Map<string, string>(problems.map((p) => [p.id, p.parent]));
      for (const level of levels.slice(1)) {
        for (const r of level.rows) planIdOf.set(r.id, planIdOf.get(r.parent)!);
      }
      const kindOfLineage = new Map<string, string>();
      for (const level of levels) {
        const parentLineage = new Map<string, string>();
        const seenInPlan = new Set<string>();
        const parentById = new Map<string, Element>((level.parents ?? []).map((p) => [p.id, p]));
        for (const r of level.rows) {
          const planId = planIdOf.get(r.id)!;
          const episodeId = planOf.get(planId)!.episode_id;
          if (seenInPlan.has(`${planId}:${r.lineage_id}`))
            problems_.push(`${level.name} twice in a plan`);
          seenInPlan.add(`${planId}:${r.lineage_id}`);
          const kind = kindOfLineage.get(r.lineage_id);
          if (kind && kind !== `${level.name}@${episodeId}`)
            problems_.push(`lineage reused: ${kind}`);
          kindOfLineage.set(r.lineage_id, `${level.name}@${episodeId}`);
          const parent = level.parents ? parentById.get(r.parent)!.lineage_id : '';
          const known = parentLineage.get(r.lineage_id);
          if (known !== undefined && known !== parent) problems_.push(`${level.name} moved parent`);
          parentLineage.set(r.lineage_id, parent);
        }
      }
      expect(problems_).toEqual([]);
      // Each revision carries the content on: the new version shares lineages with the old one.
      for (const p of plans.filter((x) => x.status === 'SUPERSEDED')) {
        const next = plans.find(
          (q) => q.episode_id === p.episode_id && q.version_number === p.version_number + 1,
        )!;
        const lineages = (planId: string) =>
          new Set(goals.filter((g) => planIdOf.get(g.id) === planId).map((g) => g.lineage_id));
        const carried = [...lineages(p.id)].filter((l) => lineages(next.id).has(l));
        expect(carried.length).toBeGreaterThan(0);
      }
      // …with some changes: new elements, moved target dates or changed frequencies.
      const versionsOf = (rows: Element[]) => {
        const m = new Map<string, number>();
        for (const r of rows) m.set(r.lineage_id, (m.get(r.lineage_id) ?? 0) + 1);
        return m;
      };
      expect([...versionsOf(problems).values()].some((n) => n === 1)).toBe(true);
      const frequencies = new Map<string, Set<string>>();
      for (const i of interventions) {
        frequencies.set(
          i.lineage_id,
          (frequencies.get(i.lineage_id) ?? new Set()).add(i.frequency),
        );
      }
      expect([...frequencies.values()].some((f) => f.size > 1)).toBe(true);
      const dates = new Map<string, Set<string | null>>();
      for (const o of objectives)
        dates.set(o.lineage_id, (dates.get(o.lineage_id) ?? new Set()).add(o.target_date));
      expect([...dates.values()].some((d) => d.size > 1)).toBe(true);
    });

    it('has goals in every lifecycle and achievement status, as fits each plan', () => {
      const lifecycles = new Set(goals.map((g) => g.lifecycle_status));
      const achievements = new Set(goals.map((g) => g.achievement_status));
      expect([...lifecycles].sort()).toEqual(Object.values(GoalLifecycleStatus).sort());
      expect([...achievements].sort()).toEqual(Object.values(GoalAchievementStatus).sort());
      const planOfProblem = new Map(problems.map((p) => [p.id, p.parent]));
      const statusOf = new Map(plans.map((p) => [p.id, p.status]));
      for (const g of goals) {
        const plan = statusOf.get(planOfProblem.get(g.parent)!)!;
        if (g.achievement_status === 'ACHIEVED') expect(g.lifecycle_status).toBe('COMPLETED');
        if (g.lifecycle_status === 'PROPOSED') expect(plan).toBe('DRAFT');
        if (g.lifecycle_status === 'ACCEPTED')
          expect(['DRAFT', 'PENDING_SIGNATURE']).toContain(plan);
        if (plan === 'CLOSED') expect(['COMPLETED', 'CANCELLED']).toContain(g.lifecycle_status);
      }
      const counts = (key: 'lifecycle_status' | 'achievement_status') =>
        Object.fromEntries(
          [...new Set(goals.map((g) => g[key]))].map((s) => [
            s,
            goals.filter((g) => g[key] === s).length,
          ]),
        );
      console.info('goal statuses', counts('lifecycle_status'), counts('achievement_status'));
    });

    it('records weekly progress on signed goals, within the stay, by the primary clinician', () => {
      expect(progress.length).toBeGreaterThan(1_000);
      const planIdOfGoal = new Map(
        goals.map((g) => [g.id, problems.find((p) => p.id === g.parent)!.parent]),
      );
      const planById = new Map(plans.map((p) => [p.id, p]));
      const firstSigned = new Map<string, string>();
      for (const g of goals) {
        const plan = planById.get(planIdOfGoal.get(g.id)!)!;
        if (!plan.activated_at) continue;
        const on = localDate(plan.activated_at, TIME_ZONE);
        const known = firstSigned.get(g.lineage_id);
        if (!known || on < known) firstSigned.set(g.lineage_id, on);
      }
      const goalOfObjective = new Map(
        objectives.map((o) => [o.lineage_id, goals.find((g) => g.id === o.parent)!.lineage_id]),
      );
      const episodeById = new Map(episodes.map((e) => [e.id, e]));
      const bad: string[] = [];
      for (const p of progress) {
        const e = episodeById.get(p.episode_id)!;
        const from = firstSigned.get(p.goal_lineage_id);
        if (!from) bad.push(`progress on a goal never signed`);
        else if (p.recorded_on < from) bad.push(`progress before the goal's plan took effect`);
        if (p.recorded_on < localDate(e.admitted_at!, TIME_ZONE)) bad.push('before admission');
        if (p.recorded_on > today) bad.push('in the future');
        if (e.discharged_at && p.recorded_on > localDate(e.discharged_at, TIME_ZONE))
          bad.push('after discharge');
        if (
          p.objective_lineage_id &&
          goalOfObjective.get(p.objective_lineage_id) !== p.goal_lineage_id
        ) {
          bad.push('objective of another goal');
        }
        if (p.author_staff_id !== e.primary_clinician_id) bad.push('not by the primary clinician');
      }
      expect(bad).toEqual([]);
      // Ratings move the way the goal's latest achievement status says.
      const latest = new Map<string, GoalAchievementStatus>();
      for (const p of [...plans].sort((x, y) => x.version_number - y.version_number)) {
        for (const g of goals.filter((x) => planIdOfGoal.get(x.id) === p.id))
          latest.set(g.lineage_id, g.achievement_status);
      }
      const ratings = new Map<string, number[]>();
      for (const p of progress) {
        if (p.rating !== null)
          ratings.set(p.goal_lineage_id, [...(ratings.get(p.goal_lineage_id) ?? []), p.rating]);
      }
      let achieved = 0;
      let worsening = 0;
      for (const [lineage, rs] of ratings) {
        if (rs.length < 3) continue;
        if (latest.get(lineage) === 'ACHIEVED') {
          achieved++;
          expect(rs[rs.length - 1]!).toBeGreaterThan(rs[0]!);
        }
        if (latest.get(lineage) === 'WORSENING') {
          worsening++;
          expect(rs[rs.length - 1]!).toBeLessThan(Math.max(...rs));
        }
      }
      expect(achieved).toBeGreaterThan(10);
      expect(worsening).toBeGreaterThan(0);
    });

    it('spreads plan reviews: overdue, due soon, freshly done, one brought forward by a level-of-care change', async () => {
      const programs = await a.query<
        {
          id: string;
          time_zone: string;
          plan_review_interval_days: number;
          initial_plan_due_days: number;
        }[]
      >(`SELECT id, time_zone, plan_review_interval_days, initial_plan_due_days FROM program`);
      const changes = await a.query<{ episode_id: string; changed_at: Date }[]>(
        `SELECT episode_id, changed_at FROM level_of_care_change`,
      );
      const clocks: (ReviewClock & { status: string })[] = [];
      for (const e of episodes.filter((x) => inTreatment.includes(x.status))) {
        const program = programs.find((p) => p.id === e.program_id)!;
        const active = plans.find((p) => p.episode_id === e.id && p.status === 'ACTIVE');
        clocks.push(
          reviewClock(
            {
              program: {
                timeZone: program.time_zone,
                planReviewIntervalDays: program.plan_review_interval_days,
                initialPlanDueDays: program.initial_plan_due_days,
              },
              admittedAt: e.admitted_at!,
              lastActivatedAt: active?.activated_at ?? null,
              lastReviewedAt: active?.last_reviewed_at ?? null,
              triggers: changes
                .filter((c) => c.episode_id === e.id)
                .map((c) => ({ kind: 'LEVEL_OF_CARE_CHANGE' as const, at: c.changed_at })),
            },
            NOW,
          ),
        );
      }
      const count = (f: (c: ReviewClock) => boolean) => clocks.filter(f).length;
      console.info('review clock on the seed day', {
        overdue: count((c) => c.status === 'OVERDUE'),
        dueToday: count((c) => c.status === 'DUE'),
        dueSoon: count((c) => c.status === 'DUE_SOON'),
        notDue: count((c) => c.status === 'NOT_DUE'),
        notDue25Plus: count((c) => c.status === 'NOT_DUE' && c.daysUntilDue >= 25),
        byLevelOfCareChange: count((c) => c.reason === 'LEVEL_OF_CARE_CHANGE'),
        initialPlanOverdue: count((c) => c.reason === 'INITIAL_PLAN' && c.status === 'OVERDUE'),
      });
      expect(
        count((c) => c.status === 'OVERDUE' && c.reason === 'INTERVAL'),
      ).toBeGreaterThanOrEqual(3);
      expect(count((c) => c.status === 'DUE_SOON')).toBeGreaterThanOrEqual(3);
      expect(count((c) => c.status === 'NOT_DUE' && c.daysUntilDue >= 25)).toBeGreaterThanOrEqual(
        3,
      );
      expect(
        count((c) => c.reason === 'LEVEL_OF_CARE_CHANGE' && c.status === 'OVERDUE'),
      ).toBeGreaterThanOrEqual(1);
      expect(
        count((c) => c.reason === 'INITIAL_PLAN' && c.status === 'OVERDUE'),
      ).toBeGreaterThanOrEqual(1);
    });
  });

  it('has groups on a weekly schedule with facilitators, some full with a waitlist, and 12 weeks of sessions behind and 4 ahead', async () => {
    const groups = await a.query<
      { name: string; capacity: number; active: number; waiting: number; facilitators: number }[]
    >(
      `SELECT g.name, g.capacity,
         (SELECT count(*)::int FROM group_enrollment x WHERE x.group_id = g.id AND x.status = 'ACTIVE') AS active,
         (SELECT count(*)::int FROM group_enrollment x WHERE x.group_id = g.id AND x.status = 'WAITLISTED') AS waiting,
         (SELECT count(*)::int FROM group_facilitator f WHERE f.group_id = g.id) AS facilitators
       FROM therapy_group g ORDER BY g.name`,
    );
    expect(groups.length).toBeGreaterThanOrEqual(5);
    expect(groups.every((g) => g.facilitators >= 1 && g.active <= g.capacity)).toBe(true);
    expect(groups.some((g) => g.active === g.capacity && g.waiting > 0)).toBe(true);
    const [span] = await a.query<
      { first: string; last: string; held: number; scheduled: number }[]
    >(
      `SELECT min(occurrence_date)::text AS first, max(occurrence_date)::text AS last,
         count(*) FILTER (WHERE status = 'HELD')::int AS held,
         count(*) FILTER (WHERE status = 'SCHEDULED')::int AS scheduled
       FROM clinical_session WHERE kind = 'GROUP'`,
    );
    // NOW is Wednesday 2026-03-18 in Los Angeles.
    expect(span!.first <= '2025-12-26').toBe(true);
    expect(span!.last >= '2026-04-13').toBe(true);
    expect(span!.held).toBeGreaterThan(100);
    expect(span!.scheduled).toBeGreaterThan(20);
    const [unstaffed] = await a.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM clinical_session s WHERE s.kind = 'GROUP'
         AND NOT EXISTS (SELECT 1 FROM clinical_session_staff x WHERE x.session_id = s.id)`,
    );
    expect(unstaffed!.n).toBe(0);
  });
});

describe('a seed that fails part way', () => {
  it('leaves nothing behind', async () => {
    const db = await scratchDatabase();
    const ds = await openMigrated(db.url);
    try {
      // A staff account already holding a demo address makes the staff insert fail.
      await ds.query(
        `INSERT INTO staff (first_name, last_name, email) VALUES ('Existing', 'Person', $1)`,
        [DEMO_STAFF[1].email.toUpperCase()],
      );
      await expect(seedDemoClinic(ds)).rejects.toThrow();
      expect(await rowCounts(ds)).toMatchObject({ programs: 0, staff: 1, clients: 0, episodes: 0 });
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
