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
import { Episode } from '../episode/episode.entity.js';
import { Client } from '../client/client.entity.js';
import { CommunityResource } from '../community-resource/community-resource.entity.js';
import { Consent } from '../consent/consent.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { ConsentPurpose, ReferralStatus, ReferralUrgency } from '@waypoint/domain';
import { VersionedRecord, sqlValueList } from '../../db/columns.js';

registerEnumType(ReferralStatus, { name: 'ReferralStatus' });
registerEnumType(ReferralUrgency, { name: 'ReferralUrgency' });

/**
 * A closed-loop referral of a client, made during one episode and read through that episode's
 * access. To a directory resource or an ad-hoc provider (`recipientName` always holds the name the
 * consent must cover). Sending it is a disclosure (Rule 5): see referral-send.ts.
 */
@ObjectType({ description: 'A referral of the client to a community resource or provider.' })
@Entity()
@Check('referral_status_check', `status IN (${sqlValueList(ReferralStatus)})`)
@Check('referral_urgency_check', `urgency IN (${sqlValueList(ReferralUrgency)})`)
@Check('referral_purpose_check', `purpose IN (${sqlValueList(ConsentPurpose)})`)
@Index(['episodeId', 'createdAt'])
@Index(['status', 'dueBy'])
@Index(['goalLineageId'])
export class Referral extends VersionedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

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

  @Field(() => ID, { nullable: true, description: 'The directory entry, when referred to one.' })
  @Column({ type: 'uuid', nullable: true })
  resourceId: string | null;

  @ManyToOne(() => CommunityResource, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  resource: Relation<CommunityResource> | null;

  @Field(() => String, { description: 'Who receives the referral (the consent must name them).' })
  @Column({ type: 'text' })
  recipientName: string;

  @Field(() => String, { description: 'How to reach an ad-hoc provider.' })
  @Column({ type: 'text', default: '' })
  recipientContact: string;

  @Field(() => String)
  @Column({ type: 'text' })
  reason: string;

  @Field(() => ConsentPurpose)
  @Column({ type: 'text' })
  purpose: ConsentPurpose;

  @Field(() => String, { description: 'What will be sent (the disclosure), described.' })
  @Column({ type: 'text' })
  informationToSend: string;

  /** The plan goal it serves, by lineage (so it stays linked across plan revisions). */
  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  goalLineageId: string | null;

  @Field(() => ReferralUrgency)
  @Column({ type: 'text' })
  urgency: ReferralUrgency;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Answer expected by this day.' })
  @Column({ type: 'date', nullable: true })
  dueBy: string | null;

  @Field(() => ReferralStatus)
  @Column({ type: 'text' })
  status: ReferralStatus;

  @Field(() => ID, { nullable: true, description: 'The consent the send relied on.' })
  @Column({ type: 'uuid', nullable: true })
  consentId: string | null;

  @ManyToOne(() => Consent, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  consent: Relation<Consent> | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  sentById: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  appointmentAt: Date | null;

  @Field(() => String, { nullable: true, description: 'What came of it (on completion).' })
  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Field(() => String, { nullable: true, description: 'Why it ended early or was rejected.' })
  @Column({ type: 'text', nullable: true })
  closedReason: string | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn()
  createdBy: Relation<Staff>;
}

/** Each move of a referral: who (null for the background job), when, from, to, why. Append-only. */
@ObjectType({ description: 'A change of a referral’s status.' })
@Entity()
@Index(['referralId', 'changedAt'])
export class ReferralStatusChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  referralId: string;

  @ManyToOne(() => Referral, { onDelete: 'RESTRICT' })
  @JoinColumn()
  referral: Relation<Referral>;

  @Column({ type: 'uuid' })
  episodeId: string;

  @Field(() => ReferralStatus)
  @Column({ type: 'text' })
  fromStatus: ReferralStatus;

  @Field(() => ReferralStatus)
  @Column({ type: 'text' })
  toStatus: ReferralStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** Null when the background job made the move. */
  @Column({ type: 'uuid', nullable: true })
  changedById: string | null;

  @Field(() => GraphQLDateTimeISO)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;
}
