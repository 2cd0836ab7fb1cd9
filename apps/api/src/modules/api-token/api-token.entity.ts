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
import type { ApiTokenScope } from '@waypoint/domain';
import { Staff } from '../staff/staff.entity.js';

/**
 * A personal API token: a script acting as one member of staff, never with more than their own
 * (current) access. Only the SHA-256 of the secret is stored; `prefix` (its first characters) is
 * kept so the person can tell their tokens apart.
 */
@Entity()
@Index(['staffId', 'createdAt'])
@Check('api_token_scope_check', `scope IN ('READ_ONLY', 'READ_WRITE')`)
export class ApiToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  staffId: string;

  @ManyToOne(() => Staff, { onDelete: 'CASCADE' })
  @JoinColumn()
  staff: Relation<Staff>;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'bytea', unique: true })
  tokenHash: Buffer;

  @Column({ type: 'text' })
  prefix: string;

  @Column({ type: 'text' })
  scope: ApiTokenScope;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  /** Null: until revoked. */
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  /** Written at most once a minute (a script may send many requests). */
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
