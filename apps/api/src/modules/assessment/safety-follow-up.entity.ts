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
import { SafetyRiskLevel } from '@waypoint/domain';
import { sqlValueList } from '../../db/columns.js';
import { Episode } from '../episode/episode.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { Assessment } from './assessment.entity.js';

registerEnumType(SafetyRiskLevel, { name: 'SafetyRiskLevel' });

/**
 * The clinician's answer to a safety flag: risk assessed, plan, who was told. One per flagged
 * administration; written once and never changed (the table is insert-only for the API role).
 */
@ObjectType({ description: 'A safety follow-up: it clears the safety flag of one measure.' })
@Entity()
@Check('safety_follow_up_risk_check', `risk_level IN (${sqlValueList(SafetyRiskLevel)})`)
@Index(['assessmentId'], { unique: true })
@Index(['episodeId'])
export class SafetyFollowUp {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => Assessment, { onDelete: 'RESTRICT' })
  @JoinColumn()
  assessment: Relation<Assessment>;

  @Column({ type: 'uuid' })
  episodeId: string;

  @ManyToOne(() => Episode, { onDelete: 'RESTRICT' })
  @JoinColumn()
  episode: Relation<Episode>;

  @Field(() => SafetyRiskLevel)
  @Column({ type: 'text' })
  riskLevel: SafetyRiskLevel;

  @Field(() => String)
  @Column({ type: 'text' })
  riskAssessment: string;

  @Field(() => String)
  @Column({ type: 'text' })
  plan: string;

  @Field(() => String)
  @Column({ type: 'text' })
  whoWasTold: string;

  @Column({ type: 'uuid' })
  recordedByStaffId: string;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_staff_id' })
  recordedBy: Relation<Staff>;

  @Field(() => GraphQLDateTimeISO)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}
