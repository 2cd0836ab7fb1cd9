import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { ContactMethod, FollowUpOutcome, FollowUpStatus } from '@waypoint/domain';

@InputType({ description: 'What came of a follow-up contact, with the BAM given at it.' })
export class RecordFollowUpContactInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an episode id' })
  episodeId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a follow-up contact id' })
  followUpId: string;

  @Field(() => Int, { description: 'The contact version read.' })
  version: number;

  @Field(() => FollowUpStatus, { description: 'DONE, ATTEMPTED or MISSED.' })
  status: FollowUpStatus;

  @Field(() => ContactMethod, { nullable: true, description: 'How it was made or tried.' })
  @IsOptional()
  method?: ContactMethod | null;

  @Field(() => FollowUpOutcome, { nullable: true })
  @IsOptional()
  outcome?: FollowUpOutcome | null;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(4000)
  note: string;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'BAM item answers given at the contact ("1".."17", "7a".."7g"); only when DONE.',
  })
  @IsOptional()
  bamAnswers?: Record<string, unknown> | null;
}
