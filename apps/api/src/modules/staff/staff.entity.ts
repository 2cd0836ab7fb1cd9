import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { StaffRole } from '@waypoint/domain';
import { VersionedRecord, sqlValueList } from '../../db/columns.js';
import { Program } from '../program/program.entity.js';

registerEnumType(StaffRole, { name: 'StaffRole' });

@ObjectType({
  description: 'A member of staff: clinician, case manager, director, intake or admin.',
})
@Entity()
@Index('staff_email_key', { synchronize: false })
export class Staff extends VersionedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  firstName: string;

  @Field(() => String)
  @Column({ type: 'text' })
  lastName: string;

  @Field(() => String, { nullable: true, description: 'e.g. LCSW, LMFT, CADC' })
  @Column({ type: 'text', nullable: true })
  credentials: string | null;

  /** Unique regardless of case (a functional index in the migration). */
  @Field(() => String)
  @Column({ type: 'text' })
  email: string;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** argon2id; null until a password is set. Never selected unless asked for. */
  @Column({ type: 'text', nullable: true, select: false })
  passwordHash: string | null;
}

@ObjectType({ description: "A staff member's role in one program." })
@Entity()
@Check('staff_program_role_role_check', `role IN (${sqlValueList(StaffRole)})`)
export class StaffProgramRole {
  @PrimaryColumn({ type: 'uuid' })
  staffId: string;

  @PrimaryColumn({ type: 'uuid' })
  programId: string;

  @Field(() => StaffRole)
  @PrimaryColumn({ type: 'text' })
  role: StaffRole;

  @ManyToOne(() => Staff, { onDelete: 'CASCADE' })
  @JoinColumn()
  staff: Relation<Staff>;

  @ManyToOne(() => Program, { onDelete: 'CASCADE' })
  @JoinColumn()
  program: Relation<Program>;
}
