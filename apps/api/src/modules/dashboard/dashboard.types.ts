import {
  ArgsType,
  Field,
  Float,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { ArrayMaxSize, IsOptional, IsUUID, MaxLength, ValidateBy } from 'class-validator';
import { EpisodeStatus, isCalendarDate, ReviewDueStatus, WorklistKind } from '@waypoint/domain';
import { Connection, ConnectionArgs } from '../../graphql/connection.js';
import { isRecordId } from '../../graphql/input-guard.js';
import { PlanReviewDue } from '../treatment-plan/treatment-plan.types.js';

registerEnumType(ReviewDueStatus, { name: 'ReviewDueStatus' });

export const DashboardMetric = {
  /** Clients whose current episode is in `key` (an EpisodeStatus). */
  CENSUS_STATUS: 'CENSUS_STATUS',
  /** Everyone in treatment (orientation to discharge planning): the in-treatment and LOS figures. */
  IN_TREATMENT: 'IN_TREATMENT',
  REVIEWS_OVERDUE: 'REVIEWS_OVERDUE',
  /** Due today or within 7 days. */
  REVIEWS_DUE_SOON: 'REVIEWS_DUE_SOON',
  /** In treatment with clinician `key`. */
  CLINICIAN_ACTIVE: 'CLINICIAN_ACTIVE',
  CLINICIAN_REVIEWS_OVERDUE: 'CLINICIAN_REVIEWS_OVERDUE',
  CLINICIAN_REVIEWS_DUE_SOON: 'CLINICIAN_REVIEWS_DUE_SOON',
  /** Admitted in the week starting `key` (YYYY-MM-DD, a Monday). */
  ADMITTED_IN_WEEK: 'ADMITTED_IN_WEEK',
  DISCHARGED_IN_WEEK: 'DISCHARGED_IN_WEEK',
  /** In treatment for 12 weeks or more. */
  PAST_TWELVE_WEEKS: 'PAST_TWELVE_WEEKS',
  /** With a drug screen that became an unexpected positive in the last 14 days. */
  POSITIVE_SCREENS_14D: 'POSITIVE_SCREENS_14D',
} as const;
export type DashboardMetric = (typeof DashboardMetric)[keyof typeof DashboardMetric];
registerEnumType(DashboardMetric, { name: 'DashboardMetric' });

@InputType()
export class DashboardFilter {
  @Field(() => [ID], {
    nullable: true,
    description: 'Programs to include; all you can see if empty.',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'must be program ids' })
  programIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a staff id' })
  clinicianId?: string | null;
}

/** What `key` holds for the metrics that use one; checked before it reaches SQL. */
const keyFormats: Partial<Record<DashboardMetric, { fits: (key: string) => boolean; is: string }>> =
  {
    CENSUS_STATUS: { fits: (k) => k in EpisodeStatus, is: 'an episode status' },
    CLINICIAN_ACTIVE: { fits: isRecordId, is: 'a staff id' },
    CLINICIAN_REVIEWS_OVERDUE: { fits: isRecordId, is: 'a staff id' },
    CLINICIAN_REVIEWS_DUE_SOON: { fits: isRecordId, is: 'a staff id' },
    ADMITTED_IN_WEEK: { fits: isCalendarDate, is: 'a date (YYYY-MM-DD)' },
    DISCHARGED_IN_WEEK: { fits: isCalendarDate, is: 'a date (YYYY-MM-DD)' },
  };

const formatOfKey = (input: object) => keyFormats[(input as DashboardDrillDownInput).metric];

@InputType()
export class DashboardDrillDownInput extends DashboardFilter {
  @Field(() => DashboardMetric)
  metric: DashboardMetric;

  @Field(() => String, { nullable: true, description: 'Status, clinician id or week, per metric.' })
  @IsOptional()
  @MaxLength(64)
  @ValidateBy({
    name: 'keyFitsMetric',
    validator: {
      validate: (key: unknown, args) => {
        const format = args && formatOfKey(args.object);
        return !format || (typeof key === 'string' && format.fits(key));
      },
      defaultMessage: (args) => `must be ${args ? formatOfKey(args.object)?.is : 'valid'}`,
    },
  })
  key?: string | null;
}

@ObjectType()
export class CensusCount {
  programId: string;

  @Field(() => EpisodeStatus)
  status: EpisodeStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class WeekFlow {
  @Field(() => GraphQLLocalDate, { description: 'Monday of the week, in the program time zone.' })
  weekStart: string;

  @Field(() => Int)
  admissions: number;

  @Field(() => Int)
  discharges: number;
}

@ObjectType()
export class ClinicianCaseload {
  clinicianId: string;

  @Field(() => Int, { description: 'Clients in treatment with this primary clinician.' })
  activeClients: number;

  @Field(() => Int)
  reviewsOverdue: number;

  @Field(() => Int, { description: 'Reviews (or initial plans) due today or in the next 7 days.' })
  reviewsDueSoon: number;
}

@ObjectType()
export class ReviewFigures {
  @Field(() => Int)
  overdue: number;

  @Field(() => Int, { description: 'Due today or in the next 7 days.' })
  dueSoon: number;
}

@ObjectType()
export class LengthOfStayFigures {
  @Field(() => Int, { description: 'Clients in treatment (orientation to discharge planning).' })
  inTreatment: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Days since admission, clients in treatment.',
  })
  averageDays: number | null;

  @Field(() => Float, { nullable: true })
  medianDays: number | null;

  @Field(() => Int, { description: 'In treatment 12 weeks (84 days) or longer.' })
  pastTwelveWeeks: number;
}

@ObjectType({ description: "A director's view of their programs, computed at request time." })
export class DirectorDashboard {
  @Field(() => GraphQLDateTimeISO)
  generatedAt: Date;

  @Field(() => [CensusCount], { description: 'Current episodes by program and status.' })
  census: CensusCount[];

  @Field(() => [WeekFlow], { description: 'Admissions and discharges per week, last 12 weeks.' })
  weeklyFlow: WeekFlow[];

  @Field(() => [ClinicianCaseload])
  caseloads: ClinicianCaseload[];

  @Field(() => ReviewFigures)
  reviews: ReviewFigures;

  @Field(() => LengthOfStayFigures)
  lengthOfStay: LengthOfStayFigures;

  @Field(() => Int, {
    description:
      'Clients with an unexpected positive drug screen (not prescribed-expected) in the last 14 days.',
  })
  positiveScreens14d: number;
}

@ObjectType()
export class DashboardClientRow {
  clientId: string;
  episodeId: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Plan review (or initial plan) due.',
  })
  reviewDueDate: string | null;

  @Field(() => ReviewDueStatus, { nullable: true })
  reviewStatus: ReviewDueStatus | null;

  @Field(() => String, { nullable: true })
  reviewReason: string | null;

  @Field(() => Int, { nullable: true, description: 'Days since admission.' })
  daysInProgram: number | null;
}

@ObjectType()
export class DashboardClientConnection extends Connection(DashboardClientRow) {}

export const DashboardClientSort = {
  /** The next plan review (or initial plan) due first, most overdue at the top; then by name. */
  REVIEW_DUE: 'REVIEW_DUE',
  /** The longest stay since admission first; then by name. */
  DAYS_IN_PROGRAM: 'DAYS_IN_PROGRAM',
} as const;
export type DashboardClientSort = (typeof DashboardClientSort)[keyof typeof DashboardClientSort];
registerEnumType(DashboardClientSort, { name: 'DashboardClientSort' });

/** A page of a drill-down: the connection's first/after and the order (`input` says which list). */
@ArgsType()
export class DashboardClientsArgs extends ConnectionArgs {
  @Field(() => DashboardClientSort, { defaultValue: 'REVIEW_DUE' })
  sort: DashboardClientSort;
}

// The kinds, their order and the work each names are the domain's (`nextStep`).
export { WorklistKind };
registerEnumType(WorklistKind, { name: 'WorklistKind', description: 'Most urgent first.' });

@ObjectType({ description: 'Something a clinician needs to do for a client.' })
export class WorklistItem {
  clientId: string;
  episodeId: string;

  @Field(() => WorklistKind)
  kind: WorklistKind;

  @Field(() => GraphQLLocalDate, { nullable: true })
  dueDate: string | null;

  @Field(() => Int, { nullable: true, description: 'Negative when overdue.' })
  daysUntilDue: number | null;
}

@ObjectType()
export class PlanReviewDueConnection extends Connection(PlanReviewDue) {}

@ArgsType()
export class PlanReviewsDueArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  programId?: string | null;

  @Field(() => [ReviewDueStatus], { nullable: true, description: 'All when left out.' })
  @IsOptional()
  @ArrayMaxSize(4)
  status?: ReviewDueStatus[] | null;
}
