import { Field, ID, InputType, Int } from 'type-graphql';
import { IsUUID, Min } from 'class-validator';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { ClinicalSessionKind, ClinicalSessionStatus, SessionModality } from '@waypoint/domain';

@InputType({ description: 'A family member (or other support) taking part.' })
export class SessionParticipantInput {
  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'e.g. mother, partner.' })
  relation: string;
}

/** Kinds, times and participants are checked by the domain's bookSessionSchema. */
@InputType({
  description: 'An individual, family, case-management or intake session for a client.',
})
export class BookSessionInput {
  @Field(() => ID, { description: 'The client’s episode the session belongs to.' })
  @IsUUID('all', { message: 'must be an episode id' })
  episodeId: string;

  @Field(() => ClinicalSessionKind)
  kind: ClinicalSessionKind;

  @Field(() => GraphQLDateTimeISO)
  startsAt: Date;

  @Field(() => GraphQLDateTimeISO)
  endsAt: Date;

  @Field(() => SessionModality)
  modality: SessionModality;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => [ID], { description: 'Who runs it; you when left out.', nullable: true })
  staffIds?: string[] | null;

  @Field(() => [SessionParticipantInput], { nullable: true })
  participants?: SessionParticipantInput[] | null;
}

@InputType({ description: 'A session as it should now read, and the version you read.' })
export class UpdateSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a session id' })
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field(() => GraphQLDateTimeISO)
  startsAt: Date;

  @Field(() => GraphQLDateTimeISO)
  endsAt: Date;

  @Field(() => SessionModality)
  modality: SessionModality;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => ClinicalSessionStatus, { nullable: true, description: 'Unchanged when left out.' })
  status?: ClinicalSessionStatus | null;
}

@InputType({ description: 'A session to cancel, at the version you read.' })
export class CancelSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a session id' })
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;
}
