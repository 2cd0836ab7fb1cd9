import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLJSONObject, GraphQLLocalDate } from 'graphql-scalars';
import {
  ArrayMaxSize,
  IsEmail,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { AdmissionDecision, EpisodeStatus } from '@waypoint/domain';
import { Instrument } from '../../assessment/assessment.entity.js';

@InputType({ description: 'A new person asking about the program: opens a client and an episode.' })
export class OpenInquiryInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a program id' })
  programId: string;

  @Field(() => String)
  @MinLength(1, { message: 'is required' })
  @MaxLength(80)
  firstName: string;

  @Field(() => String)
  @MinLength(1, { message: 'is required' })
  @MaxLength(80)
  lastName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(80)
  preferredName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  pronouns?: string | null;

  @Field(() => GraphQLLocalDate)
  dateOfBirth: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9+()\-. ]{7,30}$/, { message: 'must be a phone number' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(254)
  @IsEmail({}, { message: 'must be an email address' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  referralSource?: string | null;
}

@InputType()
export class AdmissionDecisionInput {
  @Field(() => AdmissionDecision)
  decision: AdmissionDecision;

  @Field(() => String, { description: 'Why: goodness of fit, as discussed with the client.' })
  @MinLength(1, { message: 'is required' })
  @MaxLength(4000)
  rationale: string;
}

@InputType()
export class TransitionEpisodeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an episode id' })
  episodeId: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field(() => EpisodeStatus)
  to: EpisodeStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  reason?: string | null;

  @Field(() => AdmissionDecisionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  admissionDecision?: AdmissionDecisionInput | null;

  @Field(() => ID, { nullable: true, description: 'Assign the primary clinician on admission.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a staff id' })
  primaryClinicianId?: string | null;
}

@InputType()
export class AssignCareTeamInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an episode id' })
  episodeId: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a staff id' })
  primaryClinicianId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a staff id' })
  caseManagerId?: string | null;
}

@InputType()
export class UpdateOrientationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an episode id' })
  episodeId: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field(() => [String], { description: 'Keys of the items done (the whole list, not a delta).' })
  @ArrayMaxSize(20)
  @MaxLength(40, { each: true })
  completedItems: string[];
}

@InputType()
export class RecordAssessmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an episode id' })
  episodeId: string;

  @Field(() => Instrument)
  instrument: Instrument;

  @Field(() => GraphQLJSONObject, {
    description: 'Answers keyed by question (see the instrument).',
  })
  answers: Record<string, unknown>;
}
