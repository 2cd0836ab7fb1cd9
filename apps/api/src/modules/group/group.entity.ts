import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import {
  EnrollmentMode,
  EnrollmentStatus,
  GroupFormat,
  GroupTopic,
  ScheduleExceptionKind,
} from '@waypoint/domain';
import { VersionedRecord, sqlValueList } from '../../db/columns.js';
import { Client } from '../client/client.entity.js';
import { Episode } from '../episode/episode.entity.js';
import { Program } from '../program/program.entity.js';
import { Staff } from '../staff/staff.entity.js';

registerEnumType(GroupFormat, { name: 'GroupFormat' });
registerEnumType(GroupTopic, { name: 'GroupTopic' });
registerEnumType(EnrollmentMode, {
  name: 'EnrollmentMode',
  description: 'OPEN: rolling admission. CLOSED: new members only on or before the start date.',
});
registerEnumType(EnrollmentStatus, { name: 'EnrollmentStatus' });
registerEnumType(ScheduleExceptionKind, { name: 'ScheduleExceptionKind' });

/** Who created and last changed a record (the audit trail has the full story). */
@ObjectType()
export abstract class StaffAuditedRecord extends VersionedRecord {
  @Column({ type: 'uuid' })
  createdByStaffId: string;

  @Column({ type: 'uuid' })
  updatedByStaffId: string;
}

/**
 * A therapy group that meets on a weekly schedule in its program's time zone. Called
 * `therapy_group` in SQL because GROUP is a reserved word.
 */
@ObjectType('Group', { description: 'A therapy group meeting on a weekly schedule.' })
@Entity('therapy_group')
@Check('therapy_group_format_check', `format IN (${sqlValueList(GroupFormat)})`)
@Check('therapy_group_topic_check', `topic IN (${sqlValueList(GroupTopic)})`)
@Check(
  'therapy_group_enrollment_mode_check',
  `enrollment_mode IN (${sqlValueList(EnrollmentMode)})`,
)
@Check('therapy_group_capacity_check', 'capacity > 0')
@Check('therapy_group_times_check', 'end_time > start_time')
@Check('therapy_group_dates_check', 'ends_on IS NULL OR ends_on >= starts_on')
@Check(
  'therapy_group_weekdays_check',
  `cardinality(weekdays) > 0 AND weekdays <@ ARRAY[1,2,3,4,5,6,7]::smallint[]`,
)
@Index(['programId', 'active'])
export class TherapyGroup extends StaffAuditedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne(() => Program, { onDelete: 'RESTRICT' })
  @JoinColumn()
  program: Relation<Program>;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => GroupFormat)
  @Column({ type: 'text' })
  format: GroupFormat;

  @Field(() => GroupTopic)
  @Column({ type: 'text' })
  topic: GroupTopic;

  @Field(() => Int, { description: 'Most active members at once.' })
  @Column({ type: 'int' })
  capacity: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  telehealthUrl: string | null;

  @Field(() => EnrollmentMode)
  @Column({ type: 'text' })
  enrollmentMode: EnrollmentMode;

  @Field(() => GraphQLLocalDate)
  @Column({ type: 'date' })
  startsOn: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Field(() => [Int], { description: 'ISO weekdays the group meets, Monday = 1 … Sunday = 7.' })
  @Column({ type: 'smallint', array: true })
  weekdays: number[];

  @Field(() => String, { description: 'Local start time (HH:MM) in the program’s time zone.' })
  @Column({ type: 'time' })
  startTime: string;

  @Field(() => String, { description: 'Local end time (HH:MM) in the program’s time zone.' })
  @Column({ type: 'time' })
  endTime: string;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: true })
  active: boolean;
}

/** One of the clinicians who run a group. */
@Entity()
@Index(['staffId'])
export class GroupFacilitator {
  @PrimaryColumn({ type: 'uuid' })
  groupId: string;

  @PrimaryColumn({ type: 'uuid' })
  staffId: string;

  @ManyToOne(() => TherapyGroup, { onDelete: 'CASCADE' })
  @JoinColumn()
  group: Relation<TherapyGroup>;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn()
  staff: Relation<Staff>;
}

@ObjectType({ description: 'A date a group does not meet (holiday or cancellation).' })
@Entity()
@Check('group_schedule_exception_kind_check', `kind IN (${sqlValueList(ScheduleExceptionKind)})`)
@Unique('group_schedule_exception_once', ['groupId', 'onDate'])
export class GroupScheduleException {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne(() => TherapyGroup, { onDelete: 'CASCADE' })
  @JoinColumn()
  group: Relation<TherapyGroup>;

  @Field(() => GraphQLLocalDate)
  @Column({ type: 'date' })
  onDate: string;

  @Field(() => ScheduleExceptionKind)
  @Column({ type: 'text' })
  kind: ScheduleExceptionKind;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field(() => GraphQLDateTimeISO)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'uuid' })
  createdByStaffId: string;
}

/** A client's membership of a group during one episode; the waitlist is ordered by `waitlistedAt`. */
@ObjectType({ description: 'A client’s place in a group, or on its waitlist.' })
@Entity()
@Check('group_enrollment_status_check', `status IN (${sqlValueList(EnrollmentStatus)})`)
@Check('group_enrollment_dates_check', 'ends_on IS NULL OR ends_on >= starts_on')
@Index(['groupId', 'status', 'waitlistedAt'])
@Index(['clientId'])
@Index(['episodeId'])
// A client holds at most one open place (active or waitlisted) in a group.
@Index('group_enrollment_open_once', ['groupId', 'clientId'], {
  unique: true,
  where: `status IN ('WAITLISTED', 'ACTIVE')`,
})
export class GroupEnrollment extends StaffAuditedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne(() => TherapyGroup, { onDelete: 'RESTRICT' })
  @JoinColumn()
  group: Relation<TherapyGroup>;

  @Column({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'RESTRICT' })
  @JoinColumn()
  client: Relation<Client>;

  @Column({ type: 'uuid' })
  episodeId: string;

  @ManyToOne(() => Episode, { onDelete: 'RESTRICT' })
  @JoinColumn()
  episode: Relation<Episode>;

  @Field(() => EnrollmentStatus)
  @Column({ type: 'text' })
  status: EnrollmentStatus;

  @Field(() => GraphQLLocalDate)
  @Column({ type: 'date' })
  startsOn: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: 'When the client joined the waitlist; the earliest is offered the next place.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  waitlistedAt: Date | null;
}
