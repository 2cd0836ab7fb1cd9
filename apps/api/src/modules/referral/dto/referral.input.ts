import { Field, ID, InputType, Int } from 'type-graphql';
import { IsUUID, Min } from 'class-validator';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { ConsentPurpose, ReferralStatus, ReferralUrgency } from '@waypoint/domain';

@InputType({ description: 'A new referral, written as a draft.' })
export class CreateReferralInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an episode id' })
  episodeId: string;

  @Field(() => ID, { nullable: true, description: 'A directory resource; or name an ad-hoc one.' })
  @IsUUID('all', { message: 'must be a resource id' })
  resourceId?: string | null;

  @Field(() => String, { nullable: true, description: 'An ad-hoc provider (no resource).' })
  recipientName?: string | null;

  @Field(() => String, { nullable: true })
  recipientContact?: string | null;

  @Field(() => String)
  reason: string;

  @Field(() => ConsentPurpose, { defaultValue: 'CARE_COORDINATION' })
  purpose: ConsentPurpose;

  @Field(() => String, { description: 'What will be sent, described (the disclosure).' })
  informationToSend: string;

  @Field(() => ID, { nullable: true, description: 'A goal of this episode’s plan (its lineage).' })
  @IsUUID('all', { message: 'must be a goal lineage id' })
  goalLineageId?: string | null;

  @Field(() => ReferralUrgency, { defaultValue: 'ROUTINE' })
  urgency: ReferralUrgency;

  @Field(() => GraphQLLocalDate, { nullable: true })
  dueBy?: string | null;
}

@InputType({ description: 'A referral as you saw it: its episode, id and version.' })
export class ReferralRef {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an episode id' })
  episodeId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a referral id' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a newer one answers a conflict.' })
  @Min(1)
  version: number;
}

@InputType({ description: 'A move of a referral other than sending it.' })
export class TransitionReferralInput extends ReferralRef {
  @Field(() => ReferralStatus)
  to: ReferralStatus;

  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'Required on completion.' })
  outcome?: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When scheduling.' })
  appointmentAt?: Date | null;
}
