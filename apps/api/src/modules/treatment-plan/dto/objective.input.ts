import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IsUUID, Min } from 'class-validator';
import { GoalAchievementStatus, GoalLifecycleStatus } from '@waypoint/domain';
import { NotClearable } from './text.validators.js';

@InputType({ description: 'A new objective, added last under its goal (a DRAFT only).' })
export class AddObjectiveInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a goal id' })
  goalId: string;

  @Field(() => String)
  description: string;

  @Field(() => String, {
    nullable: true,
    description: 'How progress is measured, with its target (needed to sign).',
  })
  measure?: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Not before admission (needed to sign).',
  })
  targetDate?: string | null;

  @Field(() => GoalLifecycleStatus, { nullable: true, description: 'ACTIVE unless given.' })
  lifecycleStatus?: GoalLifecycleStatus | null;

  @Field(() => GoalAchievementStatus, { nullable: true, description: 'IN_PROGRESS unless given.' })
  achievementStatus?: GoalAchievementStatus | null;
}

@InputType({
  description:
    'Fields left out stay as they are; null clears an optional field. Statuses change with setObjectiveStatus.',
})
export class UpdateObjectiveInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an objective id' })
  id: string;

  @Field(() => Int, {
    description: 'The version you read; a newer one on the server answers a conflict.',
  })
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  measure?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  targetDate?: string | null;
}

@InputType({ description: 'As setGoalStatus, for an objective.' })
export class SetObjectiveStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an objective id' })
  objectiveId: string;

  @Field(() => Int, {
    description: 'The version you read; a newer one on the server answers a conflict.',
  })
  @Min(1)
  version: number;

  @Field(() => GoalLifecycleStatus, { nullable: true })
  @NotClearable()
  lifecycleStatus?: GoalLifecycleStatus | null;

  @Field(() => GoalAchievementStatus, { nullable: true })
  @NotClearable()
  achievementStatus?: GoalAchievementStatus | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why; required to make it CANCELLED or ENTERED_IN_ERROR. Kept in its status history.',
  })
  reason?: string | null;
}
