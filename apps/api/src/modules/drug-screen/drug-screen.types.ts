import { ArrayMaxSize, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { Analyte, AnalyteResult, ScreenMethod } from '@waypoint/domain';

@InputType()
export class AnalyteLineInput {
  @Field(() => Analyte)
  analyte: Analyte;

  @Field(() => AnalyteResult)
  result: AnalyteResult;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'The client is prescribed this substance (e.g. buprenorphine): a positive is expected.',
  })
  expected: boolean;
}

@InputType()
export class RecordDrugScreenInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an episode id' })
  episodeId: string;

  @Field(() => GraphQLDateTimeISO)
  collectedAt: Date;

  @Field(() => ScreenMethod)
  method: ScreenMethod;

  @Field(() => Boolean)
  observed: boolean;

  @Field(() => [AnalyteLineInput])
  @ArrayMaxSize(20)
  panel: AnalyteLineInput[];

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Collected for the weekly random pick.',
  })
  randomPick: boolean;
}

@InputType()
export class AnalyteResultInput {
  @Field(() => Analyte)
  analyte: Analyte;

  @Field(() => AnalyteResult)
  result: AnalyteResult;
}

@InputType({ description: 'The lab results of a screen’s PENDING analytes.' })
export class CompleteDrugScreenInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a drug screen id' })
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field(() => [AnalyteResultInput])
  @ArrayMaxSize(20)
  results: AnalyteResultInput[];
}

@InputType()
export class RandomScreeningPickInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a program id' })
  programId: string;

  @Field(() => Int, {
    description: 'Share of the program’s clients in treatment to pick, in percent.',
  })
  @Min(1)
  @Max(100)
  sharePercent: number;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'A day of the week to pick for (its Monday is stored); this week when left out.',
  })
  @IsOptional()
  weekOf?: string | null;
}
