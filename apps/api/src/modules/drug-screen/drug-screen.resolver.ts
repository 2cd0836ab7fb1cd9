import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { ID } from 'type-graphql';
import { orConflict } from '../../graphql/conflict.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { AuthorizesTarget } from '../../graphql/target-authorization.js';
import { Episode } from '../episode/episode.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { DrugScreenSaveResult } from './drug-screen-save-result.js';
import { DrugScreen, RandomScreeningPick } from './drug-screen.entity.js';
import {
  completeDrugScreen,
  readRandomScreeningPick,
  recordDrugScreen,
  runRandomScreeningPick,
} from './drug-screen.service.js';
import {
  CompleteDrugScreenInput,
  RandomScreeningPickInput,
  RecordDrugScreenInput,
} from './drug-screen.types.js';

@Resolver(() => Episode)
export class EpisodeDrugScreenResolver {
  @Authorized('EDIT_CHART')
  @AuthorizesTarget('EPISODE', 'input.episodeId')
  @Mutation(() => DrugScreen, {
    description: 'Records a drug screen; an unexpected positive brings the plan review forward.',
  })
  recordDrugScreen(
    @Arg('input', () => RecordDrugScreenInput) input: RecordDrugScreenInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return recordDrugScreen(ctx.scope(), input);
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('DRUG_SCREEN', 'input.id')
  @Mutation(() => DrugScreenSaveResult, {
    description: 'Records lab results of PENDING analytes; a DrugScreenConflict if stale.',
  })
  completeDrugScreen(
    @Arg('input', () => CompleteDrugScreenInput) input: CompleteDrugScreenInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orConflict('DrugScreen', () => completeDrugScreen(ctx.scope(), input));
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => [DrugScreen], { description: 'Drug screens, newest first.' })
  drugScreens(@Root() episode: Episode, @Ctx() ctx: GraphQLContext): Promise<DrugScreen[]> {
    return ctx.loaders.drugScreensByEpisode.load(episode.id);
  }
}

@Resolver(() => DrugScreen)
export class DrugScreenResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => Staff)
  async recordedBy(@Root() s: DrugScreen, @Ctx() ctx: GraphQLContext): Promise<Staff> {
    return (await ctx.loaders.staff.load(s.recordedByStaffId))!;
  }
}

@Resolver(() => RandomScreeningPick)
export class RandomScreeningPickResolver {
  @Authorized('READ_CHART')
  @AuthorizesTarget('PROGRAM', 'input.programId')
  @Mutation(() => RandomScreeningPick, {
    description:
      'Picks this week’s clients for random screening (a director); run again, it answers the same pick.',
  })
  runRandomScreeningPick(
    @Arg('input', () => RandomScreeningPickInput) input: RandomScreeningPickInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return runRandomScreeningPick(ctx.scope(), input);
  }

  @Authorized('READ_CHART')
  @AuthorizesTarget('PROGRAM', 'programId')
  @Query(() => RandomScreeningPick, {
    nullable: true,
    description: 'The week’s random screening pick of a program (a director), if run.',
  })
  randomScreeningPick(
    @Arg('programId', () => ID) programId: string,
    @Arg('weekOf', () => GraphQLLocalDate, { nullable: true }) weekOf: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return readRandomScreeningPick(ctx.scope(), programId, weekOf);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => [Episode], { description: 'The episodes picked (clients in treatment).' })
  async picked(@Root() pick: RandomScreeningPick, @Ctx() ctx: GraphQLContext): Promise<Episode[]> {
    return Promise.all(pick.episodeIds.map((id) => ctx.loaders.episode.load(id)));
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => Staff)
  async pickedBy(@Root() pick: RandomScreeningPick, @Ctx() ctx: GraphQLContext): Promise<Staff> {
    return (await ctx.loaders.staff.load(pick.pickedByStaffId))!;
  }
}
