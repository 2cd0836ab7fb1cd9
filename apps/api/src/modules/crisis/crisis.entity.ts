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
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { CrisisAction, CrisisCaller, CrisisRiskLevel } from '@waypoint/domain';
import { VersionedRecord, sqlValueList } from '../../db/columns.js';
import { Client } from '../client/client.entity.js';
import { Episode } from '../episode/episode.entity.js';
import { Program } from '../program/program.entity.js';
import { Staff } from '../staff/staff.entity.js';

registerEnumType(CrisisRiskLevel, {
  name: 'CrisisRiskLevel',
  description: 'HIGH: brings the client’s plan review forward to the day of the contact.',
});
registerEnumType(CrisisCaller, { name: 'CrisisCaller', description: 'Who called the line.' });
registerEnumType(CrisisAction, {
  name: 'CrisisAction',
  description: 'What the on-call staff did.',
});

/**
 * One shift of the crisis line's on-call roster. Entered in the program's wall-clock time and
 * stored as instants (the domain's shiftInstants), so "who is on call now" compares instants and
 * a shift across a DST change keeps the hours the clocks showed. Not client data.
 */
@ObjectType({ description: 'Who answers the crisis line from when to when.' })
@Entity()
@Check('on_call_shift_order_check', `ends_at > starts_at`)
@Index(['programId', 'startsAt'])
export class OnCallShift extends VersionedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne(() => Program, { onDelete: 'RESTRICT' })
  @JoinColumn()
  program: Relation<Program>;

  @Column({ type: 'uuid' })
  staffId: string;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn()
  staff: Relation<Staff>;

  @Field(() => GraphQLDateTimeISO)
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Field(() => GraphQLDateTimeISO)
  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'uuid' })
  createdByStaffId: string;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn()
  createdByStaff: Relation<Staff>;
}

/**
 * A contact on the 24/7 crisis line. With a client (through the episode the caller chose), it is
 * an urgent follow-up on the primary clinician's Today until followed up; a HIGH risk contact is a
 * review-clock trigger (measure/record-triggers.ts reads it).
 */
@ObjectType({ description: 'A crisis-line contact: when, who called, the risk and what was done.' })
@Entity()
@Check('crisis_contact_risk_check', `risk_level IN (${sqlValueList(CrisisRiskLevel)})`)
@Check('crisis_contact_caller_check', `caller IN (${sqlValueList(CrisisCaller)})`)
@Check('crisis_contact_actions_check', `actions <@ ARRAY[${sqlValueList(CrisisAction)}]::text[]`)
@Index(['programId', 'occurredAt'])
@Index(['episodeId', 'occurredAt'])
@Index('IDX_crisis_contact_open_follow_up', ['episodeId'], {
  where: `follow_up_due_on IS NOT NULL AND followed_up_at IS NULL`,
})
export class CrisisContact extends VersionedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne(() => Program, { onDelete: 'RESTRICT' })
  @JoinColumn()
  program: Relation<Program>;

  @Column({ type: 'uuid', nullable: true })
  episodeId: string | null;

  @ManyToOne(() => Episode, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  episode: Relation<Episode> | null;

  @Column({ type: 'uuid', nullable: true })
  clientId: string | null;

  @ManyToOne(() => Client, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  client: Relation<Client> | null;

  @Field(() => GraphQLDateTimeISO)
  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Field(() => CrisisCaller)
  @Column({ type: 'text' })
  caller: CrisisCaller;

  @Field(() => CrisisRiskLevel)
  @Column({ type: 'text' })
  riskLevel: CrisisRiskLevel;

  @Field(() => [CrisisAction])
  @Column({ type: 'text', array: true })
  actions: CrisisAction[];

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  notes: string;

  @Column({ type: 'uuid' })
  loggedByStaffId: string;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn()
  loggedByStaff: Relation<Staff>;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'When the primary clinician follows it up (program-local); null without a client.',
  })
  @Column({ type: 'date', nullable: true })
  followUpDueOn: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  followedUpAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  followedUpByStaffId: string | null;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  followedUpByStaff: Relation<Staff> | null;
}
