import { randomUUID } from 'node:crypto';
import {
  addCalendarDays,
  calendarDaysBetween,
  checkSignablePlan,
  type CalendarDate,
  type GoalAchievementStatus,
  type GoalLifecycleStatus,
  type PlanSigner,
  type PlanVersionStatus,
} from '@waypoint/domain';
import type {
  GoalHorizon,
  GoalProgress,
  InterventionModality,
  PlanGoal,
  PlanIntervention,
  PlanObjective,
  PlanProblem,
  PlanReview,
  PlanReviewOutcome,
  PlanSignature,
  ProblemDomain,
  TreatmentPlan,
} from '../../modules/treatment-plan/treatment-plan.entity.js';
import type { EpisodeCourse, LevelOfCareSeed } from './demo-history.js';
import {
  DOMAIN_CONTENT,
  fill,
  LEVEL_OF_CARE_REASONS,
  PROGRESS_NOTES,
  REVIEW_NOTES,
  CLOSE_REASONS,
  REJECTED_GOALS,
  type GoalTemplate,
  type MeasureScale,
  type ProfileProblem,
  type Trend,
} from './demo-plan-content.js';
import type { DemoCalendar } from './demo-time.js';
import type { Rng } from './random.js';

export type PlanSeed = Pick<
  TreatmentPlan,
  | 'id'
  | 'episodeId'
  | 'versionNumber'
  | 'status'
  | 'activatedAt'
  | 'lastReviewedAt'
  | 'endedAt'
  | 'endReason'
  | 'createdByStaffId'
  | 'createdAt'
  | 'updatedAt'
>;
type ElementSeed = 'id' | 'lineageId' | 'position' | 'createdAt' | 'updatedAt';
export type ProblemSeed = Pick<
  PlanProblem,
  ElementSeed | 'planId' | 'domain' | 'clientWords' | 'strengths'
>;
export type GoalSeed = Pick<
  PlanGoal,
  | ElementSeed
  | 'problemId'
  | 'description'
  | 'horizon'
  | 'targetDate'
  | 'lifecycleStatus'
  | 'achievementStatus'
>;
export type ObjectiveSeed = Pick<
  PlanObjective,
  | ElementSeed
  | 'goalId'
  | 'description'
  | 'measure'
  | 'targetDate'
  | 'lifecycleStatus'
  | 'achievementStatus'
>;
export type InterventionSeed = Pick<
  PlanIntervention,
  ElementSeed | 'objectiveId' | 'modality' | 'description' | 'frequency' | 'responsibleStaffId'
>;
export type SignatureSeed = Pick<
  PlanSignature,
  'id' | 'planId' | 'signer' | 'staffId' | 'signedName' | 'signedAt'
>;
export type ReviewSeed = Pick<
  PlanReview,
  'id' | 'planId' | 'outcome' | 'note' | 'reviewedByStaffId' | 'reviewedAt'
>;
export type ProgressSeed = Pick<
  GoalProgress,
  | 'id'
  | 'episodeId'
  | 'goalLineageId'
  | 'objectiveLineageId'
  | 'recordedOn'
  | 'rating'
  | 'measureValue'
  | 'note'
  | 'authorStaffId'
  | 'createdAt'
>;

export interface DemoPlans {
  plans: PlanSeed[];
  problems: ProblemSeed[];
  goals: GoalSeed[];
  objectives: ObjectiveSeed[];
  interventions: InterventionSeed[];
  signatures: SignatureSeed[];
  reviews: ReviewSeed[];
  progress: ProgressSeed[];
}

// ---------------------------------------------------------------------------------------------
// Plan content as it is written, before it is stored per version

interface InterventionNode {
  lineageId: string;
  modality: InterventionModality;
  description: string;
  frequency: string;
  responsibleStaffId: string;
}
interface ObjectiveNode {
  lineageId: string;
  description: string;
  measure: string;
  targetDate: CalendarDate;
  scale: MeasureScale | undefined;
  interventions: InterventionNode[];
}
interface GoalNode {
  lineageId: string;
  description: string;
  horizon: GoalHorizon;
  targetDate: CalendarDate;
  objectives: ObjectiveNode[];
}
interface ProblemNode {
  lineageId: string;
  domain: ProblemDomain;
  clientWords: string;
  strengths: string;
  goals: GoalNode[];
}

const cloneContent = (content: readonly ProblemNode[]): ProblemNode[] =>
  content.map((p) => ({
    ...p,
    goals: p.goals.map((g) => ({
      ...g,
      objectives: g.objectives.map((o) => ({
        ...o,
        interventions: o.interventions.map((i) => ({ ...i })),
      })),
    })),
  }));

/**
 * How a goal fares over time, and so its two statuses on any date (FHIR's lifecycle and
 * achievement, kept independent): `on` is the date the story turns (met, paused, dropped…).
 */
type StoryKind =
  | 'proposed'
  | 'accepted'
  | 'rejected'
  | 'error'
  | 'planned'
  | 'in_progress'
  | 'improving'
  | 'no_change'
  | 'no_progress'
  | 'worsening'
  | 'achieved'
  | 'sustaining'
  | 'on_hold'
  | 'cancelled';

interface Story {
  kind: StoryKind;
  start: CalendarDate;
  on?: CalendarDate;
  /** The statuses recorded at discharge, when the plan closed. */
  final?: GoalState;
}

type GoalState = readonly [GoalLifecycleStatus, GoalAchievementStatus];

function stateOn(story: Story, asOf: CalendarDate): GoalState {
  const days = calendarDaysBetween(story.start, asOf);
  const turned = story.on !== undefined && asOf >= story.on;
  switch (story.kind) {
    case 'proposed':
      return ['PROPOSED', 'IN_PROGRESS'];
    case 'accepted':
      return ['ACCEPTED', 'IN_PROGRESS'];
    case 'rejected':
      return ['REJECTED', 'NO_PROGRESS'];
    case 'error':
      return ['ENTERED_IN_ERROR', 'IN_PROGRESS'];
    case 'planned':
      return turned ? ['ACTIVE', 'IN_PROGRESS'] : ['PLANNED', 'IN_PROGRESS'];
    case 'in_progress':
      return ['ACTIVE', 'IN_PROGRESS'];
    case 'improving':
      return ['ACTIVE', days < 14 ? 'IN_PROGRESS' : 'IMPROVING'];
    case 'no_change':
      return ['ACTIVE', days < 14 ? 'IN_PROGRESS' : 'NO_CHANGE'];
    case 'no_progress':
      return ['ACTIVE', days < 21 ? 'IN_PROGRESS' : 'NO_PROGRESS'];
    case 'worsening':
      return ['ACTIVE', turned ? 'WORSENING' : days < 14 ? 'IN_PROGRESS' : 'IMPROVING'];
    case 'achieved':
      return turned
        ? ['COMPLETED', 'ACHIEVED']
        : ['ACTIVE', days < 14 ? 'IN_PROGRESS' : 'IMPROVING'];
    case 'sustaining':
      return turned
        ? ['ACTIVE', 'SUSTAINING']
        : ['ACTIVE', days < 14 ? 'IN_PROGRESS' : 'IMPROVING'];
    case 'on_hold':
      return turned
        ? ['ON_HOLD', 'NO_CHANGE']
        : ['ACTIVE', days < 14 ? 'IN_PROGRESS' : 'IMPROVING'];
    case 'cancelled':
      return turned ? ['CANCELLED', 'NOT_ATTAINABLE'] : ['ACTIVE', 'NO_CHANGE'];
  }
}

// ---------------------------------------------------------------------------------------------
// The review clock at seed time

/** Where the last activation or review falls, in days before today (PRODUCT.md Rule 1, 30 days). */
type ReviewSpot = 'FRESH' | 'MID' | 'DUE_SOON' | 'OVERDUE' | 'LOC_UP' | 'LOC_DOWN';
const SPOT_RANGE: Record<ReviewSpot, readonly [number, number]> = {
  // Due in 26–29 days.
  FRESH: [1, 4],
  MID: [6, 22],
  // Due in 2–6 days.
  DUE_SOON: [24, 28],
  // 2–14 days overdue.
  OVERDUE: [32, 44],
  // A level-of-care change since then brings the review forward to its date (so: overdue).
  LOC_UP: [8, 20],
  // Revised a few days after a step-down recommendation.
  LOC_DOWN: [3, 10],
};
/** Reviews happen about monthly: on time, a little early, or late. */
const REVIEW_GAP: readonly [number, number] = [24, 36];

/**
 * Review dates (days ago, oldest first) after a first activation `act1` days ago, such that the
 * last anchor (the activation itself when there is no review) falls in `range`; null when no
 * monthly rhythm fits. `minLast` keeps the last review before, e.g., the start of a hold.
 */
function scheduleReviews(
  act1: number,
  range: readonly [number, number],
  rng: Rng,
  minLast = 1,
): number[] | null {
  const lo = Math.max(range[0], minLast);
  const hi = range[1];
  if (lo > hi) return null;
  if (act1 >= lo && act1 <= hi) return [];
  for (let n = 1; n <= 6; n++) {
    const aLo = Math.max(lo, act1 - n * REVIEW_GAP[1]);
    const aHi = Math.min(hi, act1 - n * REVIEW_GAP[0]);
    if (aLo > aHi) continue;
    const last = rng.int(aLo, aHi);
    const days: number[] = [];
    const gap = (act1 - last) / n;
    for (let k = 1; k < n; k++) days.push(Math.round(act1 - k * gap) + rng.int(-2, 2));
    days.push(last);
    return days;
  }
  return null;
}

interface ReviewStep {
  daysAgo: number;
  outcome: PlanReviewOutcome;
  note?: string;
}

type Course = 'good' | 'mixed' | 'struggling';

/** A plan that was signed on day `act1` before today, then reviewed on the given days. */
interface SignedScenario {
  kind: 'signed';
  act1: number;
  reviews: ReviewStep[];
  spot: ReviewSpot | null;
  levelOfCare?: { daysAgo: number; clinical: string; reason: string };
  /** A next version being prepared. */
  inProgress?: 'DRAFT' | 'PENDING_SIGNATURE';
  rejectedInRevision?: boolean;
  errorInFirst?: boolean;
  cancelOne?: boolean;
  plannedGoal?: boolean;
}

type Scenario =
  | { kind: 'none' }
  | {
      kind: 'initial';
      status: 'DRAFT' | 'PENDING_SIGNATURE';
      incomplete?: boolean;
      rejected?: boolean;
    }
  | SignedScenario;

export interface PlansInput {
  calendar: DemoCalendar;
  rng: Rng;
  courses: ReadonlyMap<string, EpisodeCourse>;
  directorId: string;
  /** Level-of-care changes after admission are added here. */
  levelOfCareChanges: LevelOfCareSeed[];
}

const IN_TREATMENT = new Set(['ACTIVE', 'ON_HOLD', 'DISCHARGE_PLANNING']);

/**
 * Treatment plans for every admitted episode (PRODUCT.md, "Treatment plan" and Rule 1): initial
 * drafts in orientation, signed plans reviewed about monthly (continued, or revised into a new
 * version with the same lineage), revisions under way, plans closed at discharge with each goal's
 * final statuses, and weekly goal progress. Review dates are chosen so that, on the seed's `now`,
 * the clinic has reviews overdue, due soon and freshly done, and one brought forward by a
 * level-of-care change.
 */
export function buildDemoPlans(input: PlansInput): DemoPlans {
  const { calendar: cal, rng } = input;
  const out: DemoPlans = {
    plans: [],
    problems: [],
    goals: [],
    objectives: [],
    interventions: [],
    signatures: [],
    reviews: [],
    progress: [],
  };
  const admitted = [...input.courses.values()].filter((c) => c.episode.admittedAt);
  const admDays = (c: EpisodeCourse) => cal.daysAgoOf(c.episode.admittedAt!);
  const firstActivation = (c: EpisodeCourse) =>
    Math.max(1, Math.min(admDays(c) - 1, admDays(c) - rng.int(2, 6)));
  const scenarios = new Map<string, Scenario>();
  const signed = (c: EpisodeCourse) => scenarios.get(c.episode.id) as SignedScenario;

  // Orientation: the longest-waiting has an incomplete draft and an overdue initial plan; one
  // plan waits for the client's signature; the rest are drafts, except a brand-new admission.
  const orienting = admitted
    .filter((c) => c.episode.status === 'ORIENTATION')
    .sort((a, b) => admDays(b) - admDays(a));
  orienting.forEach((c, i) => {
    scenarios.set(
      c.episode.id,
      i === 0
        ? { kind: 'initial', status: 'DRAFT', incomplete: true }
        : i === 1
          ? { kind: 'initial', status: 'PENDING_SIGNATURE' }
          : admDays(c) <= 1
            ? { kind: 'none' }
            : { kind: 'initial', status: 'DRAFT', rejected: i === 2 },
    );
  });

  // In treatment: spread the last activation or review over the month.
  const treating = rng.shuffle(admitted.filter((c) => IN_TREATMENT.has(c.episode.status)));
  const adultActive = (c: EpisodeCourse, minDays: number) =>
    c.episode.status === 'ACTIVE' && c.program.population === 'ADULT' && admDays(c) >= minDays;
  const locUp = treating.filter((c) => adultActive(c, 40)).slice(0, 2);
  const locDown = treating.find((c) => adultActive(c, 60) && !locUp.includes(c));
  const quota: ReviewSpot[] = [
    'OVERDUE',
    'DUE_SOON',
    'FRESH',
    'OVERDUE',
    'DUE_SOON',
    'FRESH',
    'OVERDUE',
    'DUE_SOON',
    'FRESH',
    'OVERDUE',
    'DUE_SOON',
    'FRESH',
    'DUE_SOON',
    'FRESH',
  ];
  const reviewOutcome = (): ReviewStep['outcome'] => (rng.chance(0.45) ? 'REVISED' : 'CONTINUED');
  for (const c of treating) {
    const act1 = firstActivation(c);
    const minLast = c.holdAt ? cal.daysAgoOf(c.holdAt) + 1 : 1;
    let spot: ReviewSpot | null = null;
    let days: number[] | null = null;
    const special: ReviewSpot | null = locUp.includes(c)
      ? 'LOC_UP'
      : c === locDown
        ? 'LOC_DOWN'
        : null;
    if (special) {
      days = scheduleReviews(act1, SPOT_RANGE[special], rng, minLast);
      if (days && (special === 'LOC_UP' || days.length > 0)) spot = special;
    }
    if (!spot) {
      const wanted = quota.findIndex((s) => scheduleReviews(act1, SPOT_RANGE[s], rng, minLast));
      const order: ReviewSpot[] =
        wanted >= 0 ? [quota.splice(wanted, 1)[0]!] : ['MID', 'DUE_SOON', 'FRESH', 'OVERDUE'];
      for (const s of order) {
        days = scheduleReviews(act1, SPOT_RANGE[s], rng, minLast);
        if (days) {
          spot = s;
          break;
        }
      }
    }
    if (!days) {
      // Nothing fits the monthly rhythm (e.g. a hold began just after activation): no review yet.
      days = [];
    }
    const reviews = days.map((d): ReviewStep => ({ daysAgo: d, outcome: reviewOutcome() }));
    const scenario: SignedScenario = { kind: 'signed', act1, reviews, spot };
    if (spot === 'LOC_UP') {
      const last = days.length ? days[days.length - 1]! : act1;
      scenario.levelOfCare = {
        daysAgo: rng.int(1, Math.min(4, last - 1)),
        clinical: '2.5',
        reason: locUp.indexOf(c) === 0 ? LEVEL_OF_CARE_REASONS.up[0] : LEVEL_OF_CARE_REASONS.up[1],
      };
    }
    if (spot === 'LOC_DOWN') {
      const last = reviews[reviews.length - 1]!;
      last.outcome = 'REVISED';
      last.note = REVIEW_NOTES.levelOfCare[0];
      scenario.levelOfCare = {
        daysAgo: last.daysAgo + rng.int(2, 6),
        clinical: '1.0',
        reason: LEVEL_OF_CARE_REASONS.down,
      };
    }
    scenarios.set(c.episode.id, scenario);
  }
  // Revisions under way where a review is due: two awaiting signatures, one still a draft.
  const dueish = treating.filter((c) => {
    const s = scenarios.get(c.episode.id);
    return s?.kind === 'signed' && (s.spot === 'OVERDUE' || s.spot === 'DUE_SOON');
  });
  dueish.slice(0, 3).forEach((c, i) => {
    const s = signed(c);
    s.inProgress = i < 2 ? 'PENDING_SIGNATURE' : 'DRAFT';
    s.rejectedInRevision = i === 0;
  });
  // A goal dropped as unattainable, and long-term goals planned to start later.
  const signedInTreatment = treating.filter((c) => scenarios.get(c.episode.id)?.kind === 'signed');
  const longer = signedInTreatment.filter((c) => admDays(c) >= 45);
  const cancelling = longer.slice(0, 2);
  cancelling.forEach((c) => (signed(c).cancelOne = true));
  signedInTreatment
    .filter((c) => c.profile.problems.length >= 3 && !cancelling.includes(c))
    .slice(0, 3)
    .forEach((c) => (signed(c).plannedGoal = true));

  // Ended stays: the plan was signed, reviewed monthly, and closed at discharge or transfer.
  for (const c of admitted.filter((x) => x.episode.dischargedAt)) {
    const act1 = firstActivation(c);
    const endDays = cal.daysAgoOf(c.episode.dischargedAt!);
    const reviews: ReviewStep[] = [];
    for (let d = act1 - rng.int(26, 34); d > endDays + 3; d -= rng.int(26, 34)) {
      reviews.push({ daysAgo: d, outcome: reviewOutcome() });
    }
    scenarios.set(c.episode.id, { kind: 'signed', act1, reviews, spot: null });
  }
  // Two plans carried a duplicated goal, marked entered in error and dropped at the revision.
  let errors = 0;
  for (const [id, s] of scenarios) {
    if (errors < 2 && s.kind === 'signed' && s.reviews.some((r) => r.outcome === 'REVISED')) {
      if (input.courses.get(id)!.episode.status === 'ACTIVE' || errors === 1) {
        s.errorInFirst = true;
        errors++;
      }
    }
  }

  for (const c of admitted) {
    new EpisodePlanner(c, scenarios.get(c.episode.id) ?? { kind: 'none' }, input, out).build();
  }
  return out;
}

/** Builds one episode's plan versions, then its progress entries. */
class EpisodePlanner {
  private readonly cal: DemoCalendar;
  private readonly rng: Rng;
  private readonly clinician: string;
  private readonly caseManager: string;
  private readonly stories = new Map<string, Story>();
  private readonly goalObjectives = new Map<string, ObjectiveNode[]>();
  /** Versions built so far, with their content. */
  private readonly versions: { plan: PlanSeed; content: ProblemNode[] }[] = [];
  private readonly course: Course;
  /** Last day the plan can be worked on: yesterday, or the discharge date. */
  private readonly endDate: CalendarDate;
  private laterProblemAdded = false;

  constructor(
    private readonly c: EpisodeCourse,
    private readonly scenario: Scenario,
    private readonly input: PlansInput,
    private readonly out: DemoPlans,
  ) {
    this.cal = input.calendar;
    this.rng = input.rng;
    this.clinician = c.episode.primaryClinicianId!;
    this.caseManager = c.episode.caseManagerId ?? this.clinician;
    this.endDate = c.episode.dischargedAt
      ? this.cal.dateOf(c.episode.dischargedAt)
      : this.cal.date(1);
    const spot = scenario.kind === 'signed' ? scenario.spot : null;
    this.course =
      spot === 'LOC_UP' || c.stayEnd === 'EARLY' || c.stayEnd === 'TRANSFERRED'
        ? 'struggling'
        : spot === 'LOC_DOWN'
          ? 'good'
          : this.rng.pick(['good', 'good', 'mixed', 'mixed', 'struggling'] as const);
  }

  build(): void {
    const s = this.scenario;
    if (s.kind === 'none') return;
    const admittedAt = this.c.episode.admittedAt!;
    if (s.kind === 'initial') {
      const createdAt = this.cal.within(admittedAt, this.cal.now, this.rng);
      const content = this.initialContent(this.cal.dateOf(createdAt), {
        newGoals: s.status === 'DRAFT' ? 'draft' : 'accepted',
        rejected: s.rejected,
      });
      if (s.incomplete) {
        // Still being written: the last objective has no intervention yet, the last problem no goal.
        const lastProblem = content[content.length - 1]!;
        if (content.length > 2) lastProblem.goals = [];
        const goal = content[0]!.goals[0]!;
        goal.objectives[goal.objectives.length - 1]!.interventions = [];
      }
      const plan = this.newVersion(s.status, createdAt);
      if (s.status === 'PENDING_SIGNATURE') {
        this.signature(plan, 'CLINICIAN', this.cal.shortlyAfter(createdAt, this.rng, this.cal.now));
      }
      this.versions.push({ plan, content });
      this.store();
      return;
    }

    // v1: drafted after admission, signed and active on day `act1` before today.
    const activation1 = this.cal.at(s.act1, this.rng);
    const [drafted] = this.cal.between(admittedAt, activation1, 2, this.rng) as [Date, Date];
    let content = this.initialContent(this.cal.dateOf(drafted), {
      errorGoal: s.errorInFirst,
      cancelOne: s.cancelOne,
      plannedGoal: s.plannedGoal,
    });
    let plan = this.newVersion('ACTIVE', drafted);
    this.activate(plan, drafted, activation1);
    this.versions.push({ plan, content });

    for (const review of s.reviews) {
      if (s.levelOfCare && s.levelOfCare.daysAgo > review.daysAgo && !this.levelOfCareStored) {
        this.storeLevelOfCare(s.levelOfCare);
      }
      const meeting = this.cal.at(review.daysAgo, this.rng);
      if (review.outcome === 'CONTINUED') {
        plan.lastReviewedAt = meeting;
        plan.updatedAt = meeting;
        this.review(
          plan,
          'CONTINUED',
          meeting,
          review.note ?? this.rng.pick(REVIEW_NOTES.continued),
        );
        continue;
      }
      const next = this.revise(content, this.cal.dateOf(meeting));
      if (review.note === REVIEW_NOTES.levelOfCare[0]) this.planStepDown(next.content, meeting);
      const note = review.note ?? next.note;
      this.review(plan, 'REVISED', meeting, note);
      const revised = this.newVersion('ACTIVE', meeting);
      const activation = this.cal.shortlyAfter(meeting, this.rng, this.cal.now, 90);
      this.activate(revised, meeting, activation);
      plan.status = 'SUPERSEDED';
      plan.endedAt = activation;
      plan.endReason = `Revised at review; replaced by version ${revised.versionNumber}.`;
      plan.updatedAt = activation;
      plan = revised;
      content = next.content;
      this.versions.push({ plan, content });
    }
    if (s.levelOfCare && !this.levelOfCareStored) this.storeLevelOfCare(s.levelOfCare);

    const ended = this.c.episode.dischargedAt;
    if (ended) {
      plan.status = 'CLOSED';
      plan.endedAt = ended;
      plan.endReason =
        this.c.stayEnd === 'TRANSFERRED'
          ? CLOSE_REASONS.transferred
          : `Discharged: ${this.c.dischargeReason![0]!.toLowerCase()}${this.c.dischargeReason!.slice(1)}`;
      plan.updatedAt = ended;
      this.closeGoals(content);
    } else if (s.inProgress) {
      // A revision is being prepared for the review that is coming due.
      const anchor = plan.lastReviewedAt ?? plan.activatedAt!;
      const since = this.cal.daysAgoOf(anchor);
      const createdAt = this.cal.at(this.rng.int(1, Math.max(1, Math.min(3, since - 1))), this.rng);
      const next = this.revise(content, this.cal.dateOf(createdAt), {
        newGoals: s.inProgress === 'DRAFT' ? 'draft' : 'accepted',
        rejected: s.rejectedInRevision,
      });
      const draft = this.newVersion(s.inProgress, createdAt);
      if (s.inProgress === 'PENDING_SIGNATURE') {
        this.signature(
          draft,
          'CLINICIAN',
          this.cal.shortlyAfter(createdAt, this.rng, this.cal.now),
        );
      }
      this.versions.push({ plan: draft, content: next.content });
    }
    this.store();
    this.recordProgress();
  }

  // -------------------------------------------------------------------------------------------
  // Content

  private initialContent(
    start: CalendarDate,
    opts: {
      newGoals?: 'draft' | 'accepted';
      rejected?: boolean;
      errorGoal?: boolean;
      cancelOne?: boolean;
      plannedGoal?: boolean;
    } = {},
  ): ProblemNode[] {
    const content = this.c.profile.problems.map((p) => this.problem(p, start, opts.newGoals));
    const others = content.filter((p) => p.domain !== 'SUBSTANCE_USE');
    if (opts.rejected) content[0]!.goals.push(this.rejectedGoal(start));
    if (opts.errorGoal) {
      // The same goal typed twice; the copy is later marked entered in error.
      const original = content[0]!.goals[0]!;
      const copy = this.goal(
        'SUBSTANCE_USE',
        original.horizon,
        start,
        'error',
        original.description,
      );
      if (copy) content[0]!.goals.push(copy);
    }
    if (opts.cancelOne && others.length) {
      const goal = others[0]!.goals[0]!;
      const span = calendarDaysBetween(start, this.endDate);
      this.stories.set(goal.lineageId, {
        kind: 'cancelled',
        start,
        on: addCalendarDays(start, this.rng.int(Math.min(14, span - 2), Math.max(14, span - 3))),
      });
    }
    if (opts.plannedGoal) {
      const target =
        others.find((p) => p.goals.some((g) => g.horizon === 'LONG_TERM')) ?? others[0];
      let goal = target?.goals.find((g) => g.horizon === 'LONG_TERM');
      if (target && !goal) {
        goal = this.goal(target.domain, 'LONG_TERM', start) ?? undefined;
        if (goal) target.goals.push(goal);
      }
      if (goal) {
        // To start once the first goals are under way: dated from its planned start.
        const on = addCalendarDays(this.cal.today, this.rng.int(7, 28));
        this.stories.set(goal.lineageId, { kind: 'planned', start, on });
        goal.targetDate = addCalendarDays(on, 10 * 7);
        goal.objectives.forEach((o, i) => (o.targetDate = addCalendarDays(on, (6 + 2 * i) * 7)));
      }
    }
    return content;
  }

  /** A problem with its goals; `newGoals` marks goals of a version not yet signed. */
  private problem(
    p: ProfileProblem,
    start: CalendarDate,
    newGoals?: 'draft' | 'accepted',
  ): ProblemNode {
    // In a draft, goals are proposed, or accepted once the client has agreed to them.
    const kind = (): StoryKind | undefined =>
      newGoals === 'draft' ? (this.rng.chance(0.6) ? 'proposed' : 'accepted') : newGoals;
    const goals = [this.goal(p.domain, 'IMMEDIATE', start, kind())];
    if (p.domain === 'SUBSTANCE_USE' || this.rng.chance(0.5)) {
      goals.push(this.goal(p.domain, 'LONG_TERM', start, kind()));
    }
    return {
      lineageId: randomUUID(),
      domain: p.domain,
      clientWords: p.clientWords,
      strengths: p.strengths,
      goals: goals.filter((g): g is GoalNode => g !== null),
    };
  }

  private goal(
    domain: ProblemDomain,
    horizon: GoalHorizon,
    start: CalendarDate,
    kind?: StoryKind,
    description?: string,
  ): GoalNode | null {
    const content = DOMAIN_CONTENT[domain];
    const voice = this.c.profile.teen ? 'teen' : 'adult';
    const templates: readonly GoalTemplate[] = (
      horizon === 'IMMEDIATE' ? content.immediate : content.longTerm
    )[voice];
    if (!templates.length) return null;
    const t = this.rng.pick(templates);
    const s = this.c.profile.substance;
    const objectives: ObjectiveNode[] = t.objectives.map((o) => ({
      lineageId: randomUUID(),
      description: fill(o.description, s),
      measure: fill(o.measure, s),
      targetDate: addCalendarDays(start, o.weeks * 7),
      scale: o.scale,
      interventions: this.interventionsFor(domain),
    }));
    const goal: GoalNode = {
      lineageId: randomUUID(),
      description: description ?? fill(t.description, s),
      horizon,
      targetDate: addCalendarDays(
        start,
        Math.max(...t.objectives.map((o) => o.weeks)) * 7 + (horizon === 'LONG_TERM' ? 14 : 0),
      ),
      objectives,
    };
    this.goalObjectives.set(goal.lineageId, objectives);
    this.stories.set(
      goal.lineageId,
      kind ? { kind, start } : this.storyFor(domain, horizon, start),
    );
    return goal;
  }

  /** Proposed by the clinician, turned down by the client; kept on record. */
  private rejectedGoal(start: CalendarDate): GoalNode {
    const t = REJECTED_GOALS[this.c.profile.teen ? 'teen' : 'adult'];
    const goal: GoalNode = {
      lineageId: randomUUID(),
      description: t.description,
      horizon: 'LONG_TERM',
      targetDate: addCalendarDays(start, 14 * 7),
      objectives: t.objectives.map((o) => ({
        lineageId: randomUUID(),
        description: o.description,
        measure: o.measure,
        targetDate: addCalendarDays(start, o.weeks * 7),
        scale: o.scale,
        interventions: this.interventionsFor('SUBSTANCE_USE').slice(0, 1),
      })),
    };
    this.goalObjectives.set(goal.lineageId, goal.objectives);
    this.stories.set(goal.lineageId, { kind: 'rejected', start });
    return goal;
  }

  private interventionsFor(domain: ProblemDomain): InterventionNode[] {
    const s = this.c.profile.substance;
    const options = DOMAIN_CONTENT[domain].interventions.filter((i) => !i.matOnly || s.mat);
    const chosen = this.rng.shuffle(options).slice(0, this.rng.int(1, Math.min(2, options.length)));
    return chosen.map((i) => ({
      lineageId: randomUUID(),
      modality: i.modality,
      description: fill(i.description, s),
      frequency: i.frequency,
      responsibleStaffId: i.who === 'CASE_MANAGER' ? this.caseManager : this.clinician,
    }));
  }

  /** How a new, signed goal will fare, from the episode's course and how long it has run. */
  private storyFor(domain: ProblemDomain, horizon: GoalHorizon, start: CalendarDate): Story {
    const rng = this.rng;
    if (this.scenario.kind !== 'signed') return { kind: 'accepted', start };
    const span = calendarDaysBetween(start, this.endDate);
    const at = (from: number, to: number) =>
      addCalendarDays(start, rng.int(Math.max(1, Math.min(from, to)), Math.max(1, to)));
    if (this.c.holdAt && domain !== 'SUBSTANCE_USE') {
      return { kind: 'on_hold', start, on: this.cal.dateOf(this.c.holdAt) };
    }
    if (this.scenario.spot === 'LOC_UP' && domain === 'SUBSTANCE_USE' && span >= 14) {
      // The lapses behind the level-of-care recommendation.
      return { kind: 'worsening', start, on: at(Math.floor(span * 0.35), Math.floor(span * 0.6)) };
    }
    if (horizon === 'IMMEDIATE') {
      if (span >= 28 && (this.course === 'good' || (this.course === 'mixed' && rng.chance(0.5)))) {
        return { kind: 'achieved', start, on: at(21, Math.min(span - 1, 60)) };
      }
      if (this.course === 'struggling') {
        const kind = rng.pick(['worsening', 'no_progress', 'no_change'] as const);
        if (kind === 'worsening' && span >= 14)
          return { kind, start, on: at(Math.floor(span * 0.35), Math.floor(span * 0.6)) };
        return { kind: kind === 'worsening' ? 'no_change' : kind, start };
      }
      return {
        kind:
          span < 14
            ? 'in_progress'
            : rng.pick(['improving', 'improving', 'no_change', 'in_progress'] as const),
        start,
      };
    }
    if (domain === 'SUBSTANCE_USE' && this.course === 'good' && span >= 42) {
      return { kind: 'sustaining', start, on: at(28, span - 7) };
    }
    if (this.course === 'struggling') {
      const kind = rng.pick(['no_change', 'no_progress', 'worsening'] as const);
      if (kind === 'worsening' && span >= 14)
        return { kind, start, on: at(Math.floor(span * 0.35), Math.floor(span * 0.6)) };
      return { kind: kind === 'worsening' ? 'no_progress' : kind, start };
    }
    return { kind: rng.pick(['improving', 'in_progress', 'improving'] as const), start };
  }

  /**
   * A revised copy of the content, as of `date`: the same lineages, with the goal typed in error
   * dropped, overdue target dates moved on, more support where the client struggles, and (once) a
   * new problem the client has raised.
   */
  private revise(
    content: readonly ProblemNode[],
    date: CalendarDate,
    opts: { newGoals?: 'draft' | 'accepted'; rejected?: boolean } = {},
  ): { content: ProblemNode[]; note: string } {
    const next = cloneContent(content);
    const changes: string[] = [];
    for (const p of next) {
      p.goals = p.goals.filter((g) => this.stories.get(g.lineageId)!.kind !== 'error');
      for (const g of p.goals) {
        const [lifecycle] = stateOn(this.stories.get(g.lineageId)!, date);
        if (lifecycle !== 'ACTIVE' || g.targetDate > addCalendarDays(date, 7)) continue;
        g.targetDate = addCalendarDays(date, this.rng.int(28, 42));
        for (const o of g.objectives) {
          if (o.targetDate < g.targetDate) o.targetDate = addCalendarDays(g.targetDate, -7);
        }
        changes.push('dates');
      }
    }
    if (this.course === 'struggling') {
      const more: Record<string, string> = {
        '3 groups a week': '4 groups a week',
        '1 individual session a week': '2 individual sessions a week',
        'Every other week': 'Weekly',
      };
      const intervention = next[0]!.goals
        .flatMap((g) => g.objectives.flatMap((o) => o.interventions))
        .find((i) => more[i.frequency]);
      if (intervention) {
        intervention.frequency = more[intervention.frequency]!;
        changes.push('lapse');
      } else {
        next[0]!.goals[0]!.objectives[0]!.interventions.push(
          ...this.interventionsFor('SUBSTANCE_USE').slice(0, 1),
        );
        changes.push('lapse');
      }
    }
    const achieved = next.some((p) =>
      p.goals.some((g) => stateOn(this.stories.get(g.lineageId)!, date)[1] === 'ACHIEVED'),
    );
    if (!this.laterProblemAdded && (opts.newGoals || !changes.length || this.rng.chance(0.35))) {
      const later = this.c.profile.laterProblem;
      if (!next.some((p) => p.domain === later.domain)) {
        next.push(this.problem(later, date, opts.newGoals));
        this.laterProblemAdded = true;
        changes.push('problem');
      }
    }
    if (opts.rejected) next[0]!.goals.push(this.rejectedGoal(date));
    if (!changes.length) {
      // Nothing else to change: the first objective gets an extra intervention.
      const objective = next[0]!.goals[0]!.objectives[0]!;
      objective.interventions.push(...this.interventionsFor(next[0]!.domain).slice(0, 1));
      changes.push('dates');
    }
    const note = changes.includes('problem')
      ? REVIEW_NOTES.revised[2]
      : changes.includes('lapse')
        ? REVIEW_NOTES.revised[1]
        : achieved
          ? REVIEW_NOTES.revised[0]
          : REVIEW_NOTES.revised[3];
    return { content: next, note };
  }

  /** After a step-down recommendation: an objective to line up outpatient care. */
  private planStepDown(content: ProblemNode[], meeting: Date): void {
    const goals = content[0]!.goals;
    const goal = goals.find((g) => g.horizon === 'LONG_TERM') ?? goals[0]!;
    goal.objectives.push({
      lineageId: randomUUID(),
      description:
        'Plan the step-down: choose an outpatient counselor and book a first appointment before discharge',
      measure: 'First outpatient appointment booked by the target date',
      targetDate: addCalendarDays(this.cal.dateOf(meeting), 21),
      scale: undefined,
      interventions: [
        {
          lineageId: randomUUID(),
          modality: 'CASE_MANAGEMENT',
          description: 'Step-down coordination with the outpatient provider (with consent)',
          frequency: 'Weekly until discharge',
          responsibleStaffId: this.caseManager,
        },
      ],
    });
  }

  /** Rule 6: each goal's final statuses as the plan closes at discharge or transfer. */
  private closeGoals(content: readonly ProblemNode[]): void {
    const on = this.cal.dateOf(this.c.episode.dischargedAt!);
    for (const g of content.flatMap((p) => p.goals)) {
      const story = this.stories.get(g.lineageId)!;
      const [lifecycle, achievement] = stateOn(story, on);
      if (lifecycle === 'COMPLETED' || lifecycle === 'CANCELLED') {
        story.final = [lifecycle, achievement];
        continue;
      }
      switch (this.c.stayEnd) {
        case 'TRANSFERRED':
          story.final = ['COMPLETED', achievement === 'IN_PROGRESS' ? 'NO_CHANGE' : achievement];
          break;
        case 'EARLY':
          story.final =
            achievement === 'IMPROVING' || achievement === 'SUSTAINING'
              ? ['COMPLETED', 'NOT_ACHIEVED']
              : ['CANCELLED', this.rng.pick(['NOT_ATTAINABLE', 'NO_PROGRESS'] as const)];
          break;
        default:
          story.final =
            achievement === 'SUSTAINING'
              ? ['COMPLETED', 'SUSTAINING']
              : achievement === 'IMPROVING' && this.rng.chance(0.6)
                ? ['COMPLETED', 'ACHIEVED']
                : ['COMPLETED', 'NOT_ACHIEVED'];
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Versions, signatures, reviews

  private newVersion(status: PlanVersionStatus, createdAt: Date): PlanSeed {
    return {
      id: randomUUID(),
      episodeId: this.c.episode.id,
      versionNumber: this.versions.length + 1,
      status,
      activatedAt: null,
      lastReviewedAt: null,
      endedAt: null,
      endReason: null,
      createdByStaffId: this.clinician,
      createdAt,
      updatedAt: createdAt,
    };
  }

  /** Client and clinician sign (either first), the plan takes effect; some are co-signed. */
  private activate(plan: PlanSeed, createdAt: Date, activation: Date): void {
    const first = this.cal.within(createdAt, activation, this.rng);
    const clientFirst = this.rng.chance(0.4);
    this.signature(plan, clientFirst ? 'CLIENT' : 'CLINICIAN', first);
    this.signature(plan, clientFirst ? 'CLINICIAN' : 'CLIENT', activation);
    plan.activatedAt = activation;
    plan.updatedAt = activation;
    if (this.rng.chance(this.c.program.population === 'ADOLESCENT' ? 0.7 : 0.35)) {
      // The director's co-signature follows within two days (not needed for it to take effect).
      const end = this.c.episode.dischargedAt ?? this.cal.now;
      const at = this.cal.soonAfter(
        activation,
        2,
        this.rng,
        end < this.cal.now ? end : this.cal.now,
      );
      this.signature(plan, 'SUPERVISOR', at, this.input.directorId);
    }
  }

  private signature(
    plan: PlanSeed,
    signer: PlanSigner,
    signedAt: Date,
    staffId = this.clinician,
  ): void {
    const client = this.c.client;
    this.out.signatures.push({
      id: randomUUID(),
      planId: plan.id,
      signer,
      // The clinician witnesses the client's signature.
      staffId,
      signedName: signer === 'CLIENT' ? `${client.firstName} ${client.lastName}` : null,
      signedAt,
    });
  }

  private review(plan: PlanSeed, outcome: PlanReviewOutcome, reviewedAt: Date, note: string): void {
    this.out.reviews.push({
      id: randomUUID(),
      planId: plan.id,
      outcome,
      note,
      reviewedByStaffId: this.clinician,
      reviewedAt,
    });
  }

  private levelOfCareStored = false;

  private storeLevelOfCare(change: { daysAgo: number; clinical: string; reason: string }): void {
    this.levelOfCareStored = true;
    this.input.levelOfCareChanges.push({
      id: randomUUID(),
      episodeId: this.c.episode.id,
      clinicalLevel: change.clinical,
      authorizedLevel: this.c.program.asamLevel,
      reason: change.reason,
      // Settled once every record exists (settleLevelsOfCare).
      levelChanged: true,
      assessmentId: null,
      changedByStaffId: this.clinician,
      changedAt: this.cal.at(change.daysAgo, this.rng),
    });
  }

  // -------------------------------------------------------------------------------------------
  // Rows

  private store(): void {
    const out = this.out;
    for (const { plan, content } of this.versions) {
      const signable = checkSignablePlan({ problems: content.map((p) => ({ goals: p.goals })) });
      if (plan.status !== 'DRAFT' && !signable.signable) {
        throw new Error(
          `demo plan not signable: ${signable.missing.map((m) => m.message).join('; ')}`,
        );
      }
      out.plans.push(plan);
      const asOf =
        plan.endedAt && plan.status === 'SUPERSEDED'
          ? this.cal.dateOf(plan.endedAt)
          : this.cal.today;
      const closing = plan.status === 'CLOSED';
      const times = { createdAt: plan.createdAt, updatedAt: plan.updatedAt };
      content.forEach((p, pi) => {
        const problemId = randomUUID();
        out.problems.push({
          ...times,
          id: problemId,
          lineageId: p.lineageId,
          position: pi,
          planId: plan.id,
          domain: p.domain,
          clientWords: p.clientWords,
          strengths: p.strengths,
        });
        p.goals.forEach((g, gi) => {
          const story = this.stories.get(g.lineageId)!;
          const [lifecycleStatus, achievementStatus] =
            closing && story.final ? story.final : stateOn(story, asOf);
          const goalId = randomUUID();
          out.goals.push({
            ...times,
            id: goalId,
            lineageId: g.lineageId,
            position: gi,
            problemId,
            description: g.description,
            horizon: g.horizon,
            targetDate: g.targetDate,
            lifecycleStatus,
            achievementStatus,
          });
          g.objectives.forEach((o, oi) => {
            const objectiveId = randomUUID();
            out.objectives.push({
              ...times,
              id: objectiveId,
              lineageId: o.lineageId,
              position: oi,
              goalId,
              description: o.description,
              measure: o.measure,
              targetDate: o.targetDate,
              lifecycleStatus,
              achievementStatus,
            });
            o.interventions.forEach((i, ii) =>
              out.interventions.push({
                ...times,
                id: randomUUID(),
                lineageId: i.lineageId,
                position: ii,
                objectiveId,
                modality: i.modality,
                description: i.description,
                frequency: i.frequency,
                responsibleStaffId: i.responsibleStaffId,
              }),
            );
          });
        });
      });
    }
  }

  /**
   * Weekly-ish progress on every goal that has been part of a signed plan, from a few days after
   * it took effect until yesterday (or discharge, or when the goal was met, paused or dropped),
   * with ratings that move the way the goal's achievement status says.
   */
  private recordProgress(): void {
    const rng = this.rng;
    const activatedFrom = new Map<string, CalendarDate>();
    const latest = new Map<string, GoalState>();
    for (const { plan, content } of this.versions) {
      const asOf =
        plan.endedAt && plan.status === 'SUPERSEDED'
          ? this.cal.dateOf(plan.endedAt)
          : this.cal.today;
      for (const g of content.flatMap((p) => p.goals)) {
        const story = this.stories.get(g.lineageId)!;
        latest.set(
          g.lineageId,
          plan.status === 'CLOSED' && story.final ? story.final : stateOn(story, asOf),
        );
        if (plan.activatedAt && !activatedFrom.has(g.lineageId)) {
          activatedFrom.set(g.lineageId, this.cal.dateOf(plan.activatedAt));
        }
      }
    }
    const admittedOn = this.cal.dateOf(this.c.episode.admittedAt!);
    for (const [lineageId, from] of activatedFrom) {
      const story = this.stories.get(lineageId)!;
      const [lifecycle, achievement] = latest.get(lineageId)!;
      if (['error', 'rejected', 'proposed', 'accepted'].includes(story.kind)) continue;
      let start = addCalendarDays(from, rng.int(2, 6));
      if (story.kind === 'planned') {
        if (lifecycle === 'PLANNED') continue;
        start = story.on!;
      }
      let end = this.endDate;
      if (story.on && ['achieved', 'on_hold', 'cancelled'].includes(story.kind)) {
        const stop = story.kind === 'achieved' ? addCalendarDays(story.on, 7) : story.on;
        if (stop < end) end = stop;
      }
      if (start < admittedOn) start = admittedOn;
      const span = calendarDaysBetween(start, end);
      if (span < 0) continue;
      const objectives = this.goalObjectives.get(lineageId) ?? [];
      const measured = objectives.filter((o) => o.scale);
      let previous: number | null = null;
      for (let day = 0; day <= span; day += rng.int(6, 8)) {
        const recordedOn = addCalendarDays(start, day);
        const f = span === 0 ? 1 : day / span;
        const turnF = story.on
          ? Math.min(1, Math.max(0, calendarDaysBetween(start, story.on) / Math.max(1, span)))
          : 0.6;
        const rating = Math.max(
          0,
          Math.min(10, Math.round(curve(achievement, lifecycle, f, turnF) + rng.int(-1, 1) * 0.6)),
        );
        const objective =
          measured.length && rng.chance(0.6)
            ? rng.pick(measured)
            : objectives.length && rng.chance(0.25)
              ? objectives[0]!
              : null;
        const measureValue = objective?.scale
          ? Math.round(
              objective.scale.from +
                (objective.scale.to - objective.scale.from) * Math.min(1, rating / 9),
            )
          : null;
        const trend: Trend =
          achievement === 'ACHIEVED' && rating >= 9
            ? 'met'
            : achievement === 'SUSTAINING' && rating >= 8
              ? 'steady'
              : previous === null || rating === previous
                ? 'flat'
                : rating > previous
                  ? 'up'
                  : 'down';
        previous = rating;
        this.out.progress.push({
          id: randomUUID(),
          episodeId: this.c.episode.id,
          goalLineageId: lineageId,
          objectiveLineageId: objective?.lineageId ?? null,
          recordedOn,
          rating: measureValue !== null && rng.chance(0.15) ? null : rating,
          measureValue,
          note: rng.chance(0.8) ? rng.pick(PROGRESS_NOTES[trend]) : null,
          authorStaffId: this.clinician,
          createdAt: this.cal.officeTime(recordedOn, rng),
        });
      }
    }
  }
}

/** The expected 0–10 rating a fraction `f` of the way through a goal's progress. */
function curve(
  achievement: GoalAchievementStatus,
  lifecycle: GoalLifecycleStatus,
  f: number,
  turn: number,
): number {
  if (lifecycle === 'ON_HOLD') return 3 + 2 * f;
  switch (achievement) {
    case 'ACHIEVED':
      return 2.5 + 7.5 * f;
    case 'SUSTAINING':
      return f < turn ? 3 + (5 * f) / Math.max(turn, 0.1) : 8.5;
    case 'IMPROVING':
      return 2 + 5 * f;
    case 'IN_PROGRESS':
      return 3 + 2 * f;
    case 'NO_CHANGE':
      return 4;
    case 'NO_PROGRESS':
      return 1.5;
    case 'WORSENING':
      return f < turn
        ? 3 + (3 * f) / Math.max(turn, 0.1)
        : 6 - (3.5 * (f - turn)) / Math.max(1 - turn, 0.1);
    case 'NOT_ACHIEVED':
      return 2 + 2.5 * f;
    case 'NOT_ATTAINABLE':
      return 3 - 2 * f;
  }
}
