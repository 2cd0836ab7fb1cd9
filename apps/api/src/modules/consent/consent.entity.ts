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
import { Staff } from '../staff/staff.entity.js';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { ConsentPurpose, ConsentStatus } from '@waypoint/domain';
import { VersionedRecord, sqlValueList } from '../../db/columns.js';

registerEnumType(ConsentStatus, { name: 'ConsentStatus' });
registerEnumType(ConsentPurpose, {
  name: 'ConsentPurpose',
  description:
    'TREATMENT, PAYMENT and HEALTH_CARE_OPERATIONS (TPO) may be covered by the general designation; the others need a named recipient.',
});

@ObjectType({ description: 'A recipient named on a consent.' })
export class ConsentRecipient {
  @Field(() => String)
  name: string;

  @Field(() => ID, { nullable: true, description: 'The directory resource it was chosen from.' })
  resourceId: string | null;

  @Field(() => Boolean, { description: 'A HIPAA covered entity or business associate.' })
  coveredEntity: boolean;
}

/**
 * A written consent under 42 CFR Part 2 (§2.31, as amended in 2024), given during one episode and
 * read through that episode's access. Written PENDING_SIGNATURE, then signed (ACTIVE) or declined;
 * ends EXPIRED (date or event) or REVOKED (dated, with reason). Its elements are never edited
 * after signature: a change is a new consent.
 */
@ObjectType({ description: 'A 42 CFR Part 2 consent to disclose.' })
@Entity()
@Check('consent_status_check', `status IN (${sqlValueList(ConsentStatus)})`)
@Index(['episodeId', 'createdAt'])
export class Consent extends VersionedRecord {
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

  @Field(() => ConsentStatus)
  @Column({ type: 'text' })
  status: ConsentStatus;

  @Field(() => String, { description: '§2.31(a)(2): who may make the disclosure.' })
  @Column({ type: 'text' })
  disclosingParty: string;

  @Field(() => String, { description: '§2.31(a)(3): what information, described specifically.' })
  @Column({ type: 'text' })
  informationDescription: string;

  @Field(() => [ConsentRecipient], { description: '§2.31(a)(4): recipients by name.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  recipients: ConsentRecipient[];

  @Field(() => Boolean, {
    description: 'One consent for all future TPO uses, to the general designation.',
  })
  @Column({ type: 'boolean', default: false })
  generalDesignation: boolean;

  @Field(() => [ConsentPurpose], { description: '§2.31(a)(5).' })
  @Column({ type: 'text', array: true })
  purposes: ConsentPurpose[];

  @Field(() => String)
  @Column({ type: 'text' })
  purposeDescription: string;

  @Field(() => String, { description: '§2.31(a)(6): the right to revoke and how.' })
  @Column({ type: 'text' })
  revocationStatement: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  redisclosureStatement: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day it holds.' })
  @Column({ type: 'date', nullable: true })
  expiresOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  expiryEvent: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  expiryEventOccurredAt: Date | null;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  includesCounselingNotes: boolean;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  guardianSignatureRequired: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  signedByName: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  signedOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  guardianName: string | null;

  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: 'When the signature was recorded.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  signedAt: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  declinedAt: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  revocationReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  revokedById: string | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn()
  createdBy: Relation<Staff>;
}
