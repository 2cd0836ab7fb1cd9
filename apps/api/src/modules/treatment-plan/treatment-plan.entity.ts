import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import {
  GoalAchievementStatus,
  GoalHorizon,
  GoalLifecycleStatus,
  InterventionModality,
  PlanSigner,
  PlanVersionStatus,
  ProblemDomain,
  ProgressAmendment,
  ProgressEntryStatus,
} from '@waypoint/domain';
import { VersionedRecord, numericTransformer, sqlValueList } from '../../db/columns.js';
import { Episode } from '../episode/episode.entity.js';
import { Staff } from '../staff/staff.entity.js';

registerEnumType(PlanVersionStatus, { name: 'PlanVersionStatus' });
registerEnumType(PlanSigner, { name: 'PlanSigner' });
registerEnumType(GoalLifecycleStatus, { name: 'GoalLifecycleStatus' });
registerEnumType(GoalAchievementStatus, { name: 'GoalAchievementStatus' });
registerEnumType(ProgressAmendment, { name: 'ProgressAmendment' });
registerEnumType(ProgressEntryStatus, {
  name: 'ProgressEntryStatus',
  description: 'CURRENT entries count; CORRECTED and VOIDED ones stay visible, struck through.',
});

export { GoalHorizon, InterventionModality, ProblemDomain };

registerEnumType(ProblemDomain, { name: 'ProblemDomain' });
registerEnumType(GoalHorizon, { name: 'GoalHorizon' });
registerEnumType(InterventionModality, { name: 'InterventionModality' });

/**
 * One version of an episode's treatment plan (FHIR CarePlan). Content hangs below it; only a
 * DRAFT's content may change. `lineageId` on each element stays the same across versions, so
 * versions can be compared and progress follows a goal from one version to the next.
 */
@ObjectType()
@Entity()
@Check('treatment_plan_status_check', `status IN (${sqlValueList(PlanVersionStatus)})`)
@Index(['episodeId', 'versionNumber'], { unique: true })
// Partial unique indexes in the migration: at most one ACTIVE version and one version in the
// making (DRAFT or PENDING_SIGNATURE) per episode, whatever races happen above.
@Index('treatment_plan_one_active', { synchronize: false })
@Index('treatment_plan_one_in_progress', { synchronize: false })
export class TreatmentPlan extends VersionedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  episodeId: string;

  @ManyToOne(() => Episode, { onDelete: 'RESTRICT' })
  @JoinColumn()
  episode: Relation<Episode>;

  @Field(() => Int, { description: '1 for the initial plan, then one more per revision.' })
  @Column({ type: 'int' })
  versionNumber: number;

  @Field(() => PlanVersionStatus)
  @Column({ type: 'text' })
  status: PlanVersionStatus;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  activatedAt: Date | null;

  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: 'Last review that continued it.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  lastReviewedAt: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  endReason: string | null;

  @Column({ type: 'uuid' })
  createdByStaffId: string;
}

/** Fields shared by every element of a plan's content (never emitted on its own). */
@ObjectType()
abstract class PlanElement extends VersionedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'Same across plan versions; pairs elements when comparing.' })
  @Column({ type: 'uuid' })
  lineageId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  position: number;
}

/** Goals and objectives are both FHIR Goals: two independent statuses, tracked on active plans. */
@ObjectType()
abstract class TrackedPlanElement extends PlanElement {
  @Field(() => GoalLifecycleStatus)
  @Column({ type: 'text' })
  lifecycleStatus: GoalLifecycleStatus;

  @Field(() => GoalAchievementStatus)
  @Column({ type: 'text' })
  achievementStatus: GoalAchievementStatus;
}

@ObjectType({ description: 'A problem the plan addresses (FHIR Condition).' })
@Entity()
@Check('plan_problem_domain_check', `domain IN (${sqlValueList(ProblemDomain)})`)
@Index(['planId', 'position'])
export class PlanProblem extends PlanElement {
  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => TreatmentPlan, { onDelete: 'CASCADE' })
  @JoinColumn()
  plan: Relation<TreatmentPlan>;

  @Field(() => ProblemDomain)
  @Column({ type: 'text' })
  domain: ProblemDomain;

  @Field(() => String, { description: "The problem in the client's own words." })
  @Column({ type: 'text' })
  clientWords: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  strengths: string | null;
}

@ObjectType({ description: 'A goal for a problem (FHIR Goal); two independent statuses.' })
@Entity()
@Check('plan_goal_horizon_check', `horizon IN (${sqlValueList(GoalHorizon)})`)
@Check('plan_goal_lifecycle_check', `lifecycle_status IN (${sqlValueList(GoalLifecycleStatus)})`)
@Check(
  'plan_goal_achievement_check',
  `achievement_status IN (${sqlValueList(GoalAchievementStatus)})`,
)
@Index(['problemId', 'position'])
export class PlanGoal extends TrackedPlanElement {
  @Column({ type: 'uuid' })
  problemId: string;

  @ManyToOne(() => PlanProblem, { onDelete: 'CASCADE' })
  @JoinColumn()
  problem: Relation<PlanProblem>;

  @Field(() => String)
  @Column({ type: 'text' })
  description: string;

  @Field(() => GoalHorizon)
  @Column({ type: 'text' })
  horizon: GoalHorizon;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  targetDate: string | null;
}

@ObjectType({ description: 'A measurable (SMART) objective towards a goal.' })
@Entity()
@Check(
  'plan_objective_lifecycle_check',
  `lifecycle_status IN (${sqlValueList(GoalLifecycleStatus)})`,
)
@Check(
  'plan_objective_achievement_check',
  `achievement_status IN (${sqlValueList(GoalAchievementStatus)})`,
)
@Index(['goalId', 'position'])
export class PlanObjective extends TrackedPlanElement {
  @Column({ type: 'uuid' })
  goalId: string;

  @ManyToOne(() => PlanGoal, { onDelete: 'CASCADE' })
  @JoinColumn()
  goal: Relation<PlanGoal>;

  @Field(() => String)
  @Column({ type: 'text' })
  description: string;

  @Field(() => String, {
    nullable: true,
    description: 'How progress is measured, with its target.',
  })
  @Column({ type: 'text', nullable: true })
  measure: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  targetDate: string | null;
}

@ObjectType({ description: 'What staff will do towards an objective.' })
@Entity()
@Check('plan_intervention_modality_check', `modality IN (${sqlValueList(InterventionModality)})`)
@Index(['objectiveId', 'position'])
export class PlanIntervention extends PlanElement {
  @Column({ type: 'uuid' })
  objectiveId: string;

  @ManyToOne(() => PlanObjective, { onDelete: 'CASCADE' })
  @JoinColumn()
  objective: Relation<PlanObjective>;

  @Field(() => InterventionModality)
  @Column({ type: 'text' })
  modality: InterventionModality;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => String, { description: 'e.g. "3 group sessions a week"' })
  @Column({ type: 'text' })
  frequency: string;

  @Column({ type: 'uuid', nullable: true })
  responsibleStaffId: string | null;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  responsibleStaff: Relation<Staff> | null;
}

@ObjectType()
@Entity()
@Check('plan_signature_signer_check', `signer IN (${sqlValueList(PlanSigner)})`)
// One signature that counts per signer; voided ones stay beside it.
@Index(['planId', 'signer'], { unique: true, where: '"voided_at" IS NULL' })
export class PlanSignature {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => TreatmentPlan, { onDelete: 'CASCADE' })
  @JoinColumn()
  plan: Relation<TreatmentPlan>;

  @Field(() => PlanSigner)
  @Column({ type: 'text' })
  signer: PlanSigner;

  /** The staff member who signed, or who witnessed the client's signature. */
  @Column({ type: 'uuid' })
  staffId: string;

  @Field(() => String, { nullable: true, description: 'For the client: the name they signed.' })
  @Column({ type: 'text', nullable: true })
  signedName: string | null;

  @Field(() => GraphQLDateTimeISO)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  signedAt: Date;

  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: 'When it stopped counting (the version went back to draft); null while it counts.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  voidedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  voidedByStaffId: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was voided.' })
  @Column({ type: 'text', nullable: true })
  voidReason: string | null;
}

export const PlanReviewOutcome = { CONTINUED: 'CONTINUED', REVISED: 'REVISED' } as const;
export type PlanReviewOutcome = (typeof PlanReviewOutcome)[keyof typeof PlanReviewOutcome];
registerEnumType(PlanReviewOutcome, { name: 'PlanReviewOutcome' });

@ObjectType()
@Entity()
@Check('plan_review_outcome_check', `outcome IN (${sqlValueList(PlanReviewOutcome)})`)
@Index(['planId', 'reviewedAt'])
export class PlanReview {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => TreatmentPlan, { onDelete: 'CASCADE' })
  @JoinColumn()
  plan: Relation<TreatmentPlan>;

  @Field(() => PlanReviewOutcome)
  @Column({ type: 'text' })
  outcome: PlanReviewOutcome;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid' })
  reviewedByStaffId: string;

  @Field(() => GraphQLDateTimeISO)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  reviewedAt: Date;
}

/**
 * A dated progress entry on a goal (and optionally one of its objectives). Append-only (a trigger
 * refuses UPDATE and DELETE): a mistake is answered by a row that amends the entry — a
 * CORRECTION with the right values, or a VOID carrying only who, when and why.
 */
@ObjectType()
@Entity()
@Check('goal_progress_rating_check', `rating IS NULL OR rating BETWEEN 0 AND 10`)
@Check(
  'goal_progress_value_check',
  `amendment = 'VOID' OR rating IS NOT NULL OR measure_value IS NOT NULL`,
)
@Check(
  'goal_progress_amendment_check',
  `(amendment IS NULL) = (amends_id IS NULL) AND (amendment IS NULL OR amend_reason IS NOT NULL)
   AND (amendment IS NULL OR amendment IN (${sqlValueList(ProgressAmendment)}))`,
)
@Index(['goalLineageId', 'recordedOn'])
export class GoalProgress {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  episodeId: string;

  @ManyToOne(() => Episode, { onDelete: 'RESTRICT' })
  @JoinColumn()
  episode: Relation<Episode>;

  /** Progress follows the goal across plan versions. */
  @Column({ type: 'uuid' })
  goalLineageId: string;

  @Column({ type: 'uuid', nullable: true })
  objectiveLineageId: string | null;

  @Field(() => GraphQLLocalDate)
  @Column({ type: 'date' })
  recordedOn: string;

  @Field(() => Int, { nullable: true, description: '0 (none) to 10 (goal met).' })
  @Column({ type: 'int', nullable: true })
  rating: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  measureValue: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid' })
  authorStaffId: string;

  /** The session whose progress note recorded this entry, if any. */
  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  sessionId: string | null;

  @Field(() => GraphQLDateTimeISO)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  /** The entry this row corrects or voids; each entry is amended at most once. */
  @Index({ unique: true })
  @Column({ type: 'uuid', nullable: true })
  amendsId: string | null;

  @ManyToOne(() => GoalProgress, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  amends: Relation<GoalProgress> | null;

  @Field(() => ProgressAmendment, {
    nullable: true,
    description: 'CORRECTION: this entry replaces `corrects`. Null for an original entry.',
  })
  @Column({ type: 'text', nullable: true })
  amendment: ProgressAmendment | null;

  @Field(() => String, { nullable: true, description: 'Why the entry was corrected.' })
  @Column({ type: 'text', nullable: true })
  amendReason: string | null;
}
