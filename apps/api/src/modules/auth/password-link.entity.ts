import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { registerEnumType } from 'type-graphql';
import { sqlValueList } from '../../db/columns.js';
import { Staff } from '../staff/staff.entity.js';

export const PasswordLinkPurpose = { INVITE: 'INVITE', RESET: 'RESET' } as const;
export type PasswordLinkPurpose = (typeof PasswordLinkPurpose)[keyof typeof PasswordLinkPurpose];
registerEnumType(PasswordLinkPurpose, {
  name: 'PasswordLinkPurpose',
  description: 'INVITE: the first password of a new account. RESET: a forgotten password.',
});

/**
 * A one-time link to set a password: an invitation for a new account or a reset of a forgotten
 * password. Only the SHA-256 of the link's token is stored, so a database reader cannot use a
 * pending link. Valid once, for 24 hours, and only while it is the person's newest link.
 */
@Entity()
@Index('IDX_password_link_staff_id', ['staffId'])
@Unique('UQ_password_link_token_hash', ['tokenHash'])
@Check('password_link_purpose_check', `purpose IN (${sqlValueList(PasswordLinkPurpose)})`)
export class PasswordLink {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_password_link' })
  id: string;

  @Column({ type: 'bytea' })
  tokenHash: Buffer;

  @Column({ type: 'text' })
  purpose: PasswordLinkPurpose;

  @Column({ type: 'uuid' })
  staffId: string;

  @ManyToOne(() => Staff, { onDelete: 'CASCADE' })
  @JoinColumn({ foreignKeyConstraintName: 'FK_password_link_staff' })
  staff: Relation<Staff>;

  /** The admin who invited or reset; null when the person asked for a reset themselves. */
  @Column({ type: 'uuid', nullable: true })
  issuedById: string | null;

  @ManyToOne(() => Staff, { onDelete: 'SET NULL' })
  @JoinColumn({ foreignKeyConstraintName: 'FK_password_link_issued_by' })
  issuedBy: Relation<Staff> | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  /** Set when a newer link was issued to the same person, so only the newest one works. */
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
