import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Client } from '../client/client.entity.js';
import { Staff } from '../staff/staff.entity.js';

/** Emergency access to a chart outside one's caseload: a stated reason, time-limited. */
@ObjectType()
@Entity()
@Index(['staffId', 'clientId', 'expiresAt'])
export class BreakGlassGrant {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  staffId: string;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn()
  staff: Relation<Staff>;

  @Column({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'RESTRICT' })
  @JoinColumn()
  client: Relation<Client>;

  @Field(() => String)
  @Column({ type: 'text' })
  reason: string;

  @Field(() => GraphQLDateTimeISO)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  grantedAt: Date;

  @Field(() => GraphQLDateTimeISO)
  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
