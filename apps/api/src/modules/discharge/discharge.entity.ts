import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { ContactMethod, DischargeType, FollowUpCadence } from '@waypoint/domain';
import { VersionedRecord, sqlValueList } from '../../db/columns.js';
import { Episode } from '../episode/episode.entity.js';
import { Client } from '../client/client.entity.js';
import { Staff } from '../staff/staff.entity.js';

registerEnumType(FollowUpCadence, { name: 'FollowUpCadence' });
registerEnumType(ContactMethod, { name: 'ContactMethod' });

@ObjectType({ description: 'Someone the client calls in a crisis.' })
export class CrisisPlanContact {
  @Field(() => String)
  name: string;

  @Field(() => String)
  phone: string;
}

@ObjectType({
  description: 'What the client takes with them: relapse prevention, crisis plan, supports.',
})
export class AftercarePlan {
  @Field(() => [String], { description: 'Relapse triggers, in the client’s own words.' })
  triggers: string[];

  @Field(() => [String], { description: 'Coping steps, in the client’s own words.' })
  copingSteps: string[];

  @Field(() => String)
  crisisPlan: string;

  @Field(() => [CrisisPlanContact])
  crisisContacts: CrisisPlanContact[];

  @Field(() => [String], {
    description: 'Mutual-support meetings (AA, NA, SMART…), when and where.',
  })
  mutualSupportMeetings: string[];

  @Field(() => String, { description: 'Medication-assisted treatment: who continues it, or none.' })
  medicationContinuity: string;

  @Field(() => [ID], { description: 'Referrals of this episode that carry aftercare.' })
  referralIds: string[];
}

@ObjectType({ description: 'The attempt to reach a client who left before discharge.' })
export class AttemptedContact {
  @Field(() => GraphQLDateTimeISO)
  attemptedAt: string;

  @Field(() => ContactMethod)
  method: ContactMethod;

  @Field(() => String)
  note: string;
}

@ObjectType({
  description:
    'The discharge summary: assembled from the chart at discharge, editable until signed, then fixed.',
})
export class DischargeSummary {
  @Field(() => String)
  courseOfTreatment: string;

  @Field(() => String, { description: 'Progress on each problem of the plan, with goal outcomes.' })
  progressByProblem: string;

  @Field(() => String, { description: 'PHQ-9, GAD-7 and BAM at admission and at discharge.' })
  measures: string;

  @Field(() => String)
  lastScreens: string;

  @Field(() => String)
  attendance: string;

  @Field(() => String)
  levelOfCare: string;

  @Field(() => String)
  recommendations: string;
}

/**
 * One episode's discharge (Rule 6): type and reason, the aftercare plan (planned discharges) or
 * the attempt to reach the client (when they left), the follow-up period, and the summary that is
 * signed like a note. The period's first due day and end are stored when the discharge is written
 * (the domain computes them) so the aftercare job reads columns instead of redoing the rule.
 */
@ObjectType({ description: 'How an episode ended and what comes after it.' })
@Entity()
@Check('discharge_type_check', `discharge_type IN (${sqlValueList(DischargeType)})`)
@Check('discharge_cadence_check', `follow_up_cadence IN (${sqlValueList(FollowUpCadence)})`)
@Index(['followUpEndsOn'])
export class Discharge extends VersionedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid', unique: true })
  episodeId: string;

  @ManyToOne(() => Episode, { onDelete: 'RESTRICT' })
  @JoinColumn()
  episode: Relation<Episode>;

  @Column({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'RESTRICT' })
  @JoinColumn()
  client: Relation<Client>;

  @Field(() => DischargeType)
  @Column({ type: 'text' })
  dischargeType: DischargeType;

  @Field(() => String)
  @Column({ type: 'text' })
  reason: string;

  @Field(() => GraphQLDateTimeISO)
  @Column({ type: 'timestamptz' })
  dischargedAt: Date;

  @Field(() => AftercarePlan, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  aftercarePlan: AftercarePlan | null;

  @Field(() => AttemptedContact, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  attemptedContact: AttemptedContact | null;

  @Field(() => FollowUpCadence, {
    nullable: true,
    description: 'None when no follow-up is scheduled.',
  })
  @Column({ type: 'text', nullable: true })
  followUpCadence: FollowUpCadence | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  followUpPeriodDays: number;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  firstFollowUpOn: string | null;

  @Field(() => GraphQLLocalDate, { description: 'The last day of the follow-up period.' })
  @Column({ type: 'date' })
  followUpEndsOn: string;

  @Field(() => DischargeSummary)
  @Column({ type: 'jsonb' })
  summary: DischargeSummary;

  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: 'Signed summaries never change.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  summarySignedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  summarySignedById: string | null;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  summarySignedBy: Relation<Staff> | null;

  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description:
      'Set when three follow-ups in a row did not reach the client; cleared when one does.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  outreachFlaggedAt: Date | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn()
  createdBy: Relation<Staff>;
}
