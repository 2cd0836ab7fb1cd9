import { Field, ID, InputType, Int } from 'type-graphql';
import { IsUUID, Min } from 'class-validator';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { ConsentPurpose } from '@waypoint/domain';

@InputType({ description: 'A recipient to name on a consent.' })
export class ConsentRecipientInput {
  @Field(() => String)
  name: string;

  @Field(() => ID, { nullable: true, description: 'The directory resource it was chosen from.' })
  @IsUUID('all', { message: 'must be a resource id' })
  resourceId?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'A HIPAA covered entity or business associate.',
  })
  coveredEntity: boolean;
}

/** Every element §2.31 requires; the domain's checkConsentElements names what is missing. */
@InputType({ description: 'A new 42 CFR Part 2 consent, written before it is signed.' })
export class RecordConsentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an episode id' })
  episodeId: string;

  @Field(() => String)
  disclosingParty: string;

  @Field(() => String)
  informationDescription: string;

  @Field(() => [ConsentRecipientInput])
  recipients: ConsentRecipientInput[];

  @Field(() => Boolean, { defaultValue: false })
  generalDesignation: boolean;

  @Field(() => [ConsentPurpose])
  purposes: ConsentPurpose[];

  @Field(() => String)
  purposeDescription: string;

  @Field(() => String, { description: 'Defaults to the program’s plain-language statement.' })
  revocationStatement: string;

  @Field(() => String, { nullable: true })
  redisclosureStatement?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  expiresOn?: string | null;

  @Field(() => String, { nullable: true })
  expiryEvent?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  includesCounselingNotes: boolean;

  @Field(() => Boolean, { defaultValue: false })
  guardianSignatureRequired: boolean;
}

@InputType({ description: 'A consent as you saw it: its episode, id and version.' })
export class ConsentRef {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an episode id' })
  episodeId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a consent id' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a newer one answers a conflict.' })
  @Min(1)
  version: number;
}

@InputType({ description: 'The client’s signature (and a guardian’s where required).' })
export class SignConsentInput extends ConsentRef {
  @Field(() => String)
  signedByName: string;

  @Field(() => GraphQLLocalDate)
  signedOn: string;

  @Field(() => String, { nullable: true })
  guardianName?: string | null;
}

@InputType({ description: 'Revocation: stops disclosures from now on, never past ones.' })
export class RevokeConsentInput extends ConsentRef {
  @Field(() => String)
  reason: string;
}

@InputType({ description: 'The client declined to sign.' })
export class DeclineConsentInput extends ConsentRef {
  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType({ description: 'The consent’s expiry event has happened.' })
export class RecordConsentExpiryEventInput extends ConsentRef {
  @Field(() => GraphQLDateTimeISO, { description: 'When it happened (now or earlier).' })
  occurredAt: Date;
}
