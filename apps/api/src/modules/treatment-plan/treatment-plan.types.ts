import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { PlanGap, PlanSigner, ReviewDueReason, ReviewDueStatus } from '@waypoint/domain';
import { Client } from '../client/client.entity.js';
import { Episode } from '../episode/episode.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { PlanElementChange, PlanElementKind } from './plan-diff.js';
import { PlanReview, TreatmentPlan } from './treatment-plan.entity.js';

// Also registered by the dashboard module; the same configuration keeps the schema the same
// whichever module loads first.
registerEnumType(ReviewDueStatus, { name: 'ReviewDueStatus' });
registerEnumType(ReviewDueReason, { name: 'ReviewDueReason', description: 'What set a due date.' });
registerEnumType(PlanGap, { name: 'PlanGapCode', description: 'What keeps a plan from signing.' });
registerEnumType(PlanElementKind, { name: 'PlanElementKind' });
registerEnumType(PlanElementChange, { name: 'PlanElementChange' });

@ObjectType({ description: 'One thing missing before a plan can be signed (Rule 4).' })
export class PlanGapItem {
  @Field(() => String, { description: 'e.g. problems[0].goals[1].objectives[0].measure' })
  path: string;

  @Field(() => String, { description: 'In words, numbered from 1: "Problem 2 has no goal".' })
  message: string;

  @Field(() => PlanGap)
  code: PlanGap;
}

@ObjectType()
export class PlanSignability {
  @Field(() => Boolean)
  signable: boolean;

  @Field(() => [PlanGapItem], { description: 'Everything missing, in plan order.' })
  missing: PlanGapItem[];
}

@ObjectType({ description: 'When a plan (or the initial plan) is due, computed, never stored.' })
export class PlanReviewClock {
  @Field(() => GraphQLLocalDate, { description: "In the program's time zone." })
  dueDate: string;

  @Field(() => ReviewDueReason)
  reason: ReviewDueReason;

  @Field(() => ReviewDueStatus)
  status: ReviewDueStatus;

  @Field(() => Int, { description: '0 today, negative when overdue.' })
  daysUntilDue: number;

  @Field(() => GraphQLLocalDate, {
    description: 'The date the interval alone gives; later than dueDate when a trigger came first.',
  })
  scheduledDate: string;

  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: 'The event that brought the review forward.',
  })
  triggeredAt: string | null;
}

@ObjectType({ description: 'A plan review (or initial plan) due in a caseload.' })
export class PlanReviewDue {
  @Field(() => Episode)
  episode: Episode;

  @Field(() => Client)
  client: Client;

  @Field(() => TreatmentPlan, {
    nullable: true,
    description: 'The active plan; null while the initial plan is due.',
  })
  plan: TreatmentPlan | null;

  @Field(() => GraphQLLocalDate)
  dueDate: string;

  @Field(() => ReviewDueStatus)
  status: ReviewDueStatus;

  @Field(() => ReviewDueReason)
  reason: ReviewDueReason;

  @Field(() => Int)
  daysUntilDue: number;
}

@ObjectType()
export class PlanFieldChange {
  @Field(() => String)
  field: string;

  @Field(() => String, { nullable: true })
  from: string | null;

  @Field(() => String, { nullable: true })
  to: string | null;
}

@ObjectType({ description: 'One element paired across two versions by its lineage.' })
export class PlanElementDiff {
  @Field(() => PlanElementKind)
  kind: PlanElementKind;

  @Field(() => ID)
  lineageId: string;

  @Field(() => PlanElementChange)
  change: PlanElementChange;

  @Field(() => ID, { nullable: true })
  fromId: string | null;

  @Field(() => ID, { nullable: true })
  toId: string | null;

  @Field(() => [PlanFieldChange])
  fields: PlanFieldChange[];
}

@ObjectType()
export class PlanElementKindDiff {
  @Field(() => PlanElementKind)
  kind: PlanElementKind;

  @Field(() => Int)
  added: number;

  @Field(() => Int)
  removed: number;

  @Field(() => Int)
  changed: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => [PlanElementDiff], { description: 'Added, removed and changed elements.' })
  changes: PlanElementDiff[];
}

@ObjectType({ description: 'What changed between two versions of an episode’s plan.' })
export class PlanDiff {
  @Field(() => TreatmentPlan)
  fromPlan: TreatmentPlan;

  @Field(() => TreatmentPlan)
  toPlan: TreatmentPlan;

  @Field(() => PlanElementKindDiff)
  problems: PlanElementKindDiff;

  @Field(() => PlanElementKindDiff)
  goals: PlanElementKindDiff;

  @Field(() => PlanElementKindDiff)
  objectives: PlanElementKindDiff;

  @Field(() => PlanElementKindDiff)
  interventions: PlanElementKindDiff;
}

@ObjectType()
export class ReviewPlanPayload {
  @Field(() => PlanReview)
  review: PlanReview;

  @Field(() => TreatmentPlan, { description: 'The reviewed (still active) version.' })
  plan: TreatmentPlan;

  @Field(() => TreatmentPlan, {
    nullable: true,
    description: 'REVISED: the new DRAFT version, a copy of the reviewed one.',
  })
  revision: TreatmentPlan | null;
}

@ObjectType({ description: 'A progress entry was voided: it no longer counts.' })
export class ProgressVoid {
  @Field(() => GraphQLDateTimeISO)
  at: Date;

  @Field(() => Staff)
  by: Staff;

  @Field(() => String)
  reason: string;
}

@ObjectType({ description: 'Whether you may do something now, and if not, why (shown as is).' })
export class PlanCapability {
  @Field(() => Boolean)
  allowed: boolean;

  @Field(() => String, { nullable: true })
  reason: string | null;
}

@ObjectType()
export class SignerCapability extends PlanCapability {
  @Field(() => PlanSigner)
  signer: PlanSigner;

  @Field(() => Boolean, { description: 'Needed for this version to take effect.' })
  required: boolean;
}

@ObjectType({
  description:
    'What you may do with this version now (planCapabilities in packages/domain): the API ' +
    'enforces exactly this, so screens show it instead of deciding.',
})
export class PlanCapabilities {
  @Field(() => PlanCapability, { description: 'Change the content (a DRAFT only).' })
  canEdit: PlanCapability;

  @Field(() => PlanCapability)
  canSubmit: PlanCapability;

  @Field(() => PlanCapability)
  canReturnToDraft: PlanCapability;

  @Field(() => [SignerCapability], { description: 'Client, clinician, supervisor, in that order.' })
  canSign: SignerCapability[];

  @Field(() => PlanCapability, { description: 'Record a review that continues the plan.' })
  canReview: PlanCapability;

  @Field(() => PlanCapability, { description: 'Record a review that opens a revision.' })
  canRevise: PlanCapability;

  @Field(() => PlanCapability)
  canClose: PlanCapability;

  @Field(() => PlanCapability, { description: "Change a goal's or objective's statuses." })
  canSetStatus: PlanCapability;

  @Field(() => PlanCapability)
  canRecordProgress: PlanCapability;

  @Field(() => PlanCapability, { description: 'Correct or void progress entries.' })
  canAmendProgress: PlanCapability;
}
