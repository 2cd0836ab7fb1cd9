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
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { Analyte, AnalyteResult, ScreenMethod, ScreenStatus } from '@waypoint/domain';
import { VersionedRecord, sqlValueList } from '../../db/columns.js';
import { Episode } from '../episode/episode.entity.js';
import { Program } from '../program/program.entity.js';
import { Staff } from '../staff/staff.entity.js';

registerEnumType(ScreenMethod, { name: 'ScreenMethod' });
registerEnumType(AnalyteResult, {
  name: 'AnalyteResult',
  description: 'PENDING: a lab result still to come (completeDrugScreen records it).',
});
registerEnumType(Analyte, { name: 'Analyte' });
registerEnumType(ScreenStatus, {
  name: 'ScreenStatus',
  description:
    'UNEXPECTED_POSITIVE: positive for a substance the client is not prescribed; it brings the plan review forward.',
});

@ObjectType({ description: 'One analyte of a drug screen panel and its result.' })
export class AnalyteLine {
  @Field(() => Analyte)
  analyte: Analyte;

  @Field(() => AnalyteResult)
  result: AnalyteResult;

  @Field(() => Boolean, { description: 'The client is prescribed this substance.' })
  expected: boolean;
}

/**
 * One drug screen of an episode. `status` and `unexpectedPositiveAt` are derived by the domain's
 * `screenStatus` on every write that changes the panel and stored, so the dashboard and the review
 * clock read a column instead of re-deciding the rule.
 */
@ObjectType()
@Entity()
@Check('drug_screen_method_check', `method IN (${sqlValueList(ScreenMethod)})`)
@Check('drug_screen_status_check', `status IN (${sqlValueList(ScreenStatus)})`)
@Index(['episodeId', 'collectedAt'])
@Index('IDX_drug_screen_unexpected', ['unexpectedPositiveAt'], {
  where: `unexpected_positive_at IS NOT NULL`,
})
export class DrugScreen extends VersionedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  episodeId: string;

  @ManyToOne(() => Episode, { onDelete: 'RESTRICT' })
  @JoinColumn()
  episode: Relation<Episode>;

  @Field(() => GraphQLDateTimeISO)
  @Column({ type: 'timestamptz' })
  collectedAt: Date;

  @Field(() => ScreenMethod)
  @Column({ type: 'text' })
  method: ScreenMethod;

  @Field(() => Boolean, { description: 'Whether staff observed the collection.' })
  @Column({ type: 'boolean' })
  observed: boolean;

  @Field(() => [AnalyteLine])
  @Column({ type: 'jsonb' })
  panel: AnalyteLine[];

  @Field(() => ScreenStatus)
  @Column({ type: 'text' })
  status: ScreenStatus;

  /**
   * When the screen became known as an unexpected positive: at collection for a cup read on the
   * spot, when the lab result was recorded for a pending one. The review-clock trigger's instant.
   */
  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  unexpectedPositiveAt: Date | null;

  @Field(() => Boolean, {
    description: 'Collected because the weekly random pick named the client.',
  })
  @Column({ type: 'boolean', default: false })
  randomPick: boolean;

  @Column({ type: 'uuid' })
  recordedByStaffId: string;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_staff_id' })
  recordedBy: Relation<Staff>;
}

/**
 * A program's random screening pick for one week: stored so the pick is made once (running it
 * again answers the same pick) and can be shown and audited. Insert-only for the API role.
 */
@ObjectType()
@Entity()
@Index(['programId', 'weekOf'], { unique: true })
export class RandomScreeningPick {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne(() => Program, { onDelete: 'RESTRICT' })
  @JoinColumn()
  program: Relation<Program>;

  @Field(() => GraphQLLocalDate, { description: 'Monday of the week, in the program time zone.' })
  @Column({ type: 'date' })
  weekOf: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  sharePercent: number;

  @Field(() => Int, { description: 'Clients in treatment the pick was drawn from.' })
  @Column({ type: 'int' })
  poolSize: number;

  /** The episodes picked (each a client in treatment that week). */
  @Column({ type: 'uuid', array: true })
  episodeIds: string[];

  @Column({ type: 'uuid' })
  pickedByStaffId: string;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'picked_by_staff_id' })
  pickedBy: Relation<Staff>;

  @Field(() => GraphQLDateTimeISO)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  pickedAt: Date;
}
