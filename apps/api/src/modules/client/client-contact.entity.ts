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
import { ClientContactKind } from '@waypoint/domain';
import { VersionedRecord, sqlValueList } from '../../db/columns.js';
import { Client } from './client.entity.js';

registerEnumType(ClientContactKind, {
  name: 'ClientContactKind',
  description: 'EMERGENCY: the client is hurt or missing. CRISIS: a mental-health crisis.',
});

/**
 * A person staff may call about the client (orientation asks for an emergency and a crisis
 * contact). Read and changed through the client's chart access; removal deletes the row, the
 * audit trail keeps that it happened.
 */
@ObjectType({ description: 'An emergency or crisis contact of a client.' })
@Entity()
@Check('client_contact_kind_check', `kind IN (${sqlValueList(ClientContactKind)})`)
@Index(['clientId', 'createdAt'])
export class ClientContact extends VersionedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'RESTRICT' })
  @JoinColumn()
  client: Relation<Client>;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { description: 'How they know the client, in the client’s words.' })
  @Column({ type: 'text' })
  relationship: string;

  @Field(() => String)
  @Column({ type: 'text' })
  phone: string;

  @Field(() => ClientContactKind)
  @Column({ type: 'text' })
  kind: ClientContactKind;

  @Field(() => Boolean, { description: 'The client agreed that staff may call this person.' })
  @Column({ type: 'boolean' })
  mayContact: boolean;
}
