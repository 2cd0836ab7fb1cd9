import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Staff } from '../staff/staff.entity.js';

/**
 * A signed-in browser or API client. Only the SHA-256 of the cookie's token is stored, so a
 * database reader cannot impersonate anyone. Lives in PostgreSQL so any replica can serve any
 * request and a session can be revoked.
 */
@Entity()
@Index(['staffId'])
export class StaffSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'bytea', unique: true })
  tokenHash: Buffer;

  @Column({ type: 'uuid' })
  staffId: string;

  @ManyToOne(() => Staff, { onDelete: 'CASCADE' })
  @JoinColumn()
  staff: Relation<Staff>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  /** Idle timeout is measured from here. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastSeenAt: Date;

  /** Absolute lifetime: the session ends here however active it is. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** As the browser sent it at sign-in (at most USER_AGENT_MAX_LENGTH), shown on "my account". */
  @Column({ type: 'text', nullable: true })
  userAgent: string | null;
}

/**
 * Failed sign-ins per key (an email, whether or not an account has it, or a client address), so
 * throttling never reveals which emails exist and holds across replicas.
 */
@Entity()
export class SignInThrottle {
  @Column({ type: 'text', primary: true })
  key: string;

  @Column({ type: 'int', default: 0 })
  failures: number;

  /** No attempt is checked before this time (progressive slow-down, then lockout). */
  @Column({ type: 'timestamptz', nullable: true })
  blockedUntil: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastFailureAt: Date;
}
