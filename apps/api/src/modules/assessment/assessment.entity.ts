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
import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import { MeasureFlag, MeasureStatus, SeverityBand } from '@waypoint/domain';
import { VersionedRecord } from '../../db/columns.js';
import { Episode } from '../episode/episode.entity.js';

export const Instrument = {
  /** Intake bio-psycho-social summary, in the client's own words where it matters. */
  INTAKE_BPS: 'INTAKE_BPS',
  /** ASAM criteria: six dimensions, each rated 0–4. */
  ASAM: 'ASAM',
  /** Standardized measures, scored on the server (Rule 7). */
  PHQ9: 'PHQ9',
  GAD7: 'GAD7',
  BAM: 'BAM',
} as const;
export type Instrument = (typeof Instrument)[keyof typeof Instrument];
registerEnumType(Instrument, { name: 'Instrument' });
registerEnumType(MeasureStatus, {
  name: 'MeasureStatus',
  description: 'INCOMPLETE: a required item was not answered, so there is no total.',
});
registerEnumType(SeverityBand, { name: 'SeverityBand' });
registerEnumType(MeasureFlag, {
  name: 'MeasureFlag',
  description: 'SAFETY: PHQ-9 item 9 above 0; stays raised until a safety follow-up is recorded.',
});

/** One administration of an instrument in an episode (FHIR QuestionnaireResponse). */
@ObjectType()
@Entity()
@Check('assessment_instrument_check', `instrument IN ('INTAKE_BPS', 'ASAM', 'PHQ9', 'GAD7', 'BAM')`)
@Index(['episodeId', 'instrument'])
@Index('IDX_assessment_flagged', ['episodeId'], { where: `flags <> '{}'` })
export class Assessment extends VersionedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  episodeId: string;

  @ManyToOne(() => Episode, { onDelete: 'RESTRICT' })
  @JoinColumn()
  episode: Relation<Episode>;

  @Field(() => Instrument)
  @Column({ type: 'text' })
  instrument: Instrument;

  @Field(() => String)
  @Column({ type: 'text' })
  instrumentVersion: string;

  /** The answers as entered, validated per instrument by the service. */
  @Field(() => GraphQLJSONObject)
  @Column({ type: 'jsonb' })
  answers: Record<string, unknown>;

  @Field(() => GraphQLDateTimeISO)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  administeredAt: Date;

  @Column({ type: 'uuid' })
  administeredByStaffId: string;

  // Scores of a measure (PHQ-9, GAD-7, BAM), computed by the domain's scoreMeasure when it is
  // stored and never edited; null for the intake instruments, which are not scored.
  @Field(() => MeasureStatus, { nullable: true })
  @Column({ type: 'text', nullable: true })
  scoreStatus: MeasureStatus | null;

  @Field(() => Int, { nullable: true, description: 'PHQ-9 or GAD-7 total; null if incomplete.' })
  @Column({ type: 'int', nullable: true })
  totalScore: number | null;

  @Field(() => SeverityBand, { nullable: true })
  @Column({ type: 'text', nullable: true })
  severityBand: SeverityBand | null;

  /** BAM subscale sums (USE, RISK, PROTECTIVE). */
  @Column({ type: 'jsonb', nullable: true })
  subscales: Record<string, number | null> | null;

  @Field(() => [MeasureFlag])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  flags: MeasureFlag[];
}
