import {
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
import { AdmissionDecision, EpisodeStatus } from '@waypoint/domain';
import { Episode } from './episode.entity.js';

registerEnumType(AdmissionDecision, {
  name: 'AdmissionDecision',
  description: 'The goodness-of-fit decision made after assessment.',
});

/** One move of an episode through its lifecycle: who, when, why. Append-only. */
@ObjectType()
@Entity()
@Index(['episodeId', 'occurredAt'])
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

  @Column({ type: 'uuid' })
  actorStaffId: string;

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

  @Column({ type: 'uuid' })
  changedByStaffId: string;

  @Field(() => GraphQLDateTimeISO)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;
}
