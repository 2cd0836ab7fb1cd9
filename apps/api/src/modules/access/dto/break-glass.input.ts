import { Field, ID, InputType } from 'type-graphql';
import { IsUUID, MaxLength, MinLength } from 'class-validator';

@InputType()
export class BreakGlassInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a client id' })
  clientId: string;

  @Field(() => String, { description: 'Why you need this chart now; kept in the audit trail.' })
  @MinLength(10, { message: 'must say why, in at least 10 characters' })
  @MaxLength(500)
  reason: string;
}
