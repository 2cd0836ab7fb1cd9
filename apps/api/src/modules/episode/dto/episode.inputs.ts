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
import { AdmissionDecision, DischargeType, EpisodeStatus } from '@waypoint/domain';
import { Instrument } from '../../assessment/assessment.entity.js';

@InputType({
  description:
    'A person asking about the program: opens an episode, for a new client or (existingClientId) a returning one.',
})
export class OpenInquiryInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a program id' })
  programId: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Readmission: open the episode for this existing client (one of possibleDuplicates) instead of a new chart.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a client id' })
  existingClientId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'The user checked the possible duplicates and this is a different person: a new chart even though a client with the same name and date of birth exists.',
  })
  @IsOptional()
  confirmedNewClient?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: "A director's reason for opening an inquiry outside the program's ages.",
  })
  @IsOptional()
  @MaxLength(2000)
  ageOverrideReason?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for a new client.' })
  @IsOptional()
  @MaxLength(80)
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for a new client.' })
  @IsOptional()
  @MaxLength(80)
  lastName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(80)
  preferredName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  pronouns?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Required for a new client.' })
  dateOfBirth?: string | null;

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

  @Field(() => DischargeType, {
    nullable: true,
    description:
      'Required on a move that ends treatment (see availableTransitions.dischargeTypes).',
  })
  @IsOptional()
  dischargeType?: DischargeType | null;

  @Field(() => String, {
    nullable: true,
    description: "A director's reason for admitting a client outside the program's ages.",
  })
  @IsOptional()
  @MaxLength(2000)
  ageOverrideReason?: string | null;

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

@InputType({ description: 'Who is being entered at inquiry, to find a returning client.' })
export class PossibleDuplicatesInput {
  @Field(() => ID, { description: 'The program the inquiry is for (decides who may look).' })
  @IsUUID('all', { message: 'must be a program id' })
  programId: string;

  @Field(() => String)
  @MaxLength(80)
  firstName: string;

  @Field(() => String)
  @MaxLength(80)
  lastName: string;

  @Field(() => GraphQLLocalDate)
  dateOfBirth: string;
}

@InputType({ description: 'A new level of care for an episode in treatment.' })
export class ChangeLevelOfCareInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an episode id' })
  episodeId: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field(() => String, { description: 'ASAM level recommended clinically, e.g. 2.1.' })
  @MaxLength(10)
  clinicalLevel: string;

  @Field(() => String, { nullable: true, description: 'ASAM level the payer authorized.' })
  @IsOptional()
  @MaxLength(10)
  authorizedLevel?: string | null;

  @Field(() => String, { description: 'Why, in words.' })
  @MaxLength(2000)
  reason: string;
}
