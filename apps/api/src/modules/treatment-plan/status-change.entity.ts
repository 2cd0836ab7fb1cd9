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
import { GoalAchievementStatus, GoalLifecycleStatus } from '@waypoint/domain';
import { sqlValueList } from '../../db/columns.js';
import { Episode } from '../episode/episode.entity.js';
import { Staff } from '../staff/staff.entity.js';

export const TrackedElementKind = { GOAL: 'GOAL', OBJECTIVE: 'OBJECTIVE' } as const;
export type TrackedElementKind = (typeof TrackedElementKind)[keyof typeof TrackedElementKind];
registerEnumType(TrackedElementKind, { name: 'TrackedElementKind' });

/**
 * One deliberate change of a goal's or objective's statuses: who, when, from, to and why. Written
 * in the transaction that changes the status; append-only (a trigger refuses UPDATE and DELETE,
 * and the API's role may only insert and read). It follows the element across plan versions by
 * its lineage, as progress does, and is read through its episode's access.
 */
@ObjectType({
  description: 'A change of a goal’s or objective’s status: who, when, from, to, why.',
})
@Entity()
@Check('plan_status_change_kind_check', `element_kind IN (${sqlValueList(TrackedElementKind)})`)
@Index(['lineageId', 'changedAt'])
export class PlanStatusChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  episodeId: string;

  @ManyToOne(() => Episode, { onDelete: 'RESTRICT' })
  @JoinColumn()
  episode: Relation<Episode>;

  @Field(() => TrackedElementKind)
  @Column({ type: 'text' })
  elementKind: TrackedElementKind;

  /** The element in the plan version it was changed on (a draft's element may later be removed). */
  @Field(() => ID)
  @Column({ type: 'uuid' })
  elementId: string;

  @Column({ type: 'uuid' })
  lineageId: string;

  @Field(() => GoalLifecycleStatus)
  @Column({ type: 'text' })
  fromLifecycleStatus: GoalLifecycleStatus;

  @Field(() => GoalLifecycleStatus)
  @Column({ type: 'text' })
  toLifecycleStatus: GoalLifecycleStatus;

  @Field(() => GoalAchievementStatus)
  @Column({ type: 'text' })
  fromAchievementStatus: GoalAchievementStatus;

  @Field(() => GoalAchievementStatus)
  @Column({ type: 'text' })
  toAchievementStatus: GoalAchievementStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Required for cancelling and for entered in error.',
  })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'uuid' })
  changedById: string;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn()
  changedBy: Relation<Staff>;

  @Field(() => GraphQLDateTimeISO)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;
}
