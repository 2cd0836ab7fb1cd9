import { Field, ID, InputType, Int } from 'type-graphql';
import { IsUUID, Max, Min } from 'class-validator';
import { ResourceCategory, ResourceCost } from '@waypoint/domain';

@InputType({ description: 'A directory entry as it should read.' })
export class CommunityResourceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a program id' })
  programId: string;

  @Field(() => String)
  name: string;

  @Field(() => ResourceCategory)
  category: ResourceCategory;

  @Field(() => String, { defaultValue: '' })
  services: string;

  @Field(() => String, { defaultValue: '' })
  address: string;

  @Field(() => String, { defaultValue: '' })
  phone: string;

  @Field(() => String, { defaultValue: '' })
  hours: string;

  @Field(() => [String], { defaultValue: [] })
  languages: string[];

  @Field(() => ResourceCost)
  cost: ResourceCost;

  @Field(() => String, { defaultValue: '' })
  eligibility: string;

  @Field(() => Boolean, { defaultValue: false })
  acceptsMedicaid: boolean;
}

@InputType({ description: 'Every field of an entry, with the version you read.' })
export class UpdateCommunityResourceInput extends CommunityResourceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a resource id' })
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;
}

@InputType({ description: 'Someone checked the entry’s details today.' })
export class VerifyCommunityResourceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a program id' })
  programId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a resource id' })
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;
}

@InputType({ description: 'Search and filters over the directory.' })
export class CommunityResourceFilter {
  @Field(() => String, { nullable: true, description: 'Words; accents and case do not matter.' })
  search?: string | null;

  @Field(() => ResourceCategory, { nullable: true })
  category?: ResourceCategory | null;

  @Field(() => String, { nullable: true })
  language?: string | null;

  @Field(() => Boolean, { nullable: true })
  acceptsMedicaid?: boolean | null;

  @Field(() => ResourceCost, { nullable: true })
  cost?: ResourceCost | null;

  @Field(() => Boolean, { nullable: true, description: 'Only entries due to be checked again.' })
  needsReverification?: boolean | null;

  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(200)
  first: number;
}
