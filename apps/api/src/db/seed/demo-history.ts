import { randomUUID } from 'node:crypto';
import {
  ageOn,
  actingRole,
  addCalendarDays,
  checkTransition,
  endsTreatment,
  isLevelOfCareChange,
  INSTRUMENT_VERSIONS,
  ORIENTATION_ITEMS,
  type AdmissionDecision,
  type DischargeType,
  type EpisodeStatus,
  type LevelOfCare,
} from '@waypoint/domain';
import type { Assessment } from '../../modules/assessment/assessment.entity.js';
import type {
  EpisodeTransition,
  LevelOfCareChange,
} from '../../modules/episode/episode-transition.entity.js';
import type { ClientSeed, EpisodeSeed, ProgramSeed, StaffProgramRoleSeed } from './demo-clinic.js';
import {
  admitRationale,
  asamAnswers,
  asamRatings,
  buildProfile,
  DECLINE_RATIONALES,
  EXIT_REASONS,
  intakeSummary,
  referOutRationale,
  waitlistRationale,
  type AsamRatings,
  type ClientProfile,
} from './demo-plan-content.js';
import type { DemoCalendar } from './demo-time.js';
import type { Rng } from './random.js';

export type TransitionSeed = Pick<
  EpisodeTransition,
  | 'id'
  | 'episodeId'
  | 'fromStatus'
  | 'toStatus'
  | 'reason'
  | 'admissionDecision'
  | 'admissionRationale'
  | 'dischargeType'
  | 'actorStaffId'
  | 'actorRole'
  | 'occurredAt'
>;
export type LevelOfCareSeed = Pick<
  LevelOfCareChange,
  | 'id'
  | 'episodeId'
  | 'clinicalLevel'
  | 'authorizedLevel'
  | 'reason'
  | 'levelChanged'
  | 'assessmentId'
  | 'changedByStaffId'
  | 'changedAt'
>;
export type AssessmentSeed = Pick<
  Assessment,
  | 'id'
  | 'episodeId'
  | 'instrument'
  | 'instrumentVersion'
  | 'answers'
  | 'administeredAt'
  | 'administeredByStaffId'
  | 'createdAt'
  | 'updatedAt'
>;

/** How an admitted stay ended, when it has. */
export type StayEnd = 'COMPLETED' | 'EARLY' | 'TRANSFERRED';

/** What the plan builder needs to know about one episode's course. */
export interface EpisodeCourse {
  episode: EpisodeSeed;
  client: ClientSeed;
  program: ProgramSeed;
  profile: ClientProfile;
  /** When the client started the full schedule (ORIENTATION → ACTIVE), if they did. */
  activeAt: Date | null;
  /** The current hold's start, for episodes ON_HOLD. */
  holdAt: Date | null;
  stayEnd: StayEnd | null;
  /** The discharge (or transfer) reason, for the closing plan. */
  dischargeReason: string | null;
}

export interface EpisodeHistory {
  transitions: TransitionSeed[];
  levelOfCareChanges: LevelOfCareSeed[];
  assessments: AssessmentSeed[];
  courses: Map<string, EpisodeCourse>;
}

interface Step {
  to: EpisodeStatus;
  at: Date;
  actor: string;
  reason?: string | null;
  decision?: AdmissionDecision;
  rationale?: string;
  dischargeType?: DischargeType;
}

export interface HistoryInput {
  calendar: DemoCalendar;
  rng: Rng;
  programs: readonly ProgramSeed[];
  staffProgramRoles: readonly StaffProgramRoleSeed[];
  /** Staff who have left: they appear on old charts but assess nobody now. */
  inactiveStaffIds: ReadonlySet<string>;
  clients: readonly ClientSeed[];
  episodes: EpisodeSeed[];
}

const DAY_MS = 86_400_000;

/**
 * Every episode's way through its lifecycle (PRODUCT.md, "Lifecycles"): transitions from INQUIRY
 * to its current status along the moves the domain allows, dated between its opening, admission
 * and discharge; the admission decision on the move and on the episode; the level of care set at
 * admission; intake assessments for episodes that reached ASSESSMENT; the orientation checklist.
 * Moves before admission are intake's; after it the primary clinician's, with the case manager
 * running follow-up. Sets the episode's decision, orientation and updatedAt columns in place.
 */
export function buildEpisodeHistory(input: HistoryInput): EpisodeHistory {
  const { calendar: cal, rng, episodes } = input;
  const now = cal.now;
  const transitions: TransitionSeed[] = [];
  const levelOfCareChanges: LevelOfCareSeed[] = [];
  const assessments: AssessmentSeed[] = [];
  const courses = new Map<string, EpisodeCourse>();
  // Each kind of ending takes the next type in turn, so every discharge type occurs.
  const plannedEnd = inTurn(COMPLETED_DISCHARGES);
  const earlyEnd = inTurn(EARLY_DISCHARGES);
  const intakeStaff = (programId: string) =>
    input.staffProgramRoles
      .filter((r) => r.programId === programId && r.role === 'INTAKE')
      .map((r) => r.staffId);
  const clinicians = (programId: string) =>
    input.staffProgramRoles
      .filter(
        (r) =>
          r.programId === programId &&
          r.role === 'CLINICIAN' &&
          !input.inactiveStaffIds.has(r.staffId),
      )
      .map((r) => r.staffId);
  // Round robin (not the random stream, so the rest of the history stays as it was).
  let assessorTurn = 0;
  const nextAssessor = (programId: string) => {
    const list = clinicians(programId);
    return list[assessorTurn++ % list.length]!;
  };
  const roleOf = (staffId: string, programId: string) =>
    actingRole(
      input.staffProgramRoles
        .filter((r) => r.staffId === staffId && r.programId === programId)
        .map((r) => r.role),
    );

  /** Office hours `days` local days after an instant's date, kept before `limit`. */
  const daysAfter = (t: Date, days: number, limit: Date = now): Date => {
    const candidate = cal.officeTime(addCalendarDays(cal.dateOf(t), days), rng);
    if (candidate > t && candidate < limit) return candidate;
    return cal.within(t, limit, rng);
  };

  for (const episode of episodes) {
    const client = input.clients.find((c) => c.id === episode.clientId)!;
    const program = input.programs.find((p) => p.id === episode.programId)!;
    const teen = program.population === 'ADOLESCENT';
    const profile = buildProfile(teen, episode.referralSource, rng);
    const intake = rng.pick(intakeStaff(episode.programId));
    const status = episode.status;
    const steps: Step[] = [];
    const opened = episode.openedAt;
    const clinician = episode.primaryClinicianId;
    // The ASAM (and with it the level of care) is a clinician's: the admitting one, or one of
    // the program's clinicians for those never admitted.
    const assessor = clinician ?? nextAssessor(episode.programId);
    const asamId = randomUUID();
    let recommendedLevel = program.asamLevel;
    let ratings: AsamRatings | null = null;
    let assessedAt: Date | null = null;
    let activeAt: Date | null = null;
    let holdAt: Date | null = null;
    let stayEnd: StayEnd | null = null;
    let dischargeReason: string | null = null;

    const ratingsFor = (referOut = false) => {
      ratings ??= asamRatings(rng, referOut);
      if (referOut) recommendedLevel = ratings.d1 >= 3 ? '3.7' : '3.5';
      return ratings;
    };

    if (episode.admittedAt) {
      // Before admission: screening and assessment (sometimes a wait for a place), then ADMIT.
      const admitted = episode.admittedAt;
      const viaWaitlist = admitted.getTime() - opened.getTime() > 4 * DAY_MS && rng.chance(0.3);
      const pre: EpisodeStatus[] = viaWaitlist
        ? ['SCREENING', 'ASSESSMENT', 'WAITLISTED']
        : ['SCREENING', 'ASSESSMENT'];
      const times = cal.between(opened, admitted, pre.length, rng);
      const r = ratingsFor();
      pre.forEach((to, i) => {
        const step: Step = { to, at: times[i]!, actor: intake };
        if (to === 'WAITLISTED') {
          step.decision = 'WAITLIST';
          step.rationale = waitlistRationale(r, rng);
        }
        steps.push(step);
      });
      assessedAt = times[1]!;
      // Admission is the clinician's decision, at the level the ASAM recommends.
      steps.push({
        to: 'ORIENTATION',
        at: admitted,
        actor: clinician!,
        decision: 'ADMIT',
        rationale: admitRationale(r, teen, rng),
      });
      levelOfCareChanges.push({
        id: randomUUID(),
        episodeId: episode.id,
        clinicalLevel: recommendedLevel,
        authorizedLevel: program.asamLevel,
        reason: 'Admitted at the level the ASAM assessment recommends',
        levelChanged: true,
        assessmentId: asamId,
        changedByStaffId: clinician!,
        changedAt: admitted,
      });

      const discharged = episode.dischargedAt;
      const end = discharged ?? now;
      if (status !== 'ORIENTATION') {
        activeAt = daysAfter(admitted, rng.int(2, 5), end);
        steps.push({ to: 'ACTIVE', at: activeAt, actor: clinician! });
      }
      const care = (
        to: EpisodeStatus,
        at: Date,
        reason: string | null = null,
        dischargeType?: DischargeType,
      ) => steps.push({ to, at, actor: clinician!, reason, dischargeType });
      const followUpStaff = episode.caseManagerId ?? clinician!;

      switch (status) {
        case 'ORIENTATION':
          break;
        case 'ACTIVE': {
          // Some longer stays paused once, or nearly ended, and carried on.
          const from = daysAfter(activeAt!, 21);
          const until = cal.at(10, rng);
          if (until.getTime() - from.getTime() > 20 * DAY_MS && rng.chance(0.35)) {
            const [pause, back] = cal.between(from, until, 2, rng) as [Date, Date];
            if (rng.chance(0.75)) {
              care(
                'ON_HOLD',
                pause,
                rng.pick(teen ? EXIT_REASONS.teenOnHold : EXIT_REASONS.onHold),
              );
              care('ACTIVE', back);
            } else {
              care('DISCHARGE_PLANNING', pause);
              care('ACTIVE', back, rng.pick(EXIT_REASONS.dischargeCalledOff));
            }
          }
          break;
        }
        case 'ON_HOLD':
          holdAt = cal.at(rng.int(3, 12), rng);
          if (holdAt <= activeAt!) holdAt = cal.within(activeAt!, now, rng);
          care('ON_HOLD', holdAt, rng.pick(teen ? EXIT_REASONS.teenOnHold : EXIT_REASONS.onHold));
          break;
        case 'DISCHARGE_PLANNING':
          care('DISCHARGE_PLANNING', cal.at(rng.int(2, 10), rng));
          break;
        case 'TRANSFERRED':
          stayEnd = 'TRANSFERRED';
          dischargeReason = rng.pick(EXIT_REASONS.transferred);
          care('TRANSFERRED', discharged!, dischargeReason, 'TRANSFER');
          break;
        case 'DISCHARGED':
        case 'FOLLOW_UP':
        case 'CLOSED': {
          stayEnd = rng.chance(0.8) ? 'COMPLETED' : 'EARLY';
          const planning = new Date(
            Math.max(activeAt!.getTime() + DAY_MS, discharged!.getTime() - rng.int(7, 14) * DAY_MS),
          );
          care('DISCHARGE_PLANNING', planning);
          const [type, reason] = stayEnd === 'COMPLETED' ? plannedEnd() : earlyEnd();
          dischargeReason = reason;
          care('DISCHARGED', discharged!, dischargeReason, type);
          if (status === 'DISCHARGED') break;
          const direct = status === 'CLOSED' && rng.chance(0.35);
          if (direct) {
            steps.push({
              to: 'CLOSED',
              at: daysAfter(discharged!, rng.int(7, 14)),
              actor: followUpStaff,
              reason: rng.pick(EXIT_REASONS.closedWithoutFollowUp),
            });
            break;
          }
          const followUp = daysAfter(discharged!, rng.int(1, 3));
          steps.push({ to: 'FOLLOW_UP', at: followUp, actor: followUpStaff });
          if (status === 'CLOSED') {
            steps.push({
              to: 'CLOSED',
              at: daysAfter(discharged!, rng.int(30, 56)),
              actor: followUpStaff,
            });
          }
          break;
        }
        default:
          throw new Error(`admitted demo episode in ${status}`);
      }
    } else {
      // Never admitted: intake's moves only, ending in the current status.
      const soon = (days: number) =>
        new Date(Math.min(now.getTime(), opened.getTime() + days * DAY_MS));
      const walk = (statuses: EpisodeStatus[], until: Date) =>
        cal
          .between(opened, until, statuses.length, rng)
          .forEach((at, i) => steps.push({ to: statuses[i]!, at, actor: intake }));
      switch (status) {
        case 'INQUIRY':
          break;
        case 'SCREENING':
          walk(['SCREENING'], now);
          break;
        case 'ASSESSMENT':
          walk(['SCREENING', 'ASSESSMENT'], now);
          assessedAt = steps[1]!.at;
          ratingsFor();
          break;
        case 'WAITLISTED':
          walk(['SCREENING', 'ASSESSMENT', 'WAITLISTED'], soon(14));
          assessedAt = steps[1]!.at;
          Object.assign(steps[2]!, {
            decision: 'WAITLIST',
            rationale: waitlistRationale(ratingsFor(), rng),
          });
          break;
        case 'REFERRED_OUT':
        case 'DECLINED': {
          const variant = rng.pick(['INQUIRY', 'SCREENING', 'ASSESSMENT'] as const);
          const path: EpisodeStatus[] =
            variant === 'INQUIRY'
              ? []
              : variant === 'SCREENING'
                ? ['SCREENING']
                : ['SCREENING', 'ASSESSMENT'];
          walk([...path, status], soon(21));
          const exit = steps[steps.length - 1]!;
          if (variant === 'ASSESSMENT') {
            assessedAt = steps[1]!.at;
            const r = ratingsFor(status === 'REFERRED_OUT');
            exit.decision = status === 'REFERRED_OUT' ? 'REFER_OUT' : 'DECLINE';
            exit.rationale =
              status === 'REFERRED_OUT' ? referOutRationale(r) : rng.pick(DECLINE_RATIONALES);
          } else {
            exit.reason = rng.pick(
              status === 'REFERRED_OUT'
                ? EXIT_REASONS.referredOutEarly
                : EXIT_REASONS.declinedEarly,
            );
          }
          break;
        }
        case 'LOST_CONTACT': {
          const variant = rng.pick(['SCREENING', 'ASSESSMENT', 'WAITLISTED'] as const);
          const path: EpisodeStatus[] =
            variant === 'SCREENING'
              ? ['SCREENING']
              : variant === 'ASSESSMENT'
                ? ['SCREENING', 'ASSESSMENT']
                : ['SCREENING', 'ASSESSMENT', 'WAITLISTED'];
          walk([...path, 'LOST_CONTACT'], soon(rng.int(21, 40)));
          if (variant !== 'SCREENING') {
            assessedAt = steps[1]!.at;
            ratingsFor();
          }
          if (variant === 'WAITLISTED') {
            Object.assign(steps[2]!, {
              decision: 'WAITLIST',
              rationale: waitlistRationale(ratings!, rng),
            });
          }
          steps[steps.length - 1]!.reason = rng.pick(
            variant === 'WAITLISTED' ? EXIT_REASONS.waitlistLost : EXIT_REASONS.lostContact,
          );
          break;
        }
        default:
          throw new Error(`never-admitted demo episode in ${status}`);
      }
    }

    // Record the moves, checking each against the domain's table as the API would.
    let from: EpisodeStatus = 'INQUIRY';
    let last = opened;
    for (const step of steps) {
      const decision = step.decision
        ? { decision: step.decision, rationale: step.rationale! }
        : null;
      const check = checkTransition({
        from,
        to: step.to,
        admissionDecision: decision,
        reason: step.reason ?? null,
        dischargeType: step.dischargeType ?? null,
      });
      if (!check.ok) throw new Error(`demo history: ${check.message}`);
      if (step.at <= last || step.at > now)
        throw new Error(`demo history: ${from} → ${step.to} out of order`);
      transitions.push({
        id: randomUUID(),
        episodeId: episode.id,
        fromStatus: from,
        toStatus: step.to,
        reason: step.reason ?? null,
        admissionDecision: step.decision ?? null,
        admissionRationale: step.rationale ?? null,
        dischargeType: step.dischargeType ?? null,
        actorStaffId: step.actor,
        actorRole: roleOf(step.actor, episode.programId),
        occurredAt: step.at,
      });
      if (step.decision) {
        episode.admissionDecision = step.decision;
        episode.admissionRationale = step.rationale!;
      }
      if (endsTreatment(from, step.to)) {
        episode.dischargeType = step.dischargeType ?? null;
        episode.dischargeReason = step.reason ?? null;
      }
      from = step.to;
      last = step.at;
    }
    if (from !== status) throw new Error(`demo history ends in ${from}, episode is ${status}`);

    // Intake assessment: intake's summary, then a clinician's ASAM ratings, both before the decision.
    if (assessedAt && ratings) {
      const next = steps.find((s) => s.at > assessedAt)?.at ?? now;
      const [bpsAt, asamAt] = cal.between(assessedAt, next, 2, rng) as [Date, Date];
      const age = ageOn(client.dateOfBirth, cal.dateOf(bpsAt));
      const common = { episodeId: episode.id };
      assessments.push(
        {
          ...common,
          administeredByStaffId: intake,
          id: randomUUID(),
          instrument: 'INTAKE_BPS',
          instrumentVersion: INSTRUMENT_VERSIONS.INTAKE_BPS,
          answers: intakeSummary(profile, episode.referralSource, age, rng),
          administeredAt: bpsAt,
          createdAt: bpsAt,
          updatedAt: bpsAt,
        },
        {
          ...common,
          administeredByStaffId: assessor,
          id: asamId,
          instrument: 'ASAM',
          instrumentVersion: INSTRUMENT_VERSIONS.ASAM,
          answers: asamAnswers(ratings, rng, recommendedLevel),
          administeredAt: asamAt,
          createdAt: asamAt,
          updatedAt: asamAt,
        },
      );
    }

    // Orientation: every item before starting the full schedule; part of it while in orientation.
    if (episode.admittedAt) {
      const items =
        status === 'ORIENTATION'
          ? ORIENTATION_ITEMS.slice(0, rng.int(2, ORIENTATION_ITEMS.length - 2))
          : ORIENTATION_ITEMS;
      // Gone through in one to three sittings, item by item.
      const doneBy = activeAt ?? now;
      const sittings = cal.between(episode.admittedAt, doneBy, rng.int(1, 3), rng);
      const perSitting = Math.ceil(items.length / sittings.length);
      episode.orientation = Object.fromEntries(
        items.map((item, i) => {
          const k = Math.floor(i / perSitting);
          const start = sittings[k]!.getTime();
          const limit = (sittings[k + 1] ?? doneBy).getTime();
          const step = Math.min(8 * 60_000, (limit - start) / (perSitting + 1));
          return [item.key, new Date(start + (i % perSitting) * step).toISOString()];
        }),
      );
    }

    const lastChange = Math.max(
      last.getTime(),
      ...Object.values(episode.orientation).map(Date.parse),
    );
    episode.updatedAt = new Date(Math.max(episode.updatedAt.getTime(), lastChange));
    courses.set(episode.id, {
      episode,
      client,
      program,
      profile,
      activeAt,
      holdAt,
      stayEnd,
      dischargeReason,
    });
  }
  return { transitions, levelOfCareChanges, assessments, courses };
}

/**
 * How planned and early stays end: the discharge type and the reason staff wrote. Every type a
 * discharge takes occurs (a transfer ends the episode as TRANSFERRED); completion is listed twice,
 * as it is the most common planned end.
 */
const COMPLETED_DISCHARGES: readonly [DischargeType, string][] = [
  ['COMPLETED', 'Program completed.'],
  ['COMPLETED', 'Program completed; goals met.'],
  ['STEP_DOWN', 'Stepped down to standard outpatient (1.0).'],
  ['STEP_UP', 'Stepped up to partial hospitalisation (2.5) after a relapse.'],
];
const EARLY_DISCHARGES: readonly [DischargeType, string][] = [
  ['AMA', 'Left against medical advice.'],
  ['ADMINISTRATIVE', 'Administrative discharge after repeated unexcused absences.'],
  ['LOST_CONTACT', 'No contact for 30 days despite calls and a letter.'],
];

function inTurn<T>(list: readonly T[]): () => T {
  let next = 0;
  return () => list[next++ % list.length]!;
}

/**
 * Once every level-of-care record exists (admission here, later changes with the plans): marks
 * which records changed the level (a repeat of the levels before is a re-save) and puts the
 * current level, and when it last changed, on each episode, as the API keeps them.
 */
export function settleLevelsOfCare(
  episodes: readonly EpisodeSeed[],
  changes: LevelOfCareSeed[],
): void {
  const byEpisode = new Map<string, LevelOfCareSeed[]>();
  for (const c of changes) byEpisode.set(c.episodeId, [...(byEpisode.get(c.episodeId) ?? []), c]);
  for (const episode of episodes) {
    const rows = (byEpisode.get(episode.id) ?? []).sort(
      (a, b) => a.changedAt.getTime() - b.changedAt.getTime(),
    );
    let current: LevelOfCare | null = null;
    for (const row of rows) {
      row.levelChanged = isLevelOfCareChange(current, row);
      current = { clinicalLevel: row.clinicalLevel, authorizedLevel: row.authorizedLevel };
      if (row.levelChanged) episode.levelOfCareChangedAt = row.changedAt;
    }
    episode.levelOfCare = current?.clinicalLevel ?? null;
    episode.authorizedLevelOfCare = current?.authorizedLevel ?? null;
  }
}
