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
import { Episode } from '../episode/episode.entity.js';
import { Client } from '../client/client.entity.js';
import { Program } from '../program/program.entity.js';
import { Consent } from './consent.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { ConsentPurpose } from '@waypoint/domain';

/** Why a disclosure was allowed: a consent that covers it, or the client's own right of access. */
export const DisclosureBasis = {
  CONSENT: 'CONSENT',
  CLIENT_RIGHT_OF_ACCESS: 'CLIENT_RIGHT_OF_ACCESS',
} as const;
export type DisclosureBasis = (typeof DisclosureBasis)[keyof typeof DisclosureBasis];
registerEnumType(DisclosureBasis, { name: 'DisclosureBasis' });

/**
 * One disclosure made with consent: what was sent, to whom, why, under which consent, by whom and
 * when, with the §2.32 notice that went with it. Written in the transaction of the send;
 * append-only (a trigger refuses UPDATE, DELETE and TRUNCATE; the API's role may only insert and
 * read). The accounting of disclosures is read from here.
 */
@ObjectType({ description: 'A disclosure of client information made under a consent.' })
@Entity()
@Index(['clientId', 'disclosedAt'])
@Index(['programId', 'disclosedAt'])
@Check('disclosure_basis_check', `basis IN ('CONSENT', 'CLIENT_RIGHT_OF_ACCESS')`)
@Check('disclosure_consent_check', `basis <> 'CONSENT' OR consent_id IS NOT NULL`)
export class Disclosure {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'RESTRICT' })
  @JoinColumn()
  client: Relation<Client>;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  episodeId: string;

  @ManyToOne(() => Episode, { onDelete: 'RESTRICT' })
  @JoinColumn()
  episode: Relation<Episode>;

  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne(() => Program, { onDelete: 'RESTRICT' })
  @JoinColumn()
  program: Relation<Program>;

  /** The referral whose send this was: at most one disclosure per referral (unique). */
  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true, unique: true })
  referralId: string | null;

  /** Null only for a disclosure to the client under their own right of access. */
  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  consentId: string | null;

  @Field(() => DisclosureBasis)
  @Column({ type: 'text', default: 'CONSENT' })
  basis: DisclosureBasis;

  @ManyToOne(() => Consent, { onDelete: 'RESTRICT' })
  @JoinColumn()
  consent: Relation<Consent>;

  @Field(() => String)
  @Column({ type: 'text' })
  recipientName: string;

  @Field(() => ConsentPurpose)
  @Column({ type: 'text' })
  purpose: ConsentPurpose;

  @Field(() => String, { description: 'What was sent.' })
  @Column({ type: 'text' })
  informationDisclosed: string;

  @Field(() => String, { description: 'The §2.32 notice that accompanied it.' })
  @Column({ type: 'text' })
  noticeText: string;

  @Column({ type: 'uuid' })
  disclosedById: string;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn()
  disclosedBy: Relation<Staff>;

  @Field(() => GraphQLDateTimeISO)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  disclosedAt: Date;
}
