import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Staff } from '../staff/staff.entity.js';

/**
 * A staff member's authenticator (TOTP). Written when enrolment starts and enabled once a code
 * from the app proves it was set up; one per staff member, so starting again replaces an
 * unconfirmed secret.
 */
@Entity()
export class StaffMfa {
  @PrimaryColumn({ type: 'uuid' })
  staffId: string;

  @OneToOne(() => Staff, { onDelete: 'CASCADE' })
  @JoinColumn()
  staff: Relation<Staff>;

  /** The shared secret, sealed with MFA_SECRET_KEY when one is configured (`secret-box.ts`). */
  @Column({ type: 'text' })
  secret: string;

  /** Null while enrolment waits for its first code. */
  @Column({ type: 'timestamptz', nullable: true })
  enabledAt: Date | null;

  /**
   * The 30-second time step of the last code accepted: a code is accepted only for a later step,
   * so a code seen over someone's shoulder cannot be used again in its window.
   */
  @Column({ type: 'bigint', nullable: true })
  lastUsedStep: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

/** One of the ten single-use codes for when the phone is lost; only its SHA-256 is kept. */
@Entity()
@Index(['staffId', 'codeHash'], { unique: true })
export class MfaRecoveryCode {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  staffId: string;

  @ManyToOne(() => Staff, { onDelete: 'CASCADE' })
  @JoinColumn()
  staff: Relation<Staff>;

  @Column({ type: 'bytea' })
  codeHash: Buffer;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}

/**
 * A sign-in half done: the password was right, and the second step (a code, or enrolling an
 * authenticator where MFA is required) is still owed. Held by the browser as an httpOnly cookie
 * whose SHA-256 is stored; short-lived, single use, and never a session.
 */
@Entity()
@Index(['staffId'])
@Check('sign_in_challenge_purpose_check', `purpose IN ('CODE', 'ENROL')`)
export class SignInChallenge {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'bytea', unique: true })
  tokenHash: Buffer;

  @Column({ type: 'uuid' })
  staffId: string;

  @ManyToOne(() => Staff, { onDelete: 'CASCADE' })
  @JoinColumn()
  staff: Relation<Staff>;

  /** CODE: enter a code; ENROL: set up an authenticator first (MFA is required). */
  @Column({ type: 'text' })
  purpose: 'CODE' | 'ENROL';

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** Set when the sign-in completes (or a later sign-in replaces it). */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
