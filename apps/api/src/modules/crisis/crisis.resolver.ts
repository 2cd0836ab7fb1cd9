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
import { signedIn, type GraphQLContext } from '../../graphql/context.js';
import { CrisisCallerMatch, crisisCallerMatches } from './crisis-caller.js';
import { ConflictError } from '../../graphql/conflict.js';
import { AuthorizesTarget } from '../../graphql/target-authorization.js';
import { Client } from '../client/client.entity.js';
import { Program } from '../program/program.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { CrisisContact, OnCallShift } from './crisis.entity.js';
import {
  addOnCallShift,
  completeCrisisFollowUp,
  logCrisisContact,
  myCrisisFollowUps,
  onCallNow,
  onCallRoster,
  removeOnCallShift,
  updateOnCallShift,
} from './crisis.service.js';
import {
  AddOnCallShiftInput,
  CompleteCrisisFollowUpInput,
  LogCrisisContactInput,
  OnCallRoster,
  OnCallShiftConflict,
  OnCallShiftSaveResult,
  ProgramOnCall,
  RemoveOnCallShiftInput,
  UpdateOnCallShiftInput,
} from './crisis.types.js';

async function orShiftConflict(ctx: GraphQLContext, save: () => Promise<OnCallShift>) {
  try {
    return await save();
  } catch (err) {
    if (!(err instanceof ConflictError) || err.recordType !== 'OnCallShift') throw err;
    const current = await ctx.db.getRepository(OnCallShift).findOneByOrFail({ id: err.recordId });
    return Object.assign(new OnCallShiftConflict(), { message: err.message, current });
  }
}

@Resolver(() => OnCallShift)
export class OnCallShiftResolver {
  @Authorized('READ_ON_CALL')
  @Query(() => [ProgramOnCall], {
    description: 'Who answers the crisis line now, in each program the caller works in.',
  })
  onCallNow(@Ctx() ctx: GraphQLContext): Promise<ProgramOnCall[]> {
    return onCallNow(ctx.scope(), signedIn(ctx));
  }

  @Authorized('READ_ON_CALL')
  @AuthorizesTarget('PROGRAM', 'programId')
  @Query(() => OnCallRoster, {
    description: 'A month of the program’s on-call roster, with its gaps, overlaps and handovers.',
  })
  onCallRoster(
    @Arg('programId', () => ID) programId: string,
    @Arg('month', () => String, { description: 'YYYY-MM in the program’s calendar.' })
    month: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OnCallRoster> {
    return onCallRoster(ctx.scope(), programId, month);
  }

  @Authorized('MANAGE_ON_CALL_ROSTER')
  @AuthorizesTarget('PROGRAM', 'input.programId')
  @Mutation(() => OnCallShift, { description: 'Adds a shift to the on-call roster (a director).' })
  addOnCallShift(
    @Arg('input', () => AddOnCallShiftInput) input: AddOnCallShiftInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OnCallShift> {
    return addOnCallShift(ctx.scope(), input);
  }

  @Authorized('MANAGE_ON_CALL_ROSTER')
  @AuthorizesTarget('PROGRAM', 'input.programId')
  @Mutation(() => OnCallShiftSaveResult, {
    description: 'Changes a shift (a director); an OnCallShiftConflict if stale.',
  })
  updateOnCallShift(
    @Arg('input', () => UpdateOnCallShiftInput) input: UpdateOnCallShiftInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orShiftConflict(ctx, () => updateOnCallShift(ctx.scope(), input));
  }

  @Authorized('MANAGE_ON_CALL_ROSTER')
  @AuthorizesTarget('PROGRAM', 'input.programId')
  @Mutation(() => OnCallShiftSaveResult, {
    description:
      'Removes a shift (a director): answers it as it was; an OnCallShiftConflict if stale.',
  })
  removeOnCallShift(
    @Arg('input', () => RemoveOnCallShiftInput) input: RemoveOnCallShiftInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orShiftConflict(ctx, () => removeOnCallShift(ctx.scope(), input));
  }

  @Authorized('READ_ON_CALL')
  @FieldResolver(() => Staff, { description: 'Who is on call.' })
  async staff(@Root() shift: OnCallShift, @Ctx() ctx: GraphQLContext): Promise<Staff> {
    return (await ctx.loaders.staff.load(shift.staffId))!;
  }
}

@Resolver(() => CrisisContact)
export class CrisisContactResolver {
  @Authorized('LOG_CRISIS_CONTACT')
  @AuthorizesTarget('PROGRAM', 'input.programId')
  @Mutation(() => CrisisContact, {
    description:
      'Logs a crisis-line contact; with a client it goes on the primary clinician’s Today, and HIGH risk brings the plan review forward.',
  })
  logCrisisContact(
    @Arg('input', () => LogCrisisContactInput) input: LogCrisisContactInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CrisisContact> {
    return logCrisisContact(ctx.scope(), input);
  }

  @Authorized('LOG_CRISIS_CONTACT')
  @AuthorizesTarget('PROGRAM', 'programId')
  @Query(() => [CrisisCallerMatch], {
    description:
      'Who a crisis-line caller may be: clients of the program in treatment or aftercare whose name contains `search` (identity only; each shown is audited).',
  })
  crisisCallerMatches(
    @Arg('programId', () => ID) programId: string,
    @Arg('search') search: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CrisisCallerMatch[]> {
    return crisisCallerMatches(ctx.scope(), programId, search);
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('EPISODE', 'input.episodeId')
  @Mutation(() => CrisisContact, { description: 'Marks a crisis contact followed up.' })
  completeCrisisFollowUp(
    @Arg('input', () => CompleteCrisisFollowUpInput) input: CompleteCrisisFollowUpInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CrisisContact> {
    return completeCrisisFollowUp(ctx.scope(), input);
  }

  @Authorized('READ_CHART')
  @Query(() => [CrisisContact], {
    description: 'Crisis contacts about my clients still to follow up: most urgent first.',
  })
  myCrisisFollowUps(@Ctx() ctx: GraphQLContext): Promise<CrisisContact[]> {
    return myCrisisFollowUps(ctx.scope());
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => Client, {
    nullable: true,
    description:
      'The client, when known and the viewer may read their chart (a colleague on call names the caller without reading the chart).',
  })
  async client(@Root() c: CrisisContact, @Ctx() ctx: GraphQLContext): Promise<Client | null> {
    if (!c.clientId || !(await ctx.scope().allows('READ_CHART', c.clientId))) return null;
    return (await ctx.loaders.client.load(c.clientId)) ?? null;
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => ID, { nullable: true })
  episodeId(@Root() c: CrisisContact): string | null {
    return c.episodeId;
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => Program, { description: 'The program whose line took the call.' })
  async program(@Root() c: CrisisContact, @Ctx() ctx: GraphQLContext): Promise<Program> {
    return (await ctx.loaders.program.load(c.programId))!;
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => Staff, { description: 'Who took the call.' })
  async loggedBy(@Root() c: CrisisContact, @Ctx() ctx: GraphQLContext): Promise<Staff> {
    return (await ctx.loaders.staff.load(c.loggedByStaffId))!;
  }
}
