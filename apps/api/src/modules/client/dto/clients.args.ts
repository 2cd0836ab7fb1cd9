import { ArgsType, Field, ID, InputType } from 'type-graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsOptional,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { EpisodePhase, EpisodeStatus } from '@waypoint/domain';
import { ConnectionArgs } from '../../../graphql/connection.js';

@InputType({ description: "Filters apply to each client's current (most recent) episode." })
export class ClientFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a program id' })
  programId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a staff id' })
  primaryClinicianId?: string | null;

  @Field(() => [EpisodePhase], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4)
  phases?: EpisodePhase[] | null;

  @Field(() => [EpisodeStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(Object.keys(EpisodeStatus).length)
  statuses?: EpisodeStatus[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True: only clients whose intake screening escalated (a positive safety answer); false: only the others.',
  })
  @IsOptional()
  @IsBoolean()
  screeningEscalated?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Part of a legal or preferred name.' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

@ArgsType()
export class ClientsArgs extends ConnectionArgs {
  @Field(() => ClientFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ClientFilter | null;
}
