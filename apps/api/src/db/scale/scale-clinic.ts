import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { defaultProgramSettings, statusesInPhase } from '@waypoint/domain';
import { recomputeReviewClocks } from '../../modules/treatment-plan/plan-clock.js';
import { addScaleGroups, type ScaleGroups } from './scale-groups.js';

export interface ScaleClinicOptions {
  clients?: number;
  clinicians?: number;
  /** Case managers, spread over the programs like the clinicians (default: one per two). */
  caseManagers?: number;
  programs?: number;
  /**
   * Also groups, their sessions from a year back and about a hundred attendance rows per client
   * (scale-groups.ts): what the benchmark's roster and hours operations read. Off by default:
   * the tests that build a clinic for other records need not wait for a million rows.
   */
  services?: boolean;
  /** PostgreSQL setseed() value in [-1, 1]: the same seed builds the same clinic. */
  seed?: number;
}

export interface ScaleClinic {
  programIds: string[];
  directorId: string;
  clients: number;
  episodes: number;
  /** What the build added of groups, sessions and attendance, when asked for `services`. */
  groups?: ScaleGroups;
  ms: number;
}

// Current-episode statuses and their share of clients: mostly in treatment, a year of turnover.
const STATUS_MIX: [string, number][] = [
  ['INQUIRY', 0.02],
  ['SCREENING', 0.02],
  ['ASSESSMENT', 0.02],
  ['WAITLISTED', 0.02],
  ['ORIENTATION', 0.04],
  ['ACTIVE', 0.3],
  ['ON_HOLD', 0.04],
  ['DISCHARGE_PLANNING', 0.04],
  ['DISCHARGED', 0.08],
  ['FOLLOW_UP', 0.1],
  ['CLOSED', 0.22],
  ['REFERRED_OUT', 0.02],
  ['DECLINED', 0.03],
  ['LOST_CONTACT', 0.03],
  ['TRANSFERRED', 0.02],
];

/**
 * A large synthetic clinic (default 10,000 clients, 100 clinicians, a year of history, programs in
 * four US time zones) built with set-based SQL in one transaction, review clocks stored by the
 * domain function: a few seconds, into any database with the schema. Benchmarks
 * and scale tests use it; every name is generated from invented parts.
 */
export async function buildScaleClinic(
  ds: DataSource,
  options: ScaleClinicOptions = {},
): Promise<ScaleClinic> {
  const clients = options.clients ?? 10_000;
  const clinicians = options.clinicians ?? 100;
  const caseManagers = options.caseManagers ?? Math.ceil(clinicians / 2);
  const programs = options.programs ?? 4;
  const tag = randomUUID().slice(0, 8);
  const started = performance.now();
  const adult = defaultProgramSettings('ADULT');
  const statuses = STATUS_MIX.map(([s]) => s);
  const cumulative = STATUS_MIX.reduce<number[]>(
    (acc, [, w]) => [...acc, (acc.at(-1) ?? 0) + w],
    [],
  );
  return ds.transaction(async (tx) => {
    await tx.query('SELECT setseed($1)', [options.seed ?? 0.42]);
    const programRows = await tx.query<{ id: string }[]>(
      `INSERT INTO program (code, name, population, time_zone, weekly_hours_target, minimum_days_per_week,
         plan_review_interval_days, initial_plan_due_days, max_group_size)
       SELECT 'SCALE-' || $1 || '-' || g, 'Scale program ' || g || ' (' || $1 || ')', 'ADULT',
         (ARRAY['America/Los_Angeles', 'America/New_York', 'America/Chicago', 'America/Denver'])[1 + (g - 1) % 4],
         $2, $3, $4, $5, $6
       FROM generate_series(1, $7) g RETURNING id`,
      [
        tag,
        adult.weeklyHoursTarget,
        adult.minimumDaysPerWeek,
        adult.planReviewIntervalDays,
        adult.initialPlanDueDays,
        adult.maxGroupSize,
        programs,
      ],
    );
    const programIds = programRows.map((r) => r.id);
    await tx.query(
      `CREATE TEMP TABLE scale_program ON COMMIT DROP AS SELECT id, ordinality - 1 AS idx FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, ordinality)`,
      [programIds],
    );
    // Clinicians and case managers spread evenly over the programs (each admitted episode has
    // one of each); one director over all of them.
    const staffOf = async (
      table: string,
      count: number,
      role: 'CLINICIAN' | 'CASE_MANAGER',
      names: { first: string[]; last: string; credentials: string[]; email: string },
    ) => {
      await tx.query(
        `CREATE TEMP TABLE ${table} ON COMMIT DROP AS
         SELECT gen_random_uuid() AS id, g AS n, (g - 1) % $1 AS program_idx, (g - 1) / $1 AS slot
         FROM generate_series(1, $2) g`,
        [programs, count],
      );
      await tx.query(
        `INSERT INTO staff (id, first_name, last_name, credentials, email)
         SELECT id, ($2::text[])[1 + n % cardinality($2::text[])], $3 || ' ' || n,
           ($4::text[])[1 + n % cardinality($4::text[])], 'scale-' || $1 || '-' || $5 || n || '@example.org'
         FROM ${table}`,
        [tag, names.first, names.last, names.credentials, names.email],
      );
      await tx.query(
        `INSERT INTO staff_program_role (staff_id, program_id, role)
         SELECT s.id, p.id, $1 FROM ${table} s JOIN scale_program p ON p.idx = s.program_idx`,
        [role],
      );
    };
    await staffOf('scale_clinician', clinicians, 'CLINICIAN', {
      first: ['Rowan', 'Sage', 'Quinn', 'Harper', 'Emery', 'Reese', 'Dana', 'Jules'],
      last: 'Clinician',
      credentials: ['LCSW', 'LMFT', 'CADC-II', 'LPCC'],
      email: 'c',
    });
    await staffOf('scale_case_manager', caseManagers, 'CASE_MANAGER', {
      first: ['Avery', 'Blair', 'Cam', 'Drew', 'Eden', 'Frankie'],
      last: 'Case manager',
      credentials: ['CADC-I'],
      email: 'm',
    });
    const [director] = await tx.query<{ id: string }[]>(
      `INSERT INTO staff (first_name, last_name, credentials, email) VALUES ('Morgan', 'Director', 'PsyD', 'scale-' || $1 || '-director@example.org') RETURNING id`,
      [tag],
    );
    await tx.query(
      `INSERT INTO staff_program_role (staff_id, program_id, role) SELECT $1, id, 'DIRECTOR' FROM scale_program`,
      [director!.id],
    );
    const perProgram = Math.ceil(clinicians / programs);
    const managersPerProgram = Math.ceil(caseManagers / programs);
    // Clients, each with a current episode whose status follows STATUS_MIX and dates fit it.
    await tx.query(
      `CREATE TEMP TABLE scale_client ON COMMIT DROP AS
       SELECT gen_random_uuid() AS id, g AS n, (g - 1) % $1 AS program_idx, random() AS r_status,
         random() AS r_open, random() AS r_admit, random() AS r_stay, floor(random() * $2)::int AS slot,
         floor(random() * $4)::int AS manager_slot
       FROM generate_series(1, $3) g`,
      [programs, perProgram, clients, managersPerProgram],
    );
    await tx.query(
      `INSERT INTO client (id, first_name, last_name, date_of_birth)
       SELECT id,
         (ARRAY['Ari','Blake','Casey','Devon','Ellis','Finley','Gray','Hollis','Indy','Jordan','Kai','Lane'])[1 + n % 12],
         (ARRAY['Ashdown','Brightwater','Coldridge','Dunmore','Eastlake','Fairholm','Greaves','Hartwell','Ivybridge','Juniper'])[1 + (n / 12) % 10] || ' ' || n,
         (date '2008-01-01' - (n % 16000))
       FROM scale_client`,
    );
    await tx.query(
      `INSERT INTO episode (client_id, program_id, status, opened_at, admitted_at, discharged_at, primary_clinician_id, case_manager_id, referral_source)
       SELECT c.id, p.id, s.status, o.opened_at,
         CASE WHEN s.admitted THEN o.opened_at + (3 + c.r_admit * 7) * interval '1 day' END,
         CASE WHEN s.discharged THEN least(o.opened_at + (40 + c.r_stay * 80) * interval '1 day', now() - interval '1 day') END,
         CASE WHEN s.admitted THEN coalesce(cl.id, (SELECT id FROM scale_clinician WHERE program_idx = c.program_idx LIMIT 1)) END,
         CASE WHEN s.admitted THEN coalesce(cm.id, (SELECT id FROM scale_case_manager WHERE program_idx = c.program_idx LIMIT 1)) END,
         'Self'
       FROM scale_client c
       JOIN scale_program p ON p.idx = c.program_idx
       LEFT JOIN scale_clinician cl ON cl.program_idx = c.program_idx AND cl.slot = c.slot
       LEFT JOIN scale_case_manager cm ON cm.program_idx = c.program_idx AND cm.slot = c.manager_slot
       CROSS JOIN LATERAL (
         SELECT ($1::text[])[1 + coalesce((SELECT count(*) FROM unnest($2::float8[]) w WHERE w < c.r_status), 0)::int] AS status
       ) pick
       CROSS JOIN LATERAL (
         SELECT pick.status AS status,
           pick.status NOT IN ('INQUIRY','SCREENING','ASSESSMENT','WAITLISTED','REFERRED_OUT','DECLINED','LOST_CONTACT') AS admitted,
           pick.status IN ('DISCHARGED','FOLLOW_UP','CLOSED','TRANSFERRED') AS discharged
       ) s
       CROSS JOIN LATERAL (
         SELECT now() - (CASE WHEN s.discharged THEN 120 + c.r_open * 240
                              WHEN s.admitted THEN 8 + c.r_open * 110
                              ELSE c.r_open * 30 END) * interval '1 day' AS opened_at
       ) o`,
      [statuses, cumulative.slice(0, -1)],
    );
    // A returning tenth: an older, closed episode a year back.
    await tx.query(
      `INSERT INTO episode (client_id, program_id, status, opened_at, admitted_at, discharged_at, primary_clinician_id, case_manager_id)
       SELECT c.id, p.id, 'CLOSED', now() - interval '360 days', now() - interval '355 days', now() - interval '290 days',
         (SELECT id FROM scale_clinician WHERE program_idx = c.program_idx LIMIT 1),
         (SELECT id FROM scale_case_manager WHERE program_idx = c.program_idx LIMIT 1)
       FROM scale_client c JOIN scale_program p ON p.idx = c.program_idx WHERE c.n % 10 = 0`,
    );
    // The move into each ended episode's final status: when it ended, which opens (or has
    // closed) its care team's read-only window.
    await tx.query(
      `INSERT INTO episode_transition (episode_id, from_status, to_status, actor_staff_id, occurred_at)
       SELECT e.id, CASE WHEN e.admitted_at IS NULL THEN 'SCREENING' ELSE 'DISCHARGED' END, e.status, $2,
         coalesce(e.discharged_at, least(e.opened_at + interval '5 days', now()))
       FROM episode e WHERE e.program_id = ANY($1::uuid[]) AND e.status = ANY($3::text[])`,
      [programIds, director!.id, statusesInPhase('ENDED')],
    );
    // Plans: most admitted clients in treatment have an ACTIVE plan, activated after admission and
    // sometimes reviewed since; a level-of-care change at admission and, for some, later.
    await tx.query(
      `INSERT INTO treatment_plan (episode_id, version_number, status, activated_at, last_reviewed_at, created_by_staff_id)
       SELECT e.id, 1, 'ACTIVE', a.activated_at,
         CASE WHEN random() < 0.3 THEN a.activated_at + (now() - a.activated_at) * random() END,
         e.primary_clinician_id
       FROM episode e
       CROSS JOIN LATERAL (SELECT e.admitted_at + (now() - e.admitted_at) * random() * 0.5 AS activated_at) a
       WHERE e.program_id = ANY($1::uuid[]) AND e.status IN ('ACTIVE','ON_HOLD','DISCHARGE_PLANNING') AND random() < 0.9`,
      [programIds],
    );
    await tx.query(
      `INSERT INTO level_of_care_change (episode_id, clinical_level, authorized_level, reason, changed_by_staff_id, changed_at)
       SELECT e.id, '2.1', '2.1', 'Admitted', e.primary_clinician_id, e.admitted_at
       FROM episode e WHERE e.program_id = ANY($1::uuid[]) AND e.admitted_at IS NOT NULL
       UNION ALL
       SELECT e.id, '2.5', '2.1', 'Clinical step-up recommended', e.primary_clinician_id, e.admitted_at + (now() - e.admitted_at) * random()
       FROM episode e WHERE e.program_id = ANY($1::uuid[]) AND e.status = 'ACTIVE' AND random() < 0.1`,
      [programIds],
    );
    const groups = options.services
      ? await addScaleGroups(tx, programIds, director!.id)
      : undefined;
    // The stored review clock, computed by the same domain function as every write point. Only
    // episodes in treatment have one (episodeReviewDue is null in every other phase), and the
    // column starts empty, so only they need computing.
    const inTreatment = await tx.query<{ id: string }[]>(
      `SELECT id FROM episode WHERE program_id = ANY($1::uuid[]) AND status = ANY($2::text[])`,
      [programIds, statusesInPhase('IN_TREATMENT')],
    );
    await recomputeReviewClocks(
      tx,
      inTreatment.map((e) => e.id),
    );
    const [{ episodes }] = await tx.query<[{ episodes: number }]>(
      `SELECT count(*)::int AS episodes FROM episode WHERE program_id = ANY($1::uuid[])`,
      [programIds],
    );
    return {
      programIds,
      directorId: director!.id,
      clients,
      episodes,
      groups,
      ms: Math.round(performance.now() - started),
    };
  });
}

/** The scale clinic already in the database (the newest one built), if any. */
export async function findScaleClinic(ds: DataSource): Promise<ScaleClinic | null> {
  const [row] = await ds.query<
    { program_ids: string[]; director_id: string; clients: number; episodes: number }[]
  >(
    `WITH newest AS (SELECT split_part(code, '-', 2) AS tag FROM program WHERE code LIKE 'SCALE-%'
                     ORDER BY created_at DESC LIMIT 1),
          programs AS (SELECT p.id, p.code FROM program p, newest WHERE p.code LIKE 'SCALE-' || newest.tag || '-%')
     SELECT (SELECT array_agg(id ORDER BY code) FROM programs) AS program_ids,
       (SELECT r.staff_id FROM staff_program_role r WHERE r.role = 'DIRECTOR' AND r.program_id IN (SELECT id FROM programs) LIMIT 1) AS director_id,
       (SELECT count(DISTINCT client_id)::int FROM episode WHERE program_id IN (SELECT id FROM programs)) AS clients,
       (SELECT count(*)::int FROM episode WHERE program_id IN (SELECT id FROM programs)) AS episodes
     FROM newest`,
  );
  if (!row) return null;
  return {
    programIds: row.program_ids,
    directorId: row.director_id,
    clients: row.clients,
    episodes: row.episodes,
    ms: 0,
  };
}
