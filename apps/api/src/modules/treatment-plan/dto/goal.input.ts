import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IsUUID, Min } from 'class-validator';
import { GoalAchievementStatus, GoalLifecycleStatus } from '@waypoint/domain';
import { GoalHorizon } from '../treatment-plan.entity.js';
import { NotClearable } from './text.validators.js';

@InputType({ description: 'A new goal, added last under its problem (a DRAFT only).' })
export class AddGoalInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a problem id' })
  problemId: string;

  @Field(() => String)
  description: string;

  @Field(() => GoalHorizon)
  horizon: GoalHorizon;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Not before admission.' })
  targetDate?: string | null;

  @Field(() => GoalLifecycleStatus, { nullable: true, description: 'ACTIVE unless given.' })
  lifecycleStatus?: GoalLifecycleStatus | null;

  @Field(() => GoalAchievementStatus, { nullable: true, description: 'IN_PROGRESS unless given.' })
  achievementStatus?: GoalAchievementStatus | null;
}

@InputType({
  description:
    'Fields left out stay as they are; null clears an optional field. Statuses change with setGoalStatus.',
})
export class UpdateGoalInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a goal id' })
  id: string;

  @Field(() => Int, {
    description: 'The version you read; a newer one on the server answers a conflict.',
  })
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => GoalHorizon, { nullable: true })
  horizon?: GoalHorizon | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Not before admission.' })
  targetDate?: string | null;
}

@InputType({
  description:
    'Where a goal stands; allowed on a DRAFT or ACTIVE plan (statuses track progress, not plan ' +
    'content). The two statuses are independent: give either or both.',
})
export class SetGoalStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a goal id' })
  goalId: string;

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
