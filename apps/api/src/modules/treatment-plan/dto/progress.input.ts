import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { OptionalText } from './text.validators.js';

@InputType({
  description:
    'A dated progress entry on a goal (and optionally one of its objectives), on a DRAFT or ' +
    'ACTIVE plan. Give a rating, a measure value or both.',
})
export class RecordGoalProgressInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a goal id' })
  goalId: string;

  @Field(() => ID, { nullable: true, description: 'One of the goal’s objectives.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an objective id' })
  objectiveId?: string | null;

  @Field(() => GraphQLLocalDate, {
    description: "The program's local date; not in the future, not before admission.",
  })
  recordedOn: string;

  @Field(() => Int, { nullable: true, description: '0 (none) to 10 (goal met).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  rating?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(-1_000_000)
  @Max(1_000_000)
  measureValue?: number | null;

  @Field(() => String, { nullable: true })
  @OptionalText(4000)
  note?: string | null;
}
