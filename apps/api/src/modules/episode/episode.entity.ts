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
  DischargeType,
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
registerEnumType(DischargeType, {
  name: 'DischargeType',
  description: 'How an episode in treatment ended.',
});
registerEnumType(EpisodePhase, {
  name: 'EpisodePhase',
  description: 'Groups of episode statuses.',
});

@ObjectType({ description: 'One stay of one client in one program (FHIR EpisodeOfCare).' })
@Entity()
@Check('episode_status_check', `status IN (${sqlValueList(EpisodeStatus)})`)
@Check('episode_discharge_type_check', `discharge_type IN (${sqlValueList(DischargeType)})`)
@Index(['clientId', 'openedAt'])
@Index(['programId', 'status'])
@Index(['primaryClinicianId'])
@Index('IDX_episode_program_review_due_on', ['programId', 'reviewDueOn'])
// The access scope finds a case manager's episodes as it finds a clinician's.
@Index('IDX_episode_case_manager', ['caseManagerId'])
@Index('IDX_episode_previous_episode', ['previousEpisodeId'])
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

  /** A readmission's earlier stay: the client's episode that had ended (or was in aftercare). */
  @Column({ type: 'uuid', nullable: true })
  previousEpisodeId: string | null;

  @ManyToOne(() => Episode, { onDelete: 'RESTRICT' })
  @JoinColumn()
  previousEpisode?: Relation<Episode>;

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

  @Field(() => DischargeType, {
    nullable: true,
    description: 'How treatment ended; set by the move that ended it (history in transitions).',
  })
  @Column({ type: 'text', nullable: true })
  dischargeType: DischargeType | null;

  @Field(() => String, { nullable: true, description: 'Why treatment ended, in words.' })
  @Column({ type: 'text', nullable: true })
  dischargeReason: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Current ASAM level of care recommended clinically (first from the admission ASAM; history in levelOfCareHistory).',
  })
  @Column({ type: 'text', nullable: true })
  levelOfCare: string | null;

  @Field(() => String, { nullable: true, description: 'Current ASAM level the payer authorized.' })
  @Column({ type: 'text', nullable: true })
  authorizedLevelOfCare: string | null;

  /**
   * When the level of care last actually changed (clinical or authorized). Re-saving the same
   * levels does not move it. The review clock reads it (with level_of_care_change.level_changed
   * for the full list).
   */
  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description:
      'When the level of care last changed (a re-save of the same level does not count).',
  })
  @Column({ type: 'timestamptz', nullable: true })
  levelOfCareChangedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      "A director's reason for taking a client outside the program's ages (history in transitions and the audit trail).",
  })
  @Column({ type: 'text', nullable: true })
  ageOverrideReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  ageOverrideByStaffId: string | null;

  /** Orientation items done, by key (see ORIENTATION_ITEMS), with when they were done. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  orientation: Record<string, string>;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  caseManager: Relation<Staff> | null;
}
