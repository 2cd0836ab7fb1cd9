import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import {
  ReasonForCall,
  ScreeningSubstance,
  ScreeningUrgency,
  UseFrequency,
  UseRoute,
  ESCALATION_STEPS,
  SAFETY_QUESTIONS,
  type EscalationStep as EscalationStepKey,
  type SafetyQuestion as SafetyQuestionKey,
} from '@waypoint/domain';
import { VersionedRecord, sqlValueList } from '../../db/columns.js';
import { Episode } from '../episode/episode.entity.js';

/** GraphQL enums from the domain's lists, so the schema and the rules name the same codes. */
const enumOf = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, k])) as { [P in K]: P };
export const EscalationStep = enumOf(Object.keys(ESCALATION_STEPS) as EscalationStepKey[]);
export const SafetyQuestion = enumOf<SafetyQuestionKey>(SAFETY_QUESTIONS.map((q) => q.key));

registerEnumType(ReasonForCall, { name: 'ReasonForCall', description: 'Why the person called.' });
registerEnumType(ScreeningSubstance, { name: 'ScreeningSubstance' });
registerEnumType(UseRoute, { name: 'UseRoute', description: 'How a substance is used.' });
registerEnumType(UseFrequency, { name: 'UseFrequency', description: 'How often, lately.' });
registerEnumType(ScreeningUrgency, {
  name: 'ScreeningUrgency',
  description: 'ROUTINE, URGENT (seen the same day) or EMERGENT (act now).',
});
registerEnumType(EscalationStep, {
  name: 'EscalationStep',
  description: 'What the screener does when a safety answer is positive (texts in the domain).',
});
registerEnumType(SafetyQuestion, { name: 'SafetyQuestion' });

@ObjectType({ description: 'One substance the person uses, as told at screening.' })
export class ScreeningSubstanceUse {
  @Field(() => ScreeningSubstance)
  substance: ScreeningSubstance;

  @Field(() => String, { nullable: true, description: 'The name, for OTHER.' })
  otherSubstance: string | null;

  @Field(() => UseRoute)
  route: UseRoute;

  @Field(() => UseFrequency)
  frequency: UseFrequency;

  @Field(() => GraphQLLocalDate)
  lastUseOn: string;

  @Field(() => Int, { nullable: true })
  ageAtFirstUse: number | null;
}

@ObjectType({ description: 'The safety questions, each answered yes (true) or no (false).' })
export class ScreeningSafety {
  @Field(() => Boolean)
  suicidalIdeation: boolean;

  @Field(() => Boolean)
  suicidePlanOrIntent: boolean;

  @Field(() => Boolean)
  recentSuicideAttempt: boolean;

  @Field(() => Boolean)
  homicidalIdeation: boolean;

  @Field(() => Boolean, { description: 'Seizure or DT history, or withdrawal now.' })
  withdrawalRisk: boolean;

  @Field(() => Boolean)
  currentlyIntoxicated: boolean;

  @Field(() => Boolean)
  pregnant: boolean;

  @Field(() => Boolean)
  medicalEmergency: boolean;
}

/**
 * The intake screening of an episode: one per episode, edited (versioned) until admission.
 * Screenings made before it had structure keep their free-text note as `notes` and have no
 * safety answers (`structured` false).
 */
@ObjectType({ description: 'The intake screening of an episode.' })
@Entity()
@Index(['episodeId'], { unique: true })
@Check('intake_screening_urgency_check', `urgency IN (${sqlValueList(ScreeningUrgency)})`)
export class IntakeScreening extends VersionedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  episodeId: string;

  @OneToOne(() => Episode, { onDelete: 'RESTRICT' })
  @JoinColumn()
  episode: Relation<Episode>;

  @Field(() => [ReasonForCall])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  reasonsForCall: ReasonForCall[];

  @Field(() => String, { nullable: true, description: 'The reason in words (required for OTHER).' })
  @Column({ type: 'text', nullable: true })
  reasonNote: string | null;

  @Field(() => [ScreeningSubstanceUse])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  substances: ScreeningSubstanceUse[];

  @Field(() => ScreeningSafety, {
    nullable: true,
    description: 'Null on screenings made before the questions were asked.',
  })
  @Column({ type: 'jsonb', nullable: true })
  safety: ScreeningSafety | null;

  @Field(() => ScreeningUrgency, {
    nullable: true,
    description: 'How soon: never below what the safety answers call for.',
  })
  @Column({ type: 'text', nullable: true })
  urgency: ScreeningUrgency | null;

  @Field(() => Boolean, { description: 'A safety answer is positive (see escalations).' })
  @Column({ type: 'boolean', default: false })
  escalated: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Anything else from the call; on older screenings, their whole note.',
  })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedByStaffId: string | null;
}

/**
 * An escalation as it was handled: the positive answers, the urgency and steps the rule called
 * for, and what the screener advised and whom they told. Append-only: a later save that changes
 * the escalation adds a row, so each one stays as it was recorded.
 */
@ObjectType({ description: 'An escalated screening as handled: who, when, what was advised.' })
@Entity('intake_screening_escalation')
@Index(['screeningId', 'recordedAt'])
@Check(
  'intake_screening_escalation_urgency_check',
  `urgency IN (${sqlValueList(ScreeningUrgency)})`,
)
export class ScreeningEscalation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  screeningId: string;

  @ManyToOne(() => IntakeScreening, { onDelete: 'RESTRICT' })
  @JoinColumn()
  screening: Relation<IntakeScreening>;

  @Column({ type: 'uuid' })
  episodeId: string;

  @Field(() => ScreeningUrgency)
  @Column({ type: 'text' })
  urgency: ScreeningUrgency;

  @Field(() => [SafetyQuestion], { description: 'The questions answered yes.' })
  @Column({ type: 'text', array: true })
  positiveAnswers: SafetyQuestionKey[];

  @Field(() => [EscalationStep], { description: 'The steps the rule called for, in order.' })
  @Column({ type: 'text', array: true })
  steps: EscalationStepKey[];

  @Field(() => String, { description: 'What was advised and who was told.' })
  @Column({ type: 'text' })
  advised: string;

  @Field(() => GraphQLDateTimeISO)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;

  @Column({ type: 'uuid' })
  recordedByStaffId: string;
}
