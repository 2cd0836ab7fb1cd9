import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import type { EditableProgramSettings, ProgramVersionField } from '@waypoint/domain';
import { Staff } from '../staff/staff.entity.js';
import { Program } from './program.entity.js';

/**
 * One version of a program's settings: its name and whole settings as they stood after a change
 * (of the settings or the name), which of them the change moved, who made it, when and why. Append-only (the API's database role may only
 * insert and read it); the program's `version` after the change numbers it. The first row of a
 * program holds its settings when it was created (or when history began) and names no change.
 */
@ObjectType({
  description: "One version of a program's settings: who changed what, when and why.",
})
@Entity()
@Index(['programId', 'programVersion'], { unique: true })
export class ProgramSettingsVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne(() => Program, { onDelete: 'RESTRICT' })
  @JoinColumn()
  program: Relation<Program>;

  @Field(() => Int, { description: "The program's version this change made." })
  @Column({ type: 'int' })
  programVersion: number;

  @Field(() => String, { description: "The program's name in this version." })
  @Column({ type: 'text' })
  name: string;

  @Field(() => GraphQLDateTimeISO)
  @CreateDateColumn({ type: 'timestamptz' })
  changedAt: Date;

  /** Null only for the settings recorded when history began (no one changed them then). */
  @Column({ type: 'uuid', nullable: true })
  changedByStaffId: string | null;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn()
  changedByStaff: Relation<Staff> | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Every setting as it stood after the change.' })
  @Column({ type: 'jsonb' })
  settings: EditableProgramSettings;

  @Field(() => [String], {
    description: 'The settings (or name) this change moved; empty for the first version.',
  })
  @Column({ type: 'text', array: true })
  changedFields: ProgramVersionField[];

  /** The version before this one, as the history query finds it (not a column). */
  previous?: { name: string; settings: EditableProgramSettings } | null;
}

@ObjectType({ description: 'One setting a change moved, as the history shows it.' })
export class ProgramSettingChange {
  @Field(() => String, { description: 'The setting, e.g. planReviewIntervalDays.' })
  field: string;

  @Field(() => String, { description: 'How the settings screen names it.' })
  label: string;

  @Field(() => String, { nullable: true, description: 'Its value before; null for the first.' })
  before: string | null;

  @Field(() => String)
  after: string;
}
