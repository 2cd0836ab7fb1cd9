import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { ContactMethod, FollowUpOutcome, FollowUpStatus } from '@waypoint/domain';
import { VersionedRecord, sqlValueList } from '../../db/columns.js';
import { Episode } from '../episode/episode.entity.js';
import { Client } from '../client/client.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { Assessment } from '../assessment/assessment.entity.js';
import { Discharge } from '../discharge/discharge.entity.js';

registerEnumType(FollowUpStatus, { name: 'FollowUpStatus' });
registerEnumType(FollowUpOutcome, { name: 'FollowUpOutcome' });

/**
 * One scheduled follow-up contact after discharge, and what came of it. One per episode and due
 * day, so generating the schedule twice adds nothing.
 */
@ObjectType({
  description: 'A follow-up contact after discharge: due, then done, attempted or missed.',
})
@Entity()
@Unique('follow_up_contact_episode_due_unique', ['episodeId', 'dueOn'])
@Check('follow_up_contact_status_check', `status IN (${sqlValueList(FollowUpStatus)})`)
@Check('follow_up_contact_outcome_check', `outcome IN (${sqlValueList(FollowUpOutcome)})`)
@Check('follow_up_contact_method_check', `method IN (${sqlValueList(ContactMethod)})`)
@Index(['status', 'dueOn'])
@Index('IDX_follow_up_contact_discharge', ['dischargeId'])
export class FollowUpContact extends VersionedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  dischargeId: string;

  @ManyToOne(() => Discharge, { onDelete: 'RESTRICT' })
  @JoinColumn()
  discharge: Relation<Discharge>;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  episodeId: string;

  @ManyToOne(() => Episode, { onDelete: 'RESTRICT' })
  @JoinColumn()
  episode: Relation<Episode>;

  @Column({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'RESTRICT' })
  @JoinColumn()
  client: Relation<Client>;

  @Field(() => GraphQLLocalDate)
  @Column({ type: 'date' })
  dueOn: string;

  @Field(() => FollowUpStatus)
  @Column({ type: 'text', default: 'SCHEDULED' })
  status: FollowUpStatus;

  @Field(() => ContactMethod, { nullable: true })
  @Column({ type: 'text', nullable: true })
  method: ContactMethod | null;

  @Field(() => FollowUpOutcome, { nullable: true })
  @Column({ type: 'text', nullable: true })
  outcome: FollowUpOutcome | null;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  note: string;

  @Field(() => ID, { nullable: true, description: 'The BAM given at the contact.' })
  @Column({ type: 'uuid', nullable: true })
  bamAssessmentId: string | null;

  @ManyToOne(() => Assessment, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  bamAssessment: Relation<Assessment> | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  recordedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  recordedById: string | null;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  recordedBy: Relation<Staff> | null;
}
