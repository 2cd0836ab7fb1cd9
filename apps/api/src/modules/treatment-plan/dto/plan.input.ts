import { Field, ID, InputType, Int } from 'type-graphql';
import { IsIn, IsUUID, Min } from 'class-validator';
import { PlanSigner } from '@waypoint/domain';
import { PlanReviewOutcome } from '../treatment-plan.entity.js';

@InputType({ description: 'Starts the first (DRAFT) treatment plan of an admitted episode.' })
export class CreateTreatmentPlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an episode id' })
  episodeId: string;
}

@InputType({ description: 'A plan version as you read it.' })
export class PlanVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a treatment plan id' })
  planId: string;

  @Field(() => Int, {
    description: 'The version you read; a newer one on the server answers a conflict.',
  })
  @Min(1)
  version: number;
}

@InputType({
  description:
    'Signs a plan pending signature. CLINICIAN: a clinician of the program; SUPERVISOR: a ' +
    'director of the program; CLIENT: the client signs with the staff member as witness.',
})
export class SignPlanInput extends PlanVersionInput {
  @Field(() => PlanSigner)
  @IsIn(Object.values(PlanSigner))
  signer: PlanSigner;

  @Field(() => String, { nullable: true, description: 'The name the client signed (CLIENT).' })
  signedName?: string | null;
}

@InputType({
  description:
    'CONTINUED records the review and restarts the review clock; REVISED records it and opens ' +
    'a new DRAFT version with the same content, which replaces this one once signed.',
})
export class ReviewPlanInput extends PlanVersionInput {
  @Field(() => PlanReviewOutcome)
  @IsIn(Object.values(PlanReviewOutcome))
  outcome: PlanReviewOutcome;

  @Field(() => String)
  note: string;
}

@InputType({
  description:
    'Abandons a DRAFT or pending version, or closes the ACTIVE one when the episode ends.',
})
export class CloseTreatmentPlanInput extends PlanVersionInput {
  @Field(() => String)
  reason: string;
}
