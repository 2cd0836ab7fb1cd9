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
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { ClinicalSessionKind, ClinicalSessionStatus, SessionModality } from '@waypoint/domain';
import { sqlValueList } from '../../db/columns.js';
import { Episode } from '../episode/episode.entity.js';
import { StaffAuditedRecord, TherapyGroup } from '../group/group.entity.js';
import { Program } from '../program/program.entity.js';
import { Staff } from '../staff/staff.entity.js';

registerEnumType(ClinicalSessionKind, { name: 'ClinicalSessionKind' });
registerEnumType(ClinicalSessionStatus, { name: 'ClinicalSessionStatus' });
registerEnumType(SessionModality, { name: 'SessionModality' });

/**
 * A session the clinic delivers (FHIR Encounter): a group meeting generated from the group's
 * schedule (one per group and date, so regenerating adds nothing twice), or an individual,
 * family, case-management or intake session booked on one episode. Named ClinicalSession because
 * `MySession` is the sign-in session.
 */
@ObjectType({ description: 'A group meeting or a session booked for one client.' })
@Entity()
@Check('clinical_session_kind_check', `kind IN (${sqlValueList(ClinicalSessionKind)})`)
@Check('clinical_session_status_check', `status IN (${sqlValueList(ClinicalSessionStatus)})`)
@Check('clinical_session_modality_check', `modality IN (${sqlValueList(SessionModality)})`)
@Check('clinical_session_times_check', 'ends_at > starts_at')
@Check(
  'clinical_session_subject_check',
  `(kind = 'GROUP' AND group_id IS NOT NULL AND occurrence_date IS NOT NULL AND episode_id IS NULL) OR (kind <> 'GROUP' AND group_id IS NULL AND episode_id IS NOT NULL)`,
)
@Unique('clinical_session_group_occurrence', ['groupId', 'occurrenceDate'])
@Index(['programId', 'startsAt'])
@Index(['episodeId', 'startsAt'])
export class ClinicalSession extends StaffAuditedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne(() => Program, { onDelete: 'RESTRICT' })
  @JoinColumn()
  program: Relation<Program>;

  @Field(() => ClinicalSessionKind)
  @Column({ type: 'text' })
  kind: ClinicalSessionKind;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  groupId: string | null;

  @ManyToOne(() => TherapyGroup, { onDelete: 'RESTRICT' })
  @JoinColumn()
  group: Relation<TherapyGroup> | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'The schedule date a group session was generated for.',
  })
  @Column({ type: 'date', nullable: true })
  occurrenceDate: string | null;

  @Column({ type: 'uuid', nullable: true })
  episodeId: string | null;

  @ManyToOne(() => Episode, { onDelete: 'RESTRICT' })
  @JoinColumn()
  episode: Relation<Episode> | null;

  @Field(() => GraphQLDateTimeISO)
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Field(() => GraphQLDateTimeISO)
  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Field(() => ClinicalSessionStatus)
  @Column({ type: 'text' })
  status: ClinicalSessionStatus;

  @Field(() => SessionModality)
  @Column({ type: 'text' })
  modality: SessionModality;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Field(() => Boolean, {
    description: 'Moved or changed by hand: the group’s schedule no longer moves or removes it.',
  })
  @Column({ type: 'boolean', default: false })
  setByHand: boolean;
}

/** A member of staff who runs a session (a group session copies its group's facilitators). */
@Entity()
@Index(['staffId'])
export class ClinicalSessionStaff {
  @PrimaryColumn({ type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ type: 'uuid' })
  staffId: string;

  @ManyToOne(() => ClinicalSession, { onDelete: 'CASCADE' })
  @JoinColumn()
  session: Relation<ClinicalSession>;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn()
  staff: Relation<Staff>;
}

/** A family member (or other support) taking part in a session, named with their relation. */
@ObjectType({ description: 'Someone other than the client taking part, e.g. a parent.' })
@Entity()
@Index(['sessionId'])
export class ClinicalSessionParticipant {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => ClinicalSession, { onDelete: 'CASCADE' })
  @JoinColumn()
  session: Relation<ClinicalSession>;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { description: 'e.g. mother, partner, sponsor.' })
  @Column({ type: 'text' })
  relation: string;
}
