import { Check, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FollowUpCadence, Population } from '@waypoint/domain';
import { VersionedRecord, numericTransformer } from '../../db/columns.js';

registerEnumType(Population, { name: 'Population', description: 'Who a program serves.' });

@ObjectType({ description: 'An IOP program (FHIR HealthcareService) and its clinical settings.' })
@Entity()
@Check('program_population_check', `population IN ('ADULT', 'ADOLESCENT')`)
@Check('program_age_range_check', 'min_age IS NULL OR max_age IS NULL OR min_age <= max_age')
@Check('program_care_team_read_days_check', `care_team_read_days_after_discharge BETWEEN 0 AND 365`)
@Check('program_measure_interval_days_check', `measure_interval_days BETWEEN 0 AND 180`)
@Check('program_resource_reverify_days_check', `resource_reverify_days BETWEEN 7 AND 730`)
@Check('program_follow_up_cadence_check', `follow_up_cadence IN ('WEEKLY', 'BIWEEKLY')`)
@Check('program_follow_up_period_days_check', `follow_up_period_days BETWEEN 1 AND 365`)
export class Program extends VersionedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'Short unique code, e.g. ADULT-IOP.' })
  @Column({ type: 'text', unique: true })
  code: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => Population)
  @Column({ type: 'text' })
  population: Population;

  @Field(() => Int, {
    nullable: true,
    description:
      'Youngest age (whole years) the program takes, on the inquiry and admission dates.',
  })
  @Column({ type: 'int', nullable: true })
  minAge: number | null;

  @Field(() => Int, { nullable: true, description: 'Oldest age (whole years) the program takes.' })
  @Column({ type: 'int', nullable: true })
  maxAge: number | null;

  @Field(() => String, { description: 'IANA time zone in which the program keeps its weeks.' })
  @Column({ type: 'text' })
  timeZone: string;

  @Field(() => String, { description: 'ASAM level of care, 2.1 for intensive outpatient.' })
  @Column({ type: 'text', default: '2.1' })
  asamLevel: string;

  @Field(() => Float)
  @Column({ type: 'numeric', precision: 4, scale: 1, transformer: numericTransformer })
  weeklyHoursTarget: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  minimumDaysPerWeek: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  planReviewIntervalDays: number;

  @Field(() => Int, { description: 'Days after admission by which the first plan is due.' })
  @Column({ type: 'int' })
  initialPlanDueDays: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  maxGroupSize: number;

  @Field(() => Boolean, {
    description:
      'Whether a treatment plan also needs a director’s co-signature (as supervisor) to take effect.',
  })
  @Column({ type: 'boolean', default: false })
  requiresSupervisorSignature: boolean;

  @Field(() => Int, {
    description:
      'Days after an episode ends during which its care team may still read it (not change it).',
  })
  @Column({ type: 'int', default: 30 })
  careTeamReadDaysAfterDischarge: number;

  @Field(() => Int, {
    description:
      'PHQ-9, GAD-7 and BAM are repeated every this many days in treatment; 0: at admission and discharge only.',
  })
  @Column({ type: 'int', default: 30 })
  measureIntervalDays: number;

  @Field(() => FollowUpCadence, {
    description: 'How discharged clients are followed up unless their discharge sets otherwise.',
  })
  @Column({ type: 'text', default: 'WEEKLY' })
  followUpCadence: FollowUpCadence;

  @Field(() => Int, {
    description: 'Days after discharge that follow-up contacts are scheduled for.',
  })
  @Column({ type: 'int', default: 90 })
  followUpPeriodDays: number;

  @Field(() => Boolean, {
    description:
      'Whether everyone here whose role reads client records must sign in with an authenticator code (MFA).',
  })
  @Column({ type: 'boolean', default: false })
  mfaRequired: boolean;

  @Field(() => Int, {
    description:
      'A community resource needs re-verification this many days after its details were last checked.',
  })
  @Column({ type: 'int', default: 180 })
  resourceReverifyDays: number;
}
