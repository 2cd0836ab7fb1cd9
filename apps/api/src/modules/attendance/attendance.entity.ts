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
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { AttendanceStatus } from '@waypoint/domain';
import { VersionedRecord, sqlValueList } from '../../db/columns.js';
import { Client } from '../client/client.entity.js';
import { ClinicalSession } from '../clinical-session/clinical-session.entity.js';
import { Episode } from '../episode/episode.entity.js';
import { Staff } from '../staff/staff.entity.js';

registerEnumType(AttendanceStatus, {
  name: 'AttendanceStatus',
  description: 'How a client attended one session (Rule 3).',
});

/** One client's attendance at one session, with the minutes attended. */
@ObjectType({ description: 'A client’s attendance at one session.' })
@Entity()
@Unique('attendance_once', ['sessionId', 'episodeId'])
@Check('attendance_minutes_check', 'minutes >= 0')
@Check('attendance_status_check', `status IN (${sqlValueList(AttendanceStatus)})`)
@Index('IDX_attendance_episode', ['episodeId', 'status'])
export class Attendance extends VersionedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => ClinicalSession, { onDelete: 'RESTRICT' })
  @JoinColumn()
  session: Relation<ClinicalSession>;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  episodeId: string;

  @ManyToOne(() => Episode, { onDelete: 'RESTRICT' })
  @JoinColumn()
  episode: Relation<Episode>;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'RESTRICT' })
  @JoinColumn()
  client: Relation<Client>;

  @Field(() => AttendanceStatus)
  @Column({ type: 'text' })
  status: AttendanceStatus;

  @Field(() => Int)
  @Column({ type: 'int' })
  minutes: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  absenceReason: string | null;

  @Column({ type: 'uuid' })
  recordedById: string;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn()
  recordedBy: Relation<Staff>;

  @Field(() => GraphQLDateTimeISO)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}
