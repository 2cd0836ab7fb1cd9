import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { FollowUpCadence, Population } from '@waypoint/domain';
import { ConnectionArgs } from '../../../graphql/connection.js';

/*
 * The limits of these fields are the domain's (`programSettingsSchema`, `newProgramSchema` in
 * packages/domain/src/program/program-settings-input.ts), checked by the service after the caller
 * is authorized, so each refusal names its field the same way the web form does.
 */

@InputType({ description: 'A new program; it starts with the settings of its population.' })
export class CreateProgramInput {
  @Field(() => String, { description: 'Short unique code, e.g. ADULT-IOP (stored in capitals).' })
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => Population)
  population: Population;

  @Field(() => String, { description: 'IANA time zone, e.g. America/Chicago.' })
  timeZone: string;
}

@InputType()
export class RenameProgramInput {
  @Field(() => ID)
  programId: string;

  @Field(() => Int, { description: 'The version you read; a newer one answers a conflict.' })
  version: number;

  @Field(() => String)
  name: string;
}

@InputType({
  description:
    'Settings left out stay as they are; null clears an age bound (no limit) and is refused elsewhere.',
})
export class UpdateProgramSettingsInput {
  @Field(() => ID)
  programId: string;

  @Field(() => Int, { description: 'The version you read; a newer one answers a conflict.' })
  version: number;

  @Field(() => String, { nullable: true, description: 'Why; kept with the settings version.' })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. America/Chicago.' })
  timeZone?: string;

  @Field(() => Population, { nullable: true })
  population?: Population;

  @Field(() => String, { nullable: true, description: 'ASAM level of care, e.g. 2.1.' })
  asamLevel?: string;

  @Field(() => Float, { nullable: true })
  weeklyHoursTarget?: number;

  @Field(() => Int, { nullable: true })
  minimumDaysPerWeek?: number;

  @Field(() => Int, { nullable: true })
  planReviewIntervalDays?: number;

  @Field(() => Int, { nullable: true })
  initialPlanDueDays?: number;

  @Field(() => Int, { nullable: true })
  maxGroupSize?: number;

  @Field(() => Int, { nullable: true })
  careTeamReadDaysAfterDischarge?: number;

  @Field(() => Int, { nullable: true })
  measureIntervalDays?: number;

  @Field(() => FollowUpCadence, { nullable: true })
  followUpCadence?: FollowUpCadence;

  @Field(() => Int, { nullable: true })
  followUpPeriodDays?: number;

  @Field(() => Boolean, { nullable: true })
  requiresSupervisorSignature?: boolean;

  @Field(() => Boolean, { nullable: true })
  mfaRequired?: boolean;

  @Field(() => Int, { nullable: true })
  minAge?: number | null;

  @Field(() => Int, { nullable: true })
  maxAge?: number | null;

  @Field(() => Int, { nullable: true })
  resourceReverifyDays?: number;
}

@ArgsType()
export class ProgramSettingsHistoryArgs extends ConnectionArgs {
  @Field(() => ID)
  programId: string;
}
