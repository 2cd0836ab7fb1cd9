import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLJSONObject, GraphQLLocalDate } from 'graphql-scalars';
import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import {
  MeasureDueReason,
  MeasureInstrument,
  SafetyRiskLevel,
  SeverityBand,
} from '@waypoint/domain';
import { Assessment } from '../assessment/assessment.entity.js';

registerEnumType(MeasureInstrument, {
  name: 'MeasureInstrument',
  description: 'The scored measures: PHQ-9, GAD-7, BAM.',
});
registerEnumType(MeasureDueReason, { name: 'MeasureDueReason' });

@InputType()
export class AdministerMeasureInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an episode id' })
  episodeId: string;

  @Field(() => MeasureInstrument)
  instrument: MeasureInstrument;

  @Field(() => GraphQLJSONObject, {
    description:
      'Item answers keyed by item number ("1".."9"; BAM "7a".."7g"); a skipped item is left out and makes the measure INCOMPLETE.',
  })
  answers: Record<string, unknown>;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Now when left out.' })
  @IsOptional()
  administeredAt?: Date | null;
}

@InputType()
export class RecordSafetyFollowUpInput {
  @Field(() => ID, { description: 'The flagged PHQ-9.' })
  @IsUUID('all', { message: 'must be an assessment id' })
  assessmentId: string;

  @Field(() => SafetyRiskLevel)
  riskLevel: SafetyRiskLevel;

  @Field(() => String, { description: 'The risk as assessed.' })
  @MaxLength(4000)
  riskAssessment: string;

  @Field(() => String, { description: 'The safety plan.' })
  @MaxLength(4000)
  plan: string;

  @Field(() => String, { description: 'Who was told (supervisor, crisis team, family…).' })
  @MaxLength(500)
  whoWasTold: string;
}

@ObjectType({ description: 'BAM subscale sums; null when the BAM is incomplete.' })
export class BamSubscales {
  @Field(() => Int, { nullable: true, description: 'Items 4 + 5 + 6.' })
  use: number | null;

  @Field(() => Int, { nullable: true, description: 'Items 1, 2, 3, 8, 11, 15.' })
  risk: number | null;

  @Field(() => Int, { nullable: true, description: 'Items 9, 10, 12, 13, 14, 16.' })
  protective: number | null;
}

@ObjectType()
export class SeverityBandRange {
  @Field(() => SeverityBand)
  band: SeverityBand;

  @Field(() => String)
  label: string;

  @Field(() => Int)
  min: number;

  @Field(() => Int)
  max: number;
}

@ObjectType({ description: 'Latest total minus the first complete one in this episode.' })
export class MeasureChange {
  @Field(() => Int)
  first: number;

  @Field(() => Int)
  latest: number;

  @Field(() => Int, { description: 'Negative is improvement on PHQ-9 and GAD-7.' })
  change: number;
}

@ObjectType({ description: 'One instrument over the episode: every administration, oldest first.' })
export class MeasureTrend {
  @Field(() => MeasureInstrument)
  instrument: MeasureInstrument;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true, description: 'LOINC code of the total, if published.' })
  totalLoinc: string | null;

  @Field(() => Int, { nullable: true, description: 'Highest possible total (null for the BAM).' })
  maxTotal: number | null;

  @Field(() => [SeverityBandRange], { description: 'For shading; empty for the BAM.' })
  bands: SeverityBandRange[];

  @Field(() => [Assessment])
  points: Assessment[];

  @Field(() => MeasureChange, { nullable: true, description: 'Null with fewer than two totals.' })
  changeSinceIntake: MeasureChange | null;
}

@ObjectType()
export class MeasureDue {
  @Field(() => MeasureInstrument)
  instrument: MeasureInstrument;

  @Field(() => MeasureDueReason)
  reason: MeasureDueReason;

  @Field(() => GraphQLLocalDate)
  dueDate: string;

  @Field(() => Int, { description: 'Negative when overdue.' })
  daysUntilDue: number;
}
