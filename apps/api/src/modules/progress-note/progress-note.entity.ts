import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { NoteFormat, NoteStatus, type NoteSection, type NoteSections } from '@waypoint/domain';
import { VersionedRecord, sqlValueList } from '../../db/columns.js';
import { ClinicalSession } from '../clinical-session/clinical-session.entity.js';
import { Episode } from '../episode/episode.entity.js';
import { Program } from '../program/program.entity.js';
import { Staff } from '../staff/staff.entity.js';

registerEnumType(NoteFormat, { name: 'NoteFormat' });
registerEnumType(NoteStatus, {
  name: 'NoteStatus',
  description: 'PENDING_COSIGN: signed by its author, waiting for a supervisor’s co-signature.',
});

/**
 * One client's progress note for one session (one per client per session). Its sections are
 * stored as one JSON object keyed by the format's section names (validated by the domain's
 * `noteSectionProblems`). `dueAt` is the session's end plus the program's window, computed on
 * write so the overdue lists read a column. Once out of DRAFT it is never updated except by the
 * co-signature; amendments are separate, append-only rows.
 */
@ObjectType({ description: 'A client’s progress note for one session.' })
@Entity()
@Unique('progress_note_once', ['sessionId', 'episodeId'])
@Check('progress_note_format_check', `format IN (${sqlValueList(NoteFormat)})`)
@Check('progress_note_status_check', `status IN (${sqlValueList(NoteStatus)})`)
@Check('progress_note_times_check', 'time_out IS NULL OR time_in IS NULL OR time_out > time_in')
@Index(['episodeId'])
@Index('IDX_progress_note_unsigned', ['authorStaffId', 'dueAt'], { where: `status = 'DRAFT'` })
@Index('IDX_progress_note_cosign', ['episodeId'], { where: `status = 'PENDING_COSIGN'` })
export class ProgressNote extends VersionedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => ClinicalSession, { onDelete: 'RESTRICT' })
  @JoinColumn()
  session: Relation<ClinicalSession>;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  episodeId: string;

  @ManyToOne(() => Episode, { onDelete: 'RESTRICT' })
  @JoinColumn()
  episode: Relation<Episode>;

  @Column({ type: 'uuid' })
  authorStaffId: string;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_staff_id' })
  author: Relation<Staff>;

  @Field(() => NoteFormat)
  @Column({ type: 'text' })
  format: NoteFormat;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  sections: NoteSections;

  /** The plan objectives addressed in the session (PlanObjective ids). */
  @Field(() => [ID], { description: 'The plan objectives addressed in the session.' })
  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  objectiveIds: string[];

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  timeIn: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  timeOut: Date | null;

  @Field(() => NoteStatus)
  @Column({ type: 'text', default: 'DRAFT' })
  status: NoteStatus;

  @Field(() => GraphQLDateTimeISO, { description: 'The session’s end plus the program’s window.' })
  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When the author signed.' })
  @Column({ type: 'timestamptz', nullable: true })
  signedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  cosignerStaffId: string | null;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cosigner_staff_id' })
  cosigner: Relation<Staff> | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  cosignedAt: Date | null;
}

/** An amendment to a signed note: append-only (a trigger refuses UPDATE and DELETE). */
@ObjectType({ description: 'Text added to a signed note, with who added it, when and why.' })
@Entity()
@Index(['noteId', 'createdAt'])
export class ProgressNoteAmendment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  noteId: string;

  @ManyToOne(() => ProgressNote, { onDelete: 'RESTRICT' })
  @JoinColumn()
  note: Relation<ProgressNote>;

  @Column({ type: 'uuid' })
  authorStaffId: string;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_staff_id' })
  author: Relation<Staff>;

  @Field(() => String)
  @Column({ type: 'text' })
  reason: string;

  @Field(() => String)
  @Column({ type: 'text' })
  text: string;

  @Field(() => GraphQLDateTimeISO)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A group session's shared content, written once and carried into each attendee's note. */
@ObjectType({ description: 'What the group did, written once for the session.' })
@Entity()
export class GroupNote extends VersionedRecord {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => ClinicalSession, { onDelete: 'RESTRICT' })
  @JoinColumn()
  session: Relation<ClinicalSession>;

  @Field(() => String)
  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'uuid' })
  authorStaffId: string;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_staff_id' })
  author: Relation<Staff>;
}

/**
 * SUD counseling notes (42 CFR Part 2's psychotherapy-notes analogue): a clinician's process
 * notes kept apart from the record. Read only by their author, through their own operations;
 * never joined into a list, export or disclosure of the record.
 */
@ObjectType({ description: 'Your own counseling (process) notes: only you can read them.' })
@Entity()
@Index(['authorStaffId', 'episodeId'])
export class CounselingNote extends VersionedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  authorStaffId: string;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_staff_id' })
  author: Relation<Staff>;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  episodeId: string;

  @ManyToOne(() => Episode, { onDelete: 'RESTRICT' })
  @JoinColumn()
  episode: Relation<Episode>;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  sessionId: string | null;

  @ManyToOne(() => ClinicalSession, { onDelete: 'RESTRICT' })
  @JoinColumn()
  session: Relation<ClinicalSession> | null;

  @Field(() => String)
  @Column({ type: 'text' })
  text: string;
}

/** A program's note rules; a program without a row has the defaults (72 h, no co-signature). */
@Entity()
@Check('program_note_policy_due_hours_check', 'due_hours BETWEEN 1 AND 720')
export class ProgramNotePolicy {
  @PrimaryColumn({ type: 'uuid' })
  programId: string;

  @ManyToOne(() => Program, { onDelete: 'CASCADE' })
  @JoinColumn()
  program: Relation<Program>;

  @Column({ type: 'int', default: 72 })
  dueHours: number;

  /** Credentials whose holders' notes need a director's co-signature (e.g. ASW, CADC-T). */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  cosignCredentials: string[];

  /** Bumped by each save from the settings screen; a save at another version is refused. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** One section of a note, as shown and edited. */
@ObjectType()
export class NoteSectionText {
  @Field(() => String, { description: 'The section’s name in the format, e.g. "assessment".' })
  section: NoteSection;

  @Field(() => String)
  label: string;

  @Field(() => String)
  text: string;
}
