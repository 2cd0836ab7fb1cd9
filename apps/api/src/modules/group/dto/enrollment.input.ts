import { Field, ID, InputType, Int } from 'type-graphql';
import { IsIn, IsUUID, Min } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { EnrollmentStatus } from '@waypoint/domain';

@InputType({ description: 'A client (through their current episode) joining a group.' })
export class EnrollClientInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a group id' })
  groupId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an episode id' })
  episodeId: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'First date; today (closed groups: their start date) when left out.',
  })
  startsOn?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Put the client on the waitlist should the group be full.',
  })
  joinWaitlist?: boolean | null;
}

@InputType({ description: 'A membership ending: completed or withdrawn.' })
export class EndEnrollmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an episode id' })
  episodeId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an enrollment id' })
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field(() => EnrollmentStatus, { description: 'COMPLETED or WITHDRAWN.' })
  @IsIn(['COMPLETED', 'WITHDRAWN'], { message: 'must be COMPLETED or WITHDRAWN' })
  status: EnrollmentStatus;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Today when left out.' })
  endsOn?: string | null;
}
