import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { sqlValueList } from '../../db/columns.js';

export const AuditAction = {
  READ: 'READ',
  CREATE: 'CREATE',
  UPDATE: 'UPDATE',
  DELETE: 'DELETE',
  DISCLOSE: 'DISCLOSE',
  SIGN_IN: 'SIGN_IN',
  SIGN_OUT: 'SIGN_OUT',
  BREAK_GLASS: 'BREAK_GLASS',
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

export const AuditOutcome = { SUCCESS: 'SUCCESS', DENIED: 'DENIED', FAILED: 'FAILED' } as const;
export type AuditOutcome = (typeof AuditOutcome)[keyof typeof AuditOutcome];

registerEnumType(AuditAction, { name: 'AuditAction' });
registerEnumType(AuditOutcome, { name: 'AuditOutcome' });

/**
 * Who did what to which record, when, and whether it was allowed (FHIR AuditEvent).
 * Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE.
 */
@ObjectType()
@Entity()
@Check('audit_event_action_check', `action IN (${sqlValueList(AuditAction)})`)
@Check('audit_event_outcome_check', `outcome IN (${sqlValueList(AuditOutcome)})`)
@Index(['clientId', 'occurredAt'])
@Index(['requestId'])
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Field(() => GraphQLDateTimeISO)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  /** Null only for sign-in attempts that matched no account. */
  @Column({ type: 'uuid', nullable: true })
  actorStaffId: string | null;

  @Field(() => AuditAction)
  @Column({ type: 'text' })
  action: AuditAction;

  @Field(() => String)
  @Column({ type: 'text' })
  recordType: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'text', nullable: true })
  recordId: string | null;

  @Column({ type: 'uuid', nullable: true })
  clientId: string | null;

  @Field(() => String)
  @Column({ type: 'text' })
  requestId: string;

  @Field(() => AuditOutcome)
  @Column({ type: 'text' })
  outcome: AuditOutcome;

  /** e.g. the break-glass reason. Never copies of client data. */
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  /**
   * The GraphQL root field(s) of the request that caused the event, comma-joined ("client",
   * "clients", "updateClient", "signIn"): tells a chart opening from a client appearing in a list.
   */
  @Field(() => String, {
    nullable: true,
    description: 'The root field(s) of the GraphQL operation that caused the event, comma-joined.',
  })
  @Column({ type: 'text', nullable: true })
  operation: string | null;
}
