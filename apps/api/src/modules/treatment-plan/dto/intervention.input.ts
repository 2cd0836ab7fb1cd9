import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, IsUUID, Min } from 'class-validator';
import { InterventionModality } from '../treatment-plan.entity.js';

@InputType({ description: 'A new intervention, added last under its objective (a DRAFT only).' })
export class AddInterventionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an objective id' })
  objectiveId: string;

  @Field(() => InterventionModality)
  modality: InterventionModality;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { description: 'e.g. "3 group sessions a week"' })
  frequency: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Active staff member with a role in the program.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a staff id' })
  responsibleStaffId?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; null clears an optional field.' })
export class UpdateInterventionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an intervention id' })
  id: string;

  @Field(() => Int, {
    description: 'The version you read; a newer one on the server answers a conflict.',
  })
  @Min(1)
  version: number;

  @Field(() => InterventionModality, { nullable: true })
  modality?: InterventionModality | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  frequency?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a staff id' })
  responsibleStaffId?: string | null;
}
