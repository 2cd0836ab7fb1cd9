import { Field, ID, InputType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { MaxLength } from 'class-validator';
import { API_TOKEN_NAME_MAX_LENGTH, ApiTokenScope } from '@waypoint/domain';

@InputType()
export class CreateApiTokenInput {
  @Field(() => String, { description: 'What the token is for ("Weekly hours report").' })
  @MaxLength(API_TOKEN_NAME_MAX_LENGTH)
  name: string;

  @Field(() => ApiTokenScope)
  scope: ApiTokenScope;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Null: until revoked.' })
  expiresAt?: Date | null;
}

@InputType()
export class RevokeApiTokenInput {
  @Field(() => ID)
  tokenId: string;
}
