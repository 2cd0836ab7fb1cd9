import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { defaultProgramSettings, EpisodeStatus, statusesInPhase } from '@waypoint/domain';
import { Assessment } from '../../modules/assessment/assessment.entity.js';
import { Client } from '../../modules/client/client.entity.js';
import {
  EpisodeTransition,
  LevelOfCareChange,
} from '../../modules/episode/episode-transition.entity.js';
import { Episode } from '../../modules/episode/episode.entity.js';
import { Program } from '../../modules/program/program.entity.js';
import { hashPassword } from '../../modules/auth/password.js';
import { Staff, StaffProgramRole } from '../../modules/staff/staff.entity.js';
import {
  GoalProgress,
  PlanGoal,
  PlanIntervention,
  PlanObjective,
  PlanProblem,
  PlanReview,
  PlanSignature,
  TreatmentPlan,
} from '../../modules/treatment-plan/treatment-plan.entity.js';
import {
  buildEpisodeHistory,
  settleLevelsOfCare,
  type AssessmentSeed,
  type LevelOfCareSeed,
  type TransitionSeed,
} from './demo-history.js';
import { buildDemoPlans, type DemoPlans } from './demo-plans.js';
import { ADULT_FIRST_NAMES, LAST_NAMES, TEEN_FIRST_NAMES, type FirstName } from './demo-names.js';
import {
  DEMO_PROGRAMS,
  DEMO_STAFF,
  DEMO_TIME_ZONE,
  type DemoProgramCode,
  DEMO_PASSWORD,
  type DemoStaffMember,
} from './demo-staff.js';
import { DemoCalendar } from './demo-time.js';
import { Rng } from './random.js';
import {
  buildDemoScreenings,
  type ScreeningEscalationSeed,
  type ScreeningSeed,
} from './demo-screenings.js';
import { DEMO_TIME_ZONE as SCREENING_TIME_ZONE } from './demo-staff.js';
import {
  IntakeScreening,
  ScreeningEscalation,
} from '../../modules/screening/intake-screening.entity.js';
import { recomputeReviewClocks } from '../../modules/treatment-plan/plan-clock.js';
import { seedDemoAttendance } from './demo-attendance.js';
import { seedDemoGroups } from './demo-groups.js';
import { seedDemoMeasures } from './demo-measures.js';
import { seedDemoReferrals } from './demo-referrals.js';
import { seedDemoNotes } from './demo-notes.js';
import { seedDemoDischarges } from './demo-discharges.js';
import { seedDemoCrisis } from './demo-crisis.js';

/**
 * The synthetic demo clinic (PRODUCT.md, "Demo data"), as far as the records built so far go:
 * two programs, a dozen staff in every role, about 80 clients with episodes in every lifecycle
 * state, each with its history of moves, intake assessments and orientation checklist, and (once
 * admitted) versioned treatment plans with reviews and goal progress (demo-history.ts,
 * demo-plans.ts). Every person and every word of their charts is invented; emails are on
 * example.org, phones in the fictional 555-01xx range. Names and the shape of the clinic come from
 * a seeded PRNG, so every run builds the same clinic; dates are relative to `now` so the
 * dashboards always show a current clinic.
 */

// Any constant: it only has to be the same in every API process, so that one seeds at a time.
const SEED_LOCK_KEY = 7_243_102;
const PRNG_SEED = 20_240_917;
// Histories and plans draw from their own streams, so adding to them leaves the people the same.
const HISTORY_SEED = 20_250_301;
const PLANS_SEED = 20_250_302;
const SCREENINGS_SEED = 20_250_303;
const DAY_MS = 86_400_000;

export type ProgramSeed = Pick<
  Program,
  | 'id'
  | 'code'
  | 'name'
  | 'population'
  | 'timeZone'
  | 'asamLevel'
  | 'weeklyHoursTarget'
  | 'minimumDaysPerWeek'
  | 'planReviewIntervalDays'
  | 'initialPlanDueDays'
  | 'maxGroupSize'
  | 'minAge'
  | 'maxAge'
  | 'createdAt'
  | 'updatedAt'
>;
export type StaffSeed = Pick<
  Staff,
  'id' | 'firstName' | 'lastName' | 'credentials' | 'email' | 'active' | 'createdAt' | 'updatedAt'
>;
export type StaffProgramRoleSeed = Pick<StaffProgramRole, 'staffId' | 'programId' | 'role'>;
export type ClientSeed = Pick<
  Client,
  | 'id'
  | 'firstName'
  | 'lastName'
  | 'preferredName'
  | 'pronouns'
  | 'dateOfBirth'
  | 'phone'
  | 'email'
  | 'sobrietyDate'
  | 'createdAt'
  | 'updatedAt'
>;
export type EpisodeSeed = Pick<
  Episode,
  | 'id'
  | 'clientId'
  | 'programId'
  | 'status'
  | 'referralSource'
  | 'openedAt'
  | 'admittedAt'
  | 'dischargedAt'
  | 'primaryClinicianId'
  | 'caseManagerId'
  | 'admissionDecision'
  | 'admissionRationale'
  | 'dischargeType'
  | 'dischargeReason'
  | 'levelOfCare'
  | 'authorizedLevelOfCare'
  | 'levelOfCareChangedAt'
  | 'orientation'
  | 'createdAt'
  | 'updatedAt'
  | 'previousEpisodeId'
>;

export interface DemoClinic extends DemoPlans {
  programs: ProgramSeed[];
  staff: StaffSeed[];
  staffProgramRoles: StaffProgramRoleSeed[];
  clients: ClientSeed[];
  episodes: EpisodeSeed[];
  transitions: TransitionSeed[];
  levelOfCareChanges: LevelOfCareSeed[];
  assessments: AssessmentSeed[];
  screenings: ScreeningSeed[];
  screeningEscalations: ScreeningEscalationSeed[];
}

/**
 * How many current episodes each program has in each status: about 35 % ACTIVE, every status at
 * least once across the clinic (80 clients: 60 adult, 20 adolescent).
 */
const STATUS_PLAN: Record<DemoProgramCode, Partial<Record<EpisodeStatus, number>>> = {
  'ADULT-IOP': {
    INQUIRY: 2,
    SCREENING: 2,
    ASSESSMENT: 2,
    WAITLISTED: 2,
    ORIENTATION: 5,
    ACTIVE: 21,
    ON_HOLD: 4,
    DISCHARGE_PLANNING: 5,
    DISCHARGED: 4,
    FOLLOW_UP: 4,
    CLOSED: 3,
    REFERRED_OUT: 2,
    DECLINED: 1,
    LOST_CONTACT: 2,
    TRANSFERRED: 1,
  },
  'TEEN-IOP': {
    INQUIRY: 1,
    SCREENING: 1,
    ASSESSMENT: 1,
    WAITLISTED: 1,
    ORIENTATION: 1,
    ACTIVE: 7,
    ON_HOLD: 2,
    DISCHARGE_PLANNING: 1,
    DISCHARGED: 1,
    FOLLOW_UP: 1,
    CLOSED: 2,
    DECLINED: 1,
  },
};

/** Adult clients who also have a closed episode from an earlier year (readmissions). */
const EARLIER_EPISODES = 6;

const REFERRAL_SOURCES: Record<DemoProgramCode, readonly string[]> = {
  'ADULT-IOP': [
    'Self',
    'Family',
    'Primary care physician',
    'Drug court',
    'Employer EAP',
    'Residential step-down',
    'Emergency department',
  ],
  'TEEN-IOP': [
    'Family',
    'School counselor',
    'Primary care physician',
    'Juvenile probation',
    'Residential step-down',
    'Emergency department',
  ],
};

const AREA_CODES = ['213', '310', '323', '562', '626', '714', '818'] as const;

/** Side exits that end an episode before admission: no admission date, no clinician. */
const NEVER_ADMITTED: ReadonlySet<EpisodeStatus> = new Set<EpisodeStatus>([
  ...statusesInPhase('PRE_ADMISSION'),
  'REFERRED_OUT',
  'DECLINED',
  'LOST_CONTACT',
]);

/** Days before `now` of an episode's milestones (whole days; the time of day is added later). */
interface Stay {
  opened: number;
  admitted?: number;
  discharged?: number;
}

/**
 * A stay consistent with its status: admission 2–7 days after the first inquiry, discharge after
 * admission, nothing in the future, and open episodes opened within the last 16 weeks.
 * `i` of `n` spreads episodes of one status over a range, so that, e.g., some ACTIVE clients were
 * admitted more than 12 weeks ago and some last week.
 */
function stayFor(status: EpisodeStatus, i: number, n: number, rng: Rng): Stay {
  const spread = (from: number, to: number) =>
    Math.round(from + (n > 1 ? (i * (to - from)) / (n - 1) : (to - from) / 2)) + rng.int(-2, 2);
  const admittedThen = (admitted: number, discharged?: number): Stay => ({
    opened: admitted + rng.int(2, 7),
    admitted,
    ...(discharged === undefined ? {} : { discharged }),
  });
  switch (status) {
    case 'INQUIRY':
      return { opened: rng.int(1, 5) };
    case 'SCREENING':
      return { opened: rng.int(3, 10) };
    case 'ASSESSMENT':
      return { opened: rng.int(6, 16) };
    case 'WAITLISTED':
      return { opened: rng.int(12, 35) };
    case 'REFERRED_OUT':
    case 'DECLINED':
      return { opened: rng.int(15, 90) };
    case 'LOST_CONTACT':
      return { opened: rng.int(20, 100) };
    case 'ORIENTATION':
      // One adult has been in orientation over a week (missed appointments): the initial plan
      // is overdue.
      return admittedThen(n > 1 && i === 0 ? rng.int(9, 12) : rng.int(1, 6));
    case 'ACTIVE':
      return admittedThen(Math.min(104, Math.max(7, spread(7, 104))));
    case 'ON_HOLD':
      return admittedThen(rng.int(21, 90));
    case 'DISCHARGE_PLANNING':
      return admittedThen(rng.int(56, 104));
    case 'DISCHARGED':
      return admittedThen(rng.int(60, 104), rng.int(1, 7));
    case 'FOLLOW_UP': {
      const admitted = rng.int(70, 104);
      return admittedThen(admitted, rng.int(8, Math.min(40, admitted - 30)));
    }
    case 'TRANSFERRED': {
      const admitted = rng.int(40, 100);
      return admittedThen(admitted, admitted - rng.int(10, 30));
    }
    case 'CLOSED': {
      const admitted = rng.int(150, 320);
      return admittedThen(admitted, admitted - rng.int(42, 90));
    }
  }
}

/** Local calendar date (YYYY-MM-DD) in the clinic's time zone. */
const localDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: DEMO_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const toLocalDate = (d: Date): string => localDate.format(d);

/** A date of birth making the person exactly `age` today. */
function dateOfBirth(today: string, age: number, rng: Rng): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  // 1–364 days before the birthday `age` years ago: still `age` today, even on 29 February.
  const dob = Date.UTC(y - age, m - 1, d) - rng.int(1, 364) * DAY_MS;
  return new Date(dob).toISOString().slice(0, 10);
}

/** Age in whole years on a calendar date (both YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return on.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

/** Builds the whole clinic in memory: pure apart from the generated ids. */
export function buildDemoClinic(now: Date): DemoClinic {
  const rng = new Rng(PRNG_SEED);
  const today = toLocalDate(now);
  const startOfDay = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  /** `daysAgo` (≥ 1, so always before `now`) at a time within the clinic's office hours. */
  const at = (daysAgo: number): Date => {
    if (daysAgo < 1) throw new Error(`demo date ${daysAgo} days ago would not be in the past`);
    // 17:00–23:59 UTC is 09:00–16:59 in Los Angeles (an hour later in summer).
    return new Date(startOfDay - daysAgo * DAY_MS + rng.int(17 * 60, 23 * 60 + 59) * 60_000);
  };
  const clinicOpened = new Date(startOfDay - 800 * DAY_MS);

  const programs: ProgramSeed[] = DEMO_PROGRAMS.map((p) => ({
    id: randomUUID(),
    code: p.code,
    name: p.name,
    population: p.population,
    timeZone: DEMO_TIME_ZONE,
    ...defaultProgramSettings(p.population),
    createdAt: clinicOpened,
    updatedAt: clinicOpened,
  }));
  const programId = (code: DemoProgramCode): string => programs.find((p) => p.code === code)!.id;

  const staffMembers: readonly DemoStaffMember[] = DEMO_STAFF;
  const staff: StaffSeed[] = staffMembers.map((s) => ({
    id: randomUUID(),
    firstName: s.firstName,
    lastName: s.lastName,
    credentials: s.credentials,
    email: s.email,
    active: s.active,
    createdAt: clinicOpened,
    updatedAt: clinicOpened,
  }));
  const staffProgramRoles: StaffProgramRoleSeed[] = staffMembers.flatMap((s, i) =>
    s.programs.map((code) => ({ staffId: staff[i]!.id, programId: programId(code), role: s.role })),
  );
  const staffIds = (code: DemoProgramCode, role: DemoStaffMember['role'], active = true) =>
    staffMembers.flatMap((s, i) =>
      s.role === role && s.active === active && s.programs.includes(code) ? [staff[i]!.id] : [],
    );
  const formerClinicians = staffIds('ADULT-IOP', 'CLINICIAN', false);

  /** Round robin per program, so caseloads come out even. */
  const turns = new Map<DemoProgramCode, number>();
  const nextClinician = (code: DemoProgramCode): string => {
    const ids = staffIds(code, 'CLINICIAN');
    const turn = turns.get(code) ?? 0;
    turns.set(code, turn + 1);
    return ids[turn % ids.length]!;
  };
  const caseManagerFor = (code: DemoProgramCode): string => {
    const ids = staffIds(code, 'CASE_MANAGER');
    // The adult program leans on its own case manager; the adolescent one has one.
    return ids.length > 1 && rng.chance(0.35) ? ids[1]! : ids[0]!;
  };

  const usedNames = new Set<string>();
  const phoneSuffixes = rng.shuffle(
    Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0')),
  );
  const clients: ClientSeed[] = [];
  const episodes: EpisodeSeed[] = [];

  const episodeFor = (
    clientId: string,
    code: DemoProgramCode,
    status: EpisodeStatus,
    stay: Stay,
    clinician?: string,
  ): EpisodeSeed => {
    const openedAt = at(stay.opened);
    const admittedAt = stay.admitted === undefined ? null : at(stay.admitted);
    const dischargedAt = stay.discharged === undefined ? null : at(stay.discharged);
    const admitted = admittedAt !== null;
    if (admitted === NEVER_ADMITTED.has(status)) {
      throw new Error(`demo stay for ${status} ${admitted ? 'has' : 'lacks'} an admission date`);
    }
    const caseManaged = admitted && rng.chance(status === 'ORIENTATION' ? 0.5 : 0.9);
    return {
      id: randomUUID(),
      clientId,
      programId: programId(code),
      status,
      referralSource: rng.pick(REFERRAL_SOURCES[code]),
      openedAt,
      admittedAt,
      dischargedAt,
      primaryClinicianId: admitted ? (clinician ?? nextClinician(code)) : null,
      caseManagerId: caseManaged ? caseManagerFor(code) : null,
      admissionDecision: null,
      admissionRationale: null,
      dischargeType: null,
      dischargeReason: null,
      levelOfCare: null,
      authorizedLevelOfCare: null,
      levelOfCareChangedAt: null,
      orientation: {},
      createdAt: openedAt,
      updatedAt: dischargedAt ?? admittedAt ?? openedAt,
      previousEpisodeId: null,
    };
  };

  for (const program of DEMO_PROGRAMS) {
    const teen = program.population === 'ADOLESCENT';
    for (const [status, count] of Object.entries(STATUS_PLAN[program.code]) as [
      EpisodeStatus,
      number,
    ][]) {
      for (let i = 0; i < count; i++) {
        let first: FirstName;
        let last: string;
        do {
          first = rng.pick(teen ? TEEN_FIRST_NAMES : ADULT_FIRST_NAMES);
          last = rng.pick(LAST_NAMES);
        } while (usedNames.has(`${first.name} ${last}`));
        usedNames.add(`${first.name} ${last}`);

        const clientId = randomUUID();
        const episode = episodeFor(clientId, program.code, status, stayFor(status, i, count, rng));
        // Adolescents are 13–17 today and were at least 13 when the episode opened; adults are
        // 19–64 (so at least 18 at any opening in the last year).
        const openedOn = toLocalDate(episode.openedAt);
        let dob: string;
        do {
          dob = dateOfBirth(today, teen ? rng.int(13, 17) : rng.int(19, 64), rng);
        } while (teen && ageOn(dob, openedOn) < 13);
        // Someone stepping down from residential care arrives with weeks of sobriety; others
        // often date theirs from around admission.
        const steppingDown = episode.referralSource === 'Residential step-down';
        const sober = steppingDown || rng.chance(episode.admittedAt ? 0.55 : 0.15);
        const soberSince = steppingDown
          ? new Date(episode.openedAt.getTime() - rng.int(30, 75) * DAY_MS)
          : new Date(
              Math.min(
                (episode.admittedAt ?? episode.openedAt).getTime() + rng.int(-45, 20) * DAY_MS,
                startOfDay - DAY_MS,
              ),
            );
        const phoneSuffix = phoneSuffixes[clients.length % phoneSuffixes.length]!;
        clients.push({
          id: clientId,
          firstName: first.name,
          lastName: last,
          preferredName: first.nickname && rng.chance(0.5) ? first.nickname : null,
          pronouns: rng.chance(0.45) ? rng.pick(first.pronouns) : null,
          dateOfBirth: dob,
          phone: rng.chance(0.95) ? `${rng.pick(AREA_CODES)}-555-01${phoneSuffix}` : null,
          email: rng.chance(teen ? 0.4 : 0.7)
            ? `${first.name}.${last}@example.org`.toLowerCase()
            : null,
          sobrietyDate: sober ? toLocalDate(soberSince) : null,
          createdAt: episode.openedAt,
          updatedAt: episode.openedAt,
        });
        episodes.push(episode);
      }
    }
  }

  // Readmissions: a few adults in current care were here before, in an earlier year. Their
  // earlier episode opened first, so the current episode (latest opened_at) stays the new one.
  const adultProgramId = programId('ADULT-IOP');
  const returning = rng
    .shuffle(
      episodes.filter(
        (e) =>
          e.programId === adultProgramId &&
          (
            ['INQUIRY', 'SCREENING', 'ORIENTATION', 'ACTIVE', 'ON_HOLD'] as EpisodeStatus[]
          ).includes(e.status),
      ),
    )
    // Old enough to have been an adult then: earlier stays open up to about two years ago.
    .filter((e) => ageOn(clients.find((c) => c.id === e.clientId)!.dateOfBirth, today) >= 21)
    .slice(0, EARLIER_EPISODES);
  // One of them came back soon after their follow-up ended: a readmission within 90 days of the
  // discharge, for the outcome figures (the others returned after a year or more).
  const recent = returning.findIndex((e) => {
    const daysAgo = (d: Date | null) => (d ? (startOfDay - d.getTime()) / DAY_MS : 0);
    return daysAgo(e.admittedAt) >= 10 && daysAgo(e.openedAt) <= 80;
  });
  returning.forEach((current, k) => {
    const admitted = rng.int(400, 680);
    const stay = {
      opened: admitted + rng.int(2, 7),
      admitted,
      discharged: admitted - rng.int(45, 90),
    };
    const earlier = episodeFor(
      current.clientId,
      'ADULT-IOP',
      'CLOSED',
      // Discharged 92 days ago: the 90-day follow-up is over, so the stay is CLOSED.
      k === recent ? { opened: 92 + 45, admitted: 92 + 42, discharged: 92 } : stay,
      // The clinician who has since left carried some of these.
      k % 2 === 0 && formerClinicians[0] ? formerClinicians[0] : undefined,
    );
    episodes.push(earlier);
    // The new stay names the one it follows, as a readmission through intake does.
    current.previousEpisodeId = earlier.id;
    const client = clients.find((c) => c.id === current.clientId)!;
    client.createdAt = earlier.openedAt;
    client.updatedAt = current.openedAt;
  });

  const calendar = new DemoCalendar(now);
  const history = buildEpisodeHistory({
    calendar,
    rng: new Rng(HISTORY_SEED),
    programs,
    staffProgramRoles,
    inactiveStaffIds: new Set(staff.filter((s) => !s.active).map((s) => s.id)),
    clients,
    episodes,
  });
  const plans = buildDemoPlans({
    calendar,
    rng: new Rng(PLANS_SEED),
    courses: history.courses,
    directorId: staff[staffMembers.findIndex((s) => s.role === 'DIRECTOR')]!.id,
    levelOfCareChanges: history.levelOfCareChanges,
  });
  settleLevelsOfCare(episodes, history.levelOfCareChanges);
  const screenings = buildDemoScreenings({
    rng: new Rng(SCREENINGS_SEED),
    timeZone: SCREENING_TIME_ZONE,
    clients,
    episodes,
    transitions: history.transitions,
  });

  return {
    programs,
    staff,
    staffProgramRoles,
    clients,
    episodes,
    transitions: history.transitions,
    levelOfCareChanges: history.levelOfCareChanges,
    assessments: history.assessments,
    screenings: screenings.screenings,
    screeningEscalations: screenings.escalations,
    ...plans,
  };
}

/** Rows per INSERT (one JSON parameter each, so only the statement size limits it). */
const INSERT_BATCH = 5_000;

/**
 * Inserts rows given by entity property names, several thousand per statement: the rows travel as
 * one JSON array that PostgreSQL unpacks with json_populate_recordset (TypeORM's multi-row
 * builder takes a second or more for the plan tables). Columns a row leaves out keep their
 * defaults; no RETURNING, since every id is generated here.
 */
async function insertAll<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  rows: readonly object[],
): Promise<void> {
  if (!rows.length) return;
  const meta = em.connection.getMetadata(target);
  const properties = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const columns = properties.map((property) => {
    const column = meta.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${meta.name} has no column for ${property}`);
    return column.databaseName;
  });
  const table = `"${meta.tableName}"`;
  const list = columns.map((c) => `"${c}"`).join(', ');
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    const batch = rows.slice(i, i + INSERT_BATCH).map((row) => {
      const values = row as Record<string, unknown>;
      return Object.fromEntries(
        properties.map((p, k): [string, unknown] => [columns[k]!, values[p] ?? null]),
      );
    });
    await em.query(
      `INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${table}, $1)`,
      [JSON.stringify(batch)],
    );
  }
}

/**
 * Builds the demo clinic once. Safe when several API processes start together: the first takes
 * the lock and seeds, the others wait for it, find the clinic and leave it alone. Everything is
 * one transaction, so a failure leaves nothing half-seeded behind.
 */
export async function seedDemoClinic(
  ds: DataSource,
  opts: { now?: Date } = {},
): Promise<{ seeded: boolean }> {
  return ds.transaction(async (em) => {
    await em.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
    const exists = await em
      .getRepository(Program)
      .exists({ where: { code: DEMO_PROGRAMS[0].code } });
    if (exists) return { seeded: false };

    const clinic = buildDemoClinic(opts.now ?? new Date());
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await insertAll(em, Program, clinic.programs);
    await insertAll(
      em,
      Staff,
      clinic.staff.map((s) => ({ ...s, passwordHash })),
    );
    await insertAll(em, StaffProgramRole, clinic.staffProgramRoles);
    await insertAll(em, Client, clinic.clients);
    await insertAll(em, Episode, clinic.episodes);
    await insertAll(em, EpisodeTransition, clinic.transitions);
    await insertAll(em, LevelOfCareChange, clinic.levelOfCareChanges);
    await insertAll(em, Assessment, clinic.assessments);
    await insertAll(em, IntakeScreening, clinic.screenings);
    await insertAll(em, ScreeningEscalation, clinic.screeningEscalations);
    await insertAll(em, TreatmentPlan, clinic.plans);
    await insertAll(em, PlanProblem, clinic.problems);
    await insertAll(em, PlanGoal, clinic.goals);
    await insertAll(em, PlanObjective, clinic.objectives);
    await insertAll(em, PlanIntervention, clinic.interventions);
    await insertAll(em, PlanSignature, clinic.signatures);
    await insertAll(em, PlanReview, clinic.reviews);
    await insertAll(em, GoalProgress, clinic.progress);
    await seedDemoGroups(em, opts.now ?? new Date());
    // After the groups and their sessions, before the clocks (missed sessions move reviews).
    await seedDemoAttendance(em, opts.now ?? new Date());
    await seedDemoMeasures(em, clinic.episodes, opts.now ?? new Date());
    await seedDemoNotes(em, opts.now ?? new Date());
    await seedDemoCrisis(em, opts.now ?? new Date());
    await recomputeReviewClocks(
      em,
      clinic.episodes.map((e) => e.id),
    );
    await seedDemoReferrals(em, opts.now ?? new Date());
    await seedDemoDischarges(em, opts.now ?? new Date());
    return { seeded: true };
  });
}
