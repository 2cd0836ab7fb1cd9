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
import { AdmissionDecision, DischargeType, EpisodeStatus, StaffRole } from '@waypoint/domain';
import { sqlValueList } from '../../db/columns.js';
import '../staff/staff.entity.js';
import { Episode } from './episode.entity.js';

registerEnumType(AdmissionDecision, {
  name: 'AdmissionDecision',
  description: 'The goodness-of-fit decision made after assessment.',
});

/** One move of an episode through its lifecycle: who, when, why. Append-only. */
@ObjectType()
@Entity()
@Index(['episodeId', 'occurredAt'])
@Check(
  'episode_transition_discharge_type_check',
  `discharge_type IN (${sqlValueList(DischargeType)})`,
)
export class EpisodeTransition {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  episodeId: string;

  @ManyToOne(() => Episode, { onDelete: 'RESTRICT' })
  @JoinColumn()
  episode: Relation<Episode>;

  @Field(() => EpisodeStatus)
  @Column({ type: 'text' })
  fromStatus: EpisodeStatus;

  @Field(() => EpisodeStatus)
  @Column({ type: 'text' })
  toStatus: EpisodeStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field(() => AdmissionDecision, { nullable: true })
  @Column({ type: 'text', nullable: true })
  admissionDecision: AdmissionDecision | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  admissionRationale: string | null;

  @Field(() => DischargeType, {
    nullable: true,
    description: 'Set on the move that ended treatment.',
  })
  @Column({ type: 'text', nullable: true })
  dischargeType: DischargeType | null;

  @Field(() => String, {
    nullable: true,
    description: "A director's reason for making this move outside the program's ages.",
  })
  @Column({ type: 'text', nullable: true })
  ageOverrideReason: string | null;

  @Column({ type: 'uuid' })
  actorStaffId: string;

  @Field(() => StaffRole, {
    nullable: true,
    description:
      'The role in the program under which the move was made (e.g. CLINICIAN for an admission).',
  })
  @Column({ type: 'text', nullable: true })
  actorRole: StaffRole | null;

  @Field(() => GraphQLDateTimeISO)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;
}

/** Level of care over time: what the clinicians recommend and what the payer authorized. */
@ObjectType()
@Entity()
@Index(['episodeId', 'changedAt'])
export class LevelOfCareChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  episodeId: string;

  @ManyToOne(() => Episode, { onDelete: 'RESTRICT' })
  @JoinColumn()
  episode: Relation<Episode>;

  @Field(() => String, { description: 'ASAM level recommended clinically, e.g. 2.1' })
  @Column({ type: 'text' })
  clinicalLevel: string;

  @Field(() => String, { nullable: true, description: 'ASAM level the payer authorized.' })
  @Column({ type: 'text', nullable: true })
  authorizedLevel: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field(() => Boolean, {
    description:
      'Whether this record changed the level (clinical or authorized); a re-save of the same levels does not, and does not bring a plan review forward.',
  })
  @Column({ type: 'boolean', default: true })
  levelChanged: boolean;

  /** The ASAM administration that recommended this level (the admission's first level). */
  @Column({ type: 'uuid', nullable: true })
  assessmentId: string | null;

  @Column({ type: 'uuid' })
  changedByStaffId: string;

  @Field(() => GraphQLDateTimeISO)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;
}
