import { Field, ID, InputType, Int } from 'type-graphql';
import { IsUUID, Min } from 'class-validator';
import { ProblemDomain } from '../treatment-plan.entity.js';

@InputType({ description: 'A new problem, added last in the plan (a DRAFT only).' })
export class AddProblemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a treatment plan id' })
  planId: string;

  @Field(() => ProblemDomain)
  domain: ProblemDomain;

  @Field(() => String, { description: "The problem in the client's own words." })
  clientWords: string;

  @Field(() => String, { nullable: true })
  strengths?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; null clears an optional field.' })
export class UpdateProblemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a problem id' })
  id: string;

  @Field(() => Int, {
    description: 'The version you read; a newer one on the server answers a conflict.',
  })
  @Min(1)
  version: number;

  @Field(() => ProblemDomain, { nullable: true })
  domain?: ProblemDomain | null;

  @Field(() => String, { nullable: true })
  clientWords?: string | null;

  @Field(() => String, { nullable: true })
  strengths?: string | null;
}
