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
import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import { VersionedRecord } from '../../db/columns.js';
import { Episode } from '../episode/episode.entity.js';

export const Instrument = {
  /** Intake bio-psycho-social summary, in the client's own words where it matters. */
  INTAKE_BPS: 'INTAKE_BPS',
  /** ASAM criteria: six dimensions, each rated 0–4. */
  ASAM: 'ASAM',
} as const;
export type Instrument = (typeof Instrument)[keyof typeof Instrument];
registerEnumType(Instrument, { name: 'Instrument' });

/** One administration of an instrument in an episode (FHIR QuestionnaireResponse). */
@ObjectType()
@Entity()
@Check('assessment_instrument_check', `instrument IN ('INTAKE_BPS', 'ASAM')`)
@Index(['episodeId', 'instrument'])
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
}
