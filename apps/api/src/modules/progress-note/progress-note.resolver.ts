import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { NOTE_SECTIONS, noteSectionLabel } from '@waypoint/domain';
import { orConflict } from '../../graphql/conflict.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { AuthorizesTarget } from '../../graphql/target-authorization.js';
import { Episode } from '../episode/episode.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { ProgressNoteSaveResult } from './progress-note-save-result.js';
import {
  CounselingNote,
  GroupNote,
  NoteSectionText,
  ProgressNote,
  ProgressNoteAmendment,
} from './progress-note.entity.js';
import {
  amendProgressNote,
  cosignProgressNote,
  myCounselingNotes,
  myOverdueNotes,
  notesOverdue,
  notesToCosign,
  saveCounselingNote,
  saveGroupNote,
  saveProgressNote,
  sessionNotes,
  signProgressNote,
} from './progress-note.service.js';
import {
  AmendProgressNoteInput,
  NotesOverdue,
  NoteVersionInput,
  NoteWorkItem,
  SaveCounselingNoteInput,
  SaveGroupNoteInput,
  SaveProgressNoteInput,
  SessionNotes,
} from './progress-note.types.js';

@Resolver(() => ProgressNote)
export class ProgressNoteResolver {
  @Authorized('EDIT_CHART')
  @AuthorizesTarget('SESSION_ROSTER', 'input.sessionId')
  @Mutation(() => ProgressNoteSaveResult, {
    description: 'Starts or edits a DRAFT note; a ProgressNoteConflict if someone saved first.',
  })
  saveProgressNote(
    @Arg('input', () => SaveProgressNoteInput) input: SaveProgressNoteInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orConflict('ProgressNote', () => saveProgressNote(ctx.scope(), input));
  }

  @Authorized('RECORD_ATTENDANCE')
  @AuthorizesTarget('SESSION', 'input.sessionId')
  @Mutation(() => GroupNote, {
    description: 'Writes a group session’s content once and each attendee’s part (one save).',
  })
  saveGroupNote(
    @Arg('input', () => SaveGroupNoteInput) input: SaveGroupNoteInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return saveGroupNote(ctx.scope(), input);
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('PROGRESS_NOTE', 'input.id')
  @Mutation(() => ProgressNoteSaveResult, {
    description: 'The author signs; it waits for co-signature where the program requires it.',
  })
  signProgressNote(
    @Arg('input', () => NoteVersionInput) input: NoteVersionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orConflict('ProgressNote', () => signProgressNote(ctx.scope(), input));
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('PROGRESS_NOTE', 'input.id')
  @Mutation(() => ProgressNoteSaveResult, { description: 'A director co-signs a note.' })
  cosignProgressNote(
    @Arg('input', () => NoteVersionInput) input: NoteVersionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orConflict('ProgressNote', () => cosignProgressNote(ctx.scope(), input));
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('PROGRESS_NOTE', 'input.id')
  @Mutation(() => ProgressNote, { description: 'Appends an amendment to a signed note.' })
  amendProgressNote(
    @Arg('input', () => AmendProgressNoteInput) input: AmendProgressNoteInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return amendProgressNote(ctx.scope(), input);
  }

  @Authorized('READ_GROUP_RECORDS', 'READ_CHART')
  @Query(() => SessionNotes, { description: 'A session’s notes as you may see them.' })
  sessionNotes(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: GraphQLContext) {
    return sessionNotes(ctx.scope(), sessionId);
  }

  @Authorized('READ_GROUP_RECORDS', 'READ_CHART')
  @Query(() => [NoteWorkItem], { description: 'Your notes past due and not signed.' })
  myOverdueNotes(@Ctx() ctx: GraphQLContext) {
    return myOverdueNotes(ctx.scope());
  }

  @Authorized('READ_CHART')
  @Query(() => [NoteWorkItem], { description: 'Notes awaiting your co-signature (a director).' })
  notesToCosign(@Ctx() ctx: GraphQLContext) {
    return notesToCosign(ctx.scope());
  }

  @Authorized('READ_CHART')
  @Query(() => NotesOverdue, { description: 'Notes overdue in the programs you direct.' })
  notesOverdue(
    @Arg('programIds', () => [ID], { nullable: true }) programIds: string[] | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return notesOverdue(ctx.scope(), programIds);
  }

  @Authorized('READ_GROUP_RECORDS', 'READ_CHART')
  @FieldResolver(() => [NoteSectionText], { description: 'The format’s sections, in order.' })
  sections(@Root() note: ProgressNote): NoteSectionText[] {
    return NOTE_SECTIONS[note.format].map((section) => ({
      section,
      label: noteSectionLabel(section),
      text: note.sections[section] ?? '',
    }));
  }

  @Authorized('READ_GROUP_RECORDS', 'READ_CHART')
  @FieldResolver(() => [ProgressNoteAmendment], { description: 'Every amendment, oldest first.' })
  amendments(@Root() note: ProgressNote, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.noteAmendments.load(note.id);
  }

  @Authorized('READ_GROUP_RECORDS', 'READ_CHART')
  @FieldResolver(() => Staff)
  async author(@Root() note: ProgressNote, @Ctx() ctx: GraphQLContext): Promise<Staff> {
    return (await ctx.loaders.staff.load(note.authorStaffId))!;
  }

  @Authorized('READ_GROUP_RECORDS', 'READ_CHART')
  @FieldResolver(() => Staff, { nullable: true })
  async cosigner(@Root() note: ProgressNote, @Ctx() ctx: GraphQLContext): Promise<Staff | null> {
    return note.cosignerStaffId ? ctx.loaders.staff.load(note.cosignerStaffId) : null;
  }
}

@Resolver(() => ProgressNoteAmendment)
export class ProgressNoteAmendmentResolver {
  @Authorized('READ_GROUP_RECORDS', 'READ_CHART')
  @FieldResolver(() => Staff)
  async author(@Root() a: ProgressNoteAmendment, @Ctx() ctx: GraphQLContext): Promise<Staff> {
    return (await ctx.loaders.staff.load(a.authorStaffId))!;
  }
}

@Resolver(() => Episode)
export class EpisodeProgressNotesResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => [ProgressNote], { description: 'Progress notes, newest session first.' })
  progressNotes(@Root() episode: Episode, @Ctx() ctx: GraphQLContext): Promise<ProgressNote[]> {
    return ctx.loaders.progressNotesByEpisode.load(episode.id);
  }
}

@Resolver(() => CounselingNote)
export class CounselingNoteResolver {
  @Authorized('EDIT_CHART')
  @AuthorizesTarget('EPISODE', 'input.episodeId')
  @Mutation(() => CounselingNote, {
    description: 'Your counseling (process) note, kept apart from the record: only you read it.',
  })
  saveCounselingNote(
    @Arg('input', () => SaveCounselingNoteInput) input: SaveCounselingNoteInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return saveCounselingNote(ctx.scope(), input);
  }

  @Authorized('EDIT_CHART')
  @Query(() => [CounselingNote], { description: 'Your own counseling notes on an episode.' })
  myCounselingNotes(@Arg('episodeId', () => ID) episodeId: string, @Ctx() ctx: GraphQLContext) {
    return myCounselingNotes(ctx.scope(), episodeId);
  }
}
