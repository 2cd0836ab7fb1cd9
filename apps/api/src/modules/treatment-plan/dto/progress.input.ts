import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IsOptional, IsUUID } from 'class-validator';

// Limits (rating 0–10, measure range, note length, reason) live in the domain's
// progressEntrySchema and amendReasonSchema, checked after the caller is authorized.

/** Fields shared by entries and corrections (never emitted on its own). */
@InputType()
abstract class ProgressValuesInput {
  @Field(() => GraphQLLocalDate, {
    description: "The program's local date; not in the future, not before admission.",
  })
  recordedOn: string;

  @Field(() => Int, { nullable: true, description: '0 (none) to 10 (goal met).' })
  rating?: number | null;

  @Field(() => Float, { nullable: true })
  measureValue?: number | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({
  description:
    'A dated progress entry on a goal (and optionally one of its objectives), on a DRAFT or ' +
    'ACTIVE plan. Give a rating, a measure value or both.',
})
export class RecordGoalProgressInput extends ProgressValuesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a goal id' })
  goalId: string;

  @Field(() => ID, { nullable: true, description: 'One of the goal’s objectives.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an objective id' })
  objectiveId?: string | null;
}

@InputType({
  description:
    'Corrects a progress entry: a new entry with the right values takes its place; the original ' +
    'stays visible (CORRECTED) with who corrected it, when and why. Once per entry.',
})
export class CorrectGoalProgressInput extends ProgressValuesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a progress entry id' })
  progressId: string;

  @Field(() => String, { description: 'Why it is corrected (required).' })
  reason: string;
}

@InputType({
  description:
    'Voids a progress entry: it no longer counts and stays visible (VOIDED) with who voided ' +
    'it, when and why. Once per entry.',
})
export class VoidGoalProgressInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a progress entry id' })
  progressId: string;

  @Field(() => String, { description: 'Why it is voided (required).' })
  reason: string;
}
