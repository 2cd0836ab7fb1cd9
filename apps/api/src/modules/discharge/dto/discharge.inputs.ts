import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import {
  ArrayMaxSize,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  ContactMethod,
  DischargeType,
  FollowUpCadence,
  GoalAchievementStatus,
} from '@waypoint/domain';

@InputType()
export class GoalOutcomeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a goal id' })
  goalId: string;

  @Field(() => GoalAchievementStatus)
  achievementStatus: GoalAchievementStatus;
}

@InputType()
export class CrisisPlanContactInput {
  @Field(() => String)
  @MaxLength(200)
  name: string;

  @Field(() => String)
  @MaxLength(60)
  phone: string;
}

@InputType({ description: 'Triggers and coping steps as the client says them.' })
export class AftercarePlanInput {
  @Field(() => [String])
  @ArrayMaxSize(30)
  @MaxLength(1000, { each: true })
  triggers: string[];

  @Field(() => [String])
  @ArrayMaxSize(30)
  @MaxLength(1000, { each: true })
  copingSteps: string[];

  @Field(() => String)
  @MaxLength(4000)
  crisisPlan: string;

  @Field(() => [CrisisPlanContactInput])
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  crisisContacts: CrisisPlanContactInput[];

  @Field(() => [String])
  @ArrayMaxSize(20)
  @MaxLength(500, { each: true })
  mutualSupportMeetings: string[];

  @Field(() => String)
  @MaxLength(2000)
  medicationContinuity: string;

  @Field(() => [ID], { description: 'Referrals of this episode that carry aftercare.' })
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true, message: 'must be referral ids' })
  referralIds: string[];
}

@InputType()
export class AttemptedContactInput {
  @Field(() => GraphQLDateTimeISO)
  attemptedAt: Date;

  @Field(() => ContactMethod)
  method: ContactMethod;

  @Field(() => String, { description: 'What happened (voicemail left, number disconnected…).' })
  @MaxLength(2000)
  note: string;
}

@InputType({ description: 'Edits to the drafted summary; a section left out keeps its draft.' })
export class DischargeSummaryInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(8000)
  courseOfTreatment?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(8000)
  progressByProblem?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(8000)
  measures?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(8000)
  lastScreens?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(8000)
  attendance?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(8000)
  levelOfCare?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(8000)
  recommendations?: string | null;
}

@InputType({
  description:
    'Discharges the episode in one step: the move, each goal’s outcome, the aftercare plan, the summary draft and the follow-up contacts.',
})
export class DischargeEpisodeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an episode id' })
  episodeId: string;

  @Field(() => Int, { description: 'The episode version read.' })
  version: number;

  @Field(() => DischargeType)
  dischargeType: DischargeType;

  @Field(() => String)
  @MaxLength(4000)
  reason: string;

  @Field(() => [GoalOutcomeInput], { defaultValue: [] })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  goalOutcomes: GoalOutcomeInput[];

  @Field(() => AftercarePlanInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  aftercarePlan?: AftercarePlanInput | null;

  @Field(() => AttemptedContactInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  attemptedContact?: AttemptedContactInput | null;

  @Field(() => FollowUpCadence, { nullable: true, description: 'Leave out to schedule none.' })
  @IsOptional()
  followUpCadence?: FollowUpCadence | null;

  @Field(() => Int, {
    nullable: true,
    description: "Days of follow-up; the program's follow-up period when left out.",
  })
  @IsOptional()
  @Min(1)
  @Max(365)
  followUpPeriodDays?: number | null;

  @Field(() => DischargeSummaryInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  summary?: DischargeSummaryInput | null;
}

@InputType()
export class UpdateDischargeSummaryInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an episode id' })
  episodeId: string;

  @Field(() => Int, { description: 'The discharge version read.' })
  version: number;

  @Field(() => DischargeSummaryInput)
  @ValidateNested()
  summary: DischargeSummaryInput;
}

@InputType()
export class SignDischargeSummaryInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an episode id' })
  episodeId: string;

  @Field(() => Int, { description: 'The discharge version read.' })
  version: number;
}
