import { Field, ID, InputType, Int } from 'type-graphql';
import { IsUUID, Min } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { EnrollmentMode, GroupFormat, GroupTopic, ScheduleExceptionKind } from '@waypoint/domain';

/** Text limits, times and dates are checked by the domain's groupSchema (each refusal names its field). */
@InputType({ description: 'A group’s details and weekly schedule, as they should read.' })
export class GroupDetailsInput {
  @Field(() => String)
  name: string;

  @Field(() => GroupFormat)
  format: GroupFormat;

  @Field(() => GroupTopic)
  topic: GroupTopic;

  @Field(() => Int, {
    nullable: true,
    description: 'Most active members; the program’s maximum group size when left out.',
  })
  capacity?: number | null;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => String, { nullable: true })
  telehealthUrl?: string | null;

  @Field(() => EnrollmentMode)
  enrollmentMode: EnrollmentMode;

  @Field(() => GraphQLLocalDate)
  startsOn: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  endsOn?: string | null;

  @Field(() => [Int], { description: 'ISO weekdays, Monday = 1 … Sunday = 7.' })
  weekdays: number[];

  @Field(() => String, { description: 'HH:MM, local to the program.' })
  startTime: string;

  @Field(() => String, { description: 'HH:MM, local to the program.' })
  endTime: string;

  @Field(() => [ID], { description: 'The clinicians who run it (one or more).' })
  facilitatorIds: string[];
}

@InputType({ description: 'A new group in a program.' })
export class CreateGroupInput extends GroupDetailsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a program id' })
  programId: string;
}

@InputType({
  description: 'Every field of the group as it should now read, and the version you read.',
})
export class UpdateGroupInput extends GroupDetailsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a group id' })
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'False retires the group: its future scheduled sessions are removed.',
  })
  active?: boolean | null;
}

@InputType({ description: 'A date the group does not meet.' })
export class AddGroupScheduleExceptionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a group id' })
  groupId: string;

  @Field(() => GraphQLLocalDate)
  onDate: string;

  @Field(() => ScheduleExceptionKind)
  kind: ScheduleExceptionKind;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType({ description: 'A holiday or cancellation of a group, taken back.' })
export class RemoveGroupScheduleExceptionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a group id' })
  groupId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a schedule exception id' })
  id: string;
}

@InputType({ description: 'Generate the program’s group sessions up to a date.' })
export class GenerateGroupSessionsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a program id' })
  programId: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Last date to generate; 28 days from today when left out.',
  })
  through?: string | null;
}
