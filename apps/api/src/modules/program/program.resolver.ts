import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { describeChanges, type ProgramSnapshot } from '@waypoint/domain';
import { Connection } from '../../graphql/connection.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { AuthorizesTarget } from '../../graphql/target-authorization.js';
import { Staff } from '../staff/staff.entity.js';
import {
  CreateProgramInput,
  ProgramSettingsHistoryArgs,
  RenameProgramInput,
  UpdateProgramSettingsInput,
} from './dto/program.inputs.js';
import { Program } from './program.entity.js';
import { ProgramConflict, ProgramSaveResult, orProgramConflict } from './program-save-result.js';
import { programSettingsHistory } from './program-settings-history.js';
import { ProgramSettingChange, ProgramSettingsVersion } from './program-settings-version.entity.js';
import {
  createProgram,
  managedPrograms,
  renameProgram,
  updateProgramSettings,
  type ProgramActor,
} from './program.service.js';

@ObjectType()
class ProgramSettingsVersionConnection extends Connection(ProgramSettingsVersion) {}

const actorOf = (ctx: GraphQLContext): ProgramActor => ({
  staffId: ctx.scope().viewer.staffId,
  audit: ctx.audit,
});

@Resolver(() => Program)
export class ProgramResolver {
  @Authorized('SIGNED_IN')
  @Query(() => [Program], { description: 'Programs, by name.' })
  programs(@Ctx() ctx: GraphQLContext): Promise<Program[]> {
    return ctx.db.getRepository(Program).find({ order: { name: 'ASC' } });
  }

  @Authorized('EDIT_PROGRAM_SETTINGS')
  @Query(() => [Program], {
    description:
      'The programs whose settings you may change (all of them for an administrator), by name.',
  })
  managedPrograms(@Ctx() ctx: GraphQLContext): Promise<Program[]> {
    return managedPrograms(ctx.db, ctx.scope().viewer);
  }

  @Authorized('EDIT_PROGRAM_SETTINGS')
  @AuthorizesTarget('PROGRAM', 'programId')
  @Query(() => ProgramSettingsVersionConnection, {
    description: "A program's settings versions, newest first: who changed what, when and why.",
  })
  programSettingsHistory(
    @Args(() => ProgramSettingsHistoryArgs) args: ProgramSettingsHistoryArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return programSettingsHistory(ctx.db, args.programId, args);
  }

  @Authorized('MANAGE_PROGRAMS')
  @AuthorizesTarget('INSTALLATION')
  @Mutation(() => Program, {
    description:
      'Creates a program with the default settings of its population (administrators). It has ' +
      'no staff until roles are given.',
  })
  createProgram(
    @Arg('input', () => CreateProgramInput) input: CreateProgramInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Program> {
    return createProgram(ctx.db, actorOf(ctx), input);
  }

  @Authorized('MANAGE_PROGRAMS')
  @AuthorizesTarget('PROGRAM', 'input.programId')
  @Mutation(() => ProgramSaveResult, { description: 'Renames a program (administrators).' })
  renameProgram(
    @Arg('input', () => RenameProgramInput) input: RenameProgramInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Program | ProgramConflict> {
    return orProgramConflict(ctx.db.manager, () => renameProgram(ctx.db, actorOf(ctx), input));
  }

  @Authorized('EDIT_PROGRAM_SETTINGS')
  @AuthorizesTarget('PROGRAM', 'input.programId')
  @Mutation(() => ProgramSaveResult, {
    description:
      "Changes a program's settings (its directors and administrators), versioned and audited. " +
      'A change of the time zone, review interval or initial plan window recomputes the review ' +
      'due dates of its episodes in the same transaction.',
  })
  updateProgramSettings(
    @Arg('input', () => UpdateProgramSettingsInput) input: UpdateProgramSettingsInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Program | ProgramConflict> {
    return orProgramConflict(ctx.db.manager, () =>
      updateProgramSettings(ctx.db, actorOf(ctx), { ...input }),
    );
  }
}

@Resolver(() => ProgramSettingsVersion)
export class ProgramSettingsVersionResolver {
  @Authorized('SIGNED_IN')
  @FieldResolver(() => Staff, {
    nullable: true,
    description: 'Null for the first recorded version.',
  })
  changedBy(
    @Root() version: ProgramSettingsVersion,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Staff | null> | null {
    return version.changedByStaffId ? ctx.loaders.staff.load(version.changedByStaffId) : null;
  }

  @Authorized('SIGNED_IN')
  @FieldResolver(() => [ProgramSettingChange], {
    description: 'Each setting this version moved, with its value before and after.',
  })
  changes(@Root() version: ProgramSettingsVersion): ProgramSettingChange[] {
    const snapshot = (v: { name: string; settings: object }) =>
      ({ ...v.settings, name: v.name }) as ProgramSnapshot;
    return describeChanges(
      version.changedFields,
      version.previous ? snapshot(version.previous) : null,
      snapshot(version),
    );
  }
}

@Resolver(() => ProgramConflict)
export class ProgramConflictResolver {
  @Authorized('SIGNED_IN')
  @FieldResolver(() => Staff, { nullable: true, description: 'Who saved the current version.' })
  savedBy(
    @Root() conflict: ProgramConflict,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Staff | null> | null {
    return conflict.savedByStaffId ? ctx.loaders.staff.load(conflict.savedByStaffId) : null;
  }
}
