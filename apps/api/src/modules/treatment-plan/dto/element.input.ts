import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsUUID, Min } from 'class-validator';
import { PlanElementKind } from '../plan-diff.js';

@InputType({ description: 'Removes an element and everything below it (a DRAFT only).' })
export class RemovePlanElementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a plan element id' })
  id: string;

  @Field(() => Int, {
    description: 'The version you read; a newer one on the server answers a conflict.',
  })
  @Min(1)
  version: number;
}

@InputType({
  description:
    'The new order of all the children of one parent: problems of a plan, goals of a problem, ' +
    'objectives of a goal or interventions of an objective. The list must hold exactly the ' +
    'current children; otherwise the answer is a conflict carrying the plan as it is.',
})
export class ReorderPlanElementsInput {
  @Field(() => ID, { description: 'The plan, problem, goal or objective whose children move.' })
  @IsUUID('all', { message: 'must be a plan or plan element id' })
  parentId: string;

  @Field(() => PlanElementKind, { description: 'The kind of the children.' })
  kind: PlanElementKind;

  @Field(() => [ID])
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'must hold element ids' })
  orderedIds: string[];
}
