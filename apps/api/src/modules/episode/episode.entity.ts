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
import { GraphQLDateTimeISO } from 'graphql-scalars';
import {
  AdmissionDecision,
  EpisodePhase,
  EpisodeStatus,
  type ReviewDueReason,
} from '@waypoint/domain';
import { VersionedRecord, sqlValueList } from '../../db/columns.js';
import { Client } from '../client/client.entity.js';
import { Program } from '../program/program.entity.js';
import { Staff } from '../staff/staff.entity.js';

registerEnumType(EpisodeStatus, {
  name: 'EpisodeStatus',
  description: 'Lifecycle state of an episode of care.',
});
registerEnumType(EpisodePhase, {
  name: 'EpisodePhase',
  description: 'Groups of episode statuses.',
});

@ObjectType({ description: 'One stay of one client in one program (FHIR EpisodeOfCare).' })
@Entity()
@Check('episode_status_check', `status IN (${sqlValueList(EpisodeStatus)})`)
@Index(['clientId', 'openedAt'])
@Index(['programId', 'status'])
@Index(['primaryClinicianId'])
@Index('IDX_episode_program_review_due_on', ['programId', 'reviewDueOn'])
// The access scope finds a case manager's episodes as it finds a clinician's.
@Index('IDX_episode_case_manager', ['caseManagerId'])
export class Episode extends VersionedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'RESTRICT' })
  @JoinColumn()
  client: Relation<Client>;

  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne(() => Program, { onDelete: 'RESTRICT' })
  @JoinColumn()
  program: Relation<Program>;

  @Field(() => EpisodeStatus)
  @Column({ type: 'text' })
  status: EpisodeStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Who referred the client (court, physician, self…).',
  })
  @Column({ type: 'text', nullable: true })
  referralSource: string | null;

  @Field(() => GraphQLDateTimeISO, { description: 'When the first inquiry was made.' })
  @Column({ type: 'timestamptz' })
  openedAt: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  admittedAt: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  dischargedAt: Date | null;

  // The review clock, computed by the domain's nextReviewDue on each write that changes it and
  // stored for set-based reads (treatment-plan/plan-clock.ts). Null while no clock runs.
  @Column({ type: 'date', nullable: true })
  reviewDueOn: string | null;

  @Column({ type: 'text', nullable: true })
  reviewDueReason: ReviewDueReason | null;

  @Column({ type: 'date', nullable: true })
  reviewScheduledOn: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewTriggeredAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  primaryClinicianId: string | null;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  primaryClinician: Relation<Staff> | null;

  @Column({ type: 'uuid', nullable: true })
  caseManagerId: string | null;

  /** The latest admission decision (history in episode_transition). */
  @Field(() => AdmissionDecision, { nullable: true })
  @Column({ type: 'text', nullable: true })
  admissionDecision: AdmissionDecision | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  admissionRationale: string | null;

  /** Orientation items done, by key (see ORIENTATION_ITEMS), with when they were done. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  orientation: Record<string, string>;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  caseManager: Relation<Staff> | null;
}
