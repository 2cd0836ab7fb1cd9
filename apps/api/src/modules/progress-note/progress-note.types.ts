import { ArrayMaxSize, IsOptional, IsUUID, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { AttendanceStatus, NoteFormat, NoteStatus } from '@waypoint/domain';
import { GroupNote, ProgressNote } from './progress-note.entity.js';

@InputType({ description: 'One section of a note, named as in its format (e.g. "assessment").' })
export class NoteSectionInput {
  @Field(() => String)
  section: string;

  @Field(() => String)
  text: string;
}

@InputType({
  description: 'Progress on a plan objective, recorded from the note with its session.',
})
export class NoteProgressInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an objective id' })
  objectiveId: string;

  @Field(() => Int, { nullable: true, description: '0 (none) to 10 (goal met).' })
  rating?: number | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

/** The fields of one client's note, shared by a single note's save and a group note's parts. */
@InputType()
export class NotePartInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an episode id' })
  episodeId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you read; leave out to start the note (a CONFLICT if one exists).',
  })
  @IsOptional()
  @Min(1)
  version?: number | null;

  @Field(() => NoteFormat)
  format: NoteFormat;

  @Field(() => [NoteSectionInput])
  @ArrayMaxSize(8)
  sections: NoteSectionInput[];

  @Field(() => [ID], { defaultValue: [], description: 'Plan objectives addressed.' })
  @ArrayMaxSize(50)
  objectiveIds: string[];

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  timeIn?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  timeOut?: Date | null;

  @Field(() => [NoteProgressInput], {
    defaultValue: [],
    description: 'Progress entries to record now on the plan, with this session attached.',
  })
  @ArrayMaxSize(20)
  progress: NoteProgressInput[];
}

@InputType({ description: 'Starts or edits the DRAFT note of one client for one session.' })
export class SaveProgressNoteInput extends NotePartInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a session id' })
  sessionId: string;
}

@InputType({ description: 'A group note: the group’s content once, and each attendee’s part.' })
export class SaveGroupNoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a session id' })
  sessionId: string;

  @Field(() => Int, { nullable: true, description: 'The group content’s version you read.' })
  @IsOptional()
  @Min(1)
  version?: number | null;

  @Field(() => String)
  content: string;

  @Field(() => [NotePartInput], { defaultValue: [] })
  @ArrayMaxSize(40)
  attendees: NotePartInput[];
}

@InputType()
export class NoteVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a note id' })
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;
}

@InputType({
  description: 'Appends an amendment to a signed note (the note itself never changes).',
})
export class AmendProgressNoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a note id' })
  id: string;

  @Field(() => String)
  reason: string;

  @Field(() => String)
  text: string;
}

@InputType()
export class SaveCounselingNoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an episode id' })
  episodeId: string;

  @Field(() => ID, { nullable: true, description: 'Your existing note to change.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a counseling note id' })
  id?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  version?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a session id' })
  sessionId?: string | null;

  @Field(() => String)
  text: string;
}

@ObjectType({ description: 'An attendee of a session and their note, if started.' })
export class SessionNoteLine {
  @Field(() => ID)
  episodeId: string;

  @Field(() => ID)
  clientId: string;

  @Field(() => String)
  clientName: string;

  @Field(() => AttendanceStatus, { nullable: true })
  attendance: AttendanceStatus | null;

  @Field(() => ProgressNote, { nullable: true })
  note: ProgressNote | null;
}

@ObjectType({ description: 'A session’s notes as the viewer may see them.' })
export class SessionNotes {
  @Field(() => ID)
  sessionId: string;

  @Field(() => String)
  title: string;

  @Field(() => Boolean)
  isGroup: boolean;

  @Field(() => GraphQLDateTimeISO)
  startsAt: Date;

  @Field(() => GraphQLDateTimeISO)
  endsAt: Date;

  @Field(() => String, {
    description: 'The program’s IANA time zone: the session’s times are shown there.',
  })
  programTimeZone: string;

  @Field(() => GroupNote, { nullable: true })
  groupNote: GroupNote | null;

  @Field(() => [SessionNoteLine], {
    description:
      'Clients who get a note: the booked client, or the group’s attendees who were there.',
  })
  lines: SessionNoteLine[];
}

@ObjectType({ description: 'A note to write, sign or co-sign.' })
export class NoteWorkItem {
  @Field(() => ID)
  sessionId: string;

  @Field(() => ID)
  episodeId: string;

  @Field(() => ID)
  clientId: string;

  @Field(() => String)
  clientName: string;

  @Field(() => String)
  sessionTitle: string;

  @Field(() => GraphQLDateTimeISO)
  sessionStartsAt: Date;

  @Field(() => String, {
    description: 'The session’s program’s IANA time zone: its times are shown there.',
  })
  programTimeZone: string;

  @Field(() => GraphQLDateTimeISO)
  dueAt: Date;

  @Field(() => ID, { nullable: true })
  noteId: string | null;

  @Field(() => NoteStatus, { nullable: true, description: 'Null: not started.' })
  status: NoteStatus | null;
}

@ObjectType()
export class NotesOverdue {
  @Field(() => Int)
  totalCount: number;

  @Field(() => [NoteWorkItem], { description: 'The oldest first, at most 200.' })
  items: NoteWorkItem[];
}
