import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { PREFERRED_LANGUAGE_MAX_LENGTH } from '@waypoint/domain';
import { IsEmail, IsOptional, IsUUID, Matches, MaxLength, Min } from 'class-validator';

@InputType({ description: 'Fields left out stay as they are; null clears an optional field.' })
export class UpdateClientInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a client id' })
  id: string;

  @Field(() => Int, {
    description: 'The version you read; a newer one on the server answers a conflict.',
  })
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(80)
  preferredName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  pronouns?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A language’s name (`preferredLanguageProblem` in the domain says what fits).',
  })
  @IsOptional()
  @MaxLength(PREFERRED_LANGUAGE_MAX_LENGTH)
  preferredLanguage?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(30)
  @Matches(/^[0-9+()\-. ]{7,30}$/, { message: 'must be a phone number' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(254)
  @IsEmail({}, { message: 'must be an email address' })
  email?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  sobrietyDate?: string | null;
}
