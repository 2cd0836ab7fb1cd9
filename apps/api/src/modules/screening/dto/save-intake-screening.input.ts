import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, IsUUID, Min } from 'class-validator';
import {
  ReasonForCall,
  ScreeningSubstance,
  ScreeningUrgency,
  UseFrequency,
  UseRoute,
} from '@waypoint/domain';
import '../intake-screening.entity.js';

/**
 * Dates, ages, required answers and the escalation's record are checked by the domain's
 * checkIntakeScreening (the same the intake form runs), which names each field
 * (`substances[1].lastUseOn`); so they are nullable or plain text here.
 */
@InputType({ description: 'One substance as told at screening.' })
export class ScreeningSubstanceInput {
  @Field(() => ScreeningSubstance)
  substance: ScreeningSubstance;

  @Field(() => String, { nullable: true, description: 'Required for OTHER.' })
  otherSubstance?: string | null;

  @Field(() => UseRoute)
  route: UseRoute;

  @Field(() => UseFrequency)
  frequency: UseFrequency;

  @Field(() => String, { description: 'YYYY-MM-DD, not in the future.' })
  lastUseOn: string;

  @Field(() => Int, { nullable: true })
  ageAtFirstUse?: number | null;
}

@InputType({
  description: 'Each safety question answered yes (true) or no (false); all are required.',
})
export class ScreeningSafetyInput {
  @Field(() => Boolean, { nullable: true })
  suicidalIdeation?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  suicidePlanOrIntent?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  recentSuicideAttempt?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  homicidalIdeation?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  withdrawalRisk?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  currentlyIntoxicated?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  pregnant?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  medicalEmergency?: boolean | null;
}

@InputType({ description: 'The whole screening as it should now read.' })
export class SaveIntakeScreeningInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an episode id' })
  episodeId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you read; null for the first save. A newer one answers a conflict.',
  })
  @IsOptional()
  @Min(1)
  version?: number | null;

  @Field(() => [ReasonForCall])
  reasonsForCall: ReasonForCall[];

  @Field(() => String, { nullable: true })
  reasonNote?: string | null;

  @Field(() => [ScreeningSubstanceInput])
  substances: ScreeningSubstanceInput[];

  @Field(() => ScreeningSafetyInput)
  safety: ScreeningSafetyInput;

  @Field(() => ScreeningUrgency, {
    nullable: true,
    description: 'A higher urgency than the answers call for; never lower (null: as derived).',
  })
  urgency?: ScreeningUrgency | null;

  @Field(() => String, {
    nullable: true,
    description: 'What was advised and who was told; required when a safety answer is yes.',
  })
  escalationNote?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}
