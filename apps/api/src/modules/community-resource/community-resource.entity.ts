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
import { Program } from '../program/program.entity.js';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { ResourceCategory, ResourceCost } from '@waypoint/domain';
import { VersionedRecord, sqlValueList } from '../../db/columns.js';

registerEnumType(ResourceCategory, { name: 'ResourceCategory' });
registerEnumType(ResourceCost, {
  name: 'ResourceCost',
  description: 'FREE, SLIDING_SCALE (by income) or INSURANCE (billed to a plan).',
});

/**
 * An entry of the program's shared community resource list: not client data, so read by every
 * member of the program's staff. `search` is a generated tsvector (accents and case folded) with a
 * GIN index, maintained by PostgreSQL (see the migration), not by the code.
 */
@ObjectType({ description: 'A community resource the program refers clients to.' })
@Entity()
@Check('community_resource_category_check', `category IN (${sqlValueList(ResourceCategory)})`)
@Check('community_resource_cost_check', `cost IN (${sqlValueList(ResourceCost)})`)
@Index(['programId', 'category'])
// The search index is an expression index made by the migration; TypeORM must leave it alone.
@Index('community_resource_search_idx', { synchronize: false })
export class CommunityResource extends VersionedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne(() => Program, { onDelete: 'RESTRICT' })
  @JoinColumn()
  program: Relation<Program>;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => ResourceCategory)
  @Column({ type: 'text' })
  category: ResourceCategory;

  @Field(() => String, { description: 'What they offer, in plain words.' })
  @Column({ type: 'text', default: '' })
  services: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  address: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  phone: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  hours: string;

  @Field(() => [String], { description: 'Languages served, e.g. English, Spanish.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Field(() => ResourceCost)
  @Column({ type: 'text' })
  cost: ResourceCost;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  eligibility: string;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  acceptsMedicaid: boolean;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastVerifiedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  lastVerifiedById: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description:
      'Due to be checked again since this day (set by the re-verification job, cleared by verifying).',
  })
  @Column({ type: 'date', nullable: true })
  reverifyDueOn: string | null;
}
