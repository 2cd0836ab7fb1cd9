import { Field, ID, InputType } from 'type-graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class BreakGlassInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a client id' })
  clientId: string;

  /**
   * Judged by `breakGlassReasonProblem` (@waypoint/domain) on the trimmed text, after the caller
   * is authorized (a refusal is never hidden behind a validation error).
   */
  @Field(() => String, {
    description:
      'Why you need this chart now, at least 10 characters not counting surrounding spaces; kept in the audit trail.',
  })
  reason: string;
}
