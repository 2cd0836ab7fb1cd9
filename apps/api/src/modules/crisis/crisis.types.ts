import { ArrayMaxSize, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { CrisisAction, CrisisCaller, CrisisRiskLevel } from '@waypoint/domain';
import { Program } from '../program/program.entity.js';
import { OnCallShift } from './crisis.entity.js';

@InputType({ description: 'A shift in the program’s wall-clock time (17:00 to 09:00 next day).' })
export class OnCallShiftTimesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a staff id' })
  staffId: string;

  @Field(() => String, { description: 'YYYY-MM-DD, the program’s local date.' })
  startDate: string;

  @Field(() => String, { description: 'HH:MM, the program’s local time.' })
  startTime: string;

  @Field(() => String)
  endDate: string;

  @Field(() => String)
  endTime: string;
}

@InputType()
export class AddOnCallShiftInput extends OnCallShiftTimesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a program id' })
  programId: string;
}

@InputType()
export class UpdateOnCallShiftInput extends AddOnCallShiftInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a shift id' })
  id: string;

  @Field(() => Int)
  version: number;
}

@InputType()
export class RemoveOnCallShiftInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a program id' })
  programId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a shift id' })
  id: string;

  @Field(() => Int)
  version: number;
}

/** A stale shift save: nothing saved; the shift as it stands (the roster is not client data). */
@ObjectType({
  description: 'Your save was refused: someone else changed this shift first. Nothing was saved.',
})
export class OnCallShiftConflict {
  @Field(() => String)
  message: string;

  @Field(() => OnCallShift)
  current: OnCallShift;
}

export const OnCallShiftSaveResult = createUnionType({
  name: 'OnCallShiftSaveResult',
  description: 'Saved (the shift as it is now), or refused because someone saved first.',
  types: () => [OnCallShift, OnCallShiftConflict] as const,
  resolveType: (value) =>
    value instanceof OnCallShiftConflict ? OnCallShiftConflict : OnCallShift,
});

@ObjectType({ description: 'A stretch of time on the roster.' })
export class RosterSpanView {
  @Field(() => GraphQLDateTimeISO)
  from: Date;

  @Field(() => GraphQLDateTimeISO)
  to: Date;

  @Field(() => [ID], { description: 'Who is on call in an overlap; empty for a gap.' })
  staffIds: string[];
}

@ObjectType({ description: 'One shift handing the line to the next.' })
export class RosterHandoverView {
  @Field(() => GraphQLDateTimeISO)
  at: Date;

  @Field(() => ID)
  fromStaffId: string;

  @Field(() => ID)
  toStaffId: string;
}

@ObjectType({ description: 'A month of a program’s on-call roster and how it covers the month.' })
export class OnCallRoster {
  @Field(() => String, { description: 'YYYY-MM.' })
  month: string;

  @Field(() => String, { description: 'The program’s IANA time zone, in which shifts are read.' })
  timeZone: string;

  @Field(() => [OnCallShift], { description: 'Shifts that touch the month, in order.' })
  shifts: OnCallShift[];

  @Field(() => [RosterSpanView], { description: 'When nobody answers the line.' })
  gaps: RosterSpanView[];

  @Field(() => [RosterSpanView], { description: 'When two or more are on call at once.' })
  overlaps: RosterSpanView[];

  @Field(() => [RosterHandoverView])
  handovers: RosterHandoverView[];
}

@ObjectType({ description: 'Who answers a program’s crisis line right now.' })
export class ProgramOnCall {
  @Field(() => Program)
  program: Program;

  @Field(() => [OnCallShift], { description: 'Empty when nobody is rostered now: a gap.' })
  onCall: OnCallShift[];

  @Field(() => OnCallShift, { nullable: true, description: 'The next shift to start.' })
  next: OnCallShift | null;
}

@InputType({ description: 'A crisis-line contact, logged in under a minute.' })
export class LogCrisisContactInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a program id' })
  programId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The client’s episode, when the client is known.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be an episode id' })
  episodeId?: string | null;

  @Field(() => GraphQLDateTimeISO)
  occurredAt: Date;

  @Field(() => CrisisCaller)
  caller: CrisisCaller;

  @Field(() => CrisisRiskLevel)
  riskLevel: CrisisRiskLevel;

  @Field(() => [CrisisAction])
  @ArrayMaxSize(5)
  actions: CrisisAction[];

  @Field(() => String, { defaultValue: '' })
  @MaxLength(4000)
  notes: string;
}

@InputType()
export class CompleteCrisisFollowUpInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an episode id' })
  episodeId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a crisis contact id' })
  id: string;
}
