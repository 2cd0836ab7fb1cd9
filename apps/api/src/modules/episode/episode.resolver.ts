import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EpisodePhase, episodePhase } from '@waypoint/domain';
import type { GraphQLContext } from '../../graphql/context.js';
import { Program } from '../program/program.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { Episode } from './episode.entity.js';

@Resolver(() => Episode)
export class EpisodeResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => EpisodePhase)
  phase(@Root() episode: Episode): EpisodePhase {
    return episodePhase(episode.status);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => Program)
  async program(@Root() episode: Episode, @Ctx() ctx: GraphQLContext): Promise<Program> {
    return (await ctx.loaders.program.load(episode.programId))!;
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => Staff, { nullable: true })
  primaryClinician(
    @Root() episode: Episode,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Staff | null> | null {
    return episode.primaryClinicianId ? ctx.loaders.staff.load(episode.primaryClinicianId) : null;
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => Staff, { nullable: true })
  caseManager(@Root() episode: Episode, @Ctx() ctx: GraphQLContext): Promise<Staff | null> | null {
    return episode.caseManagerId ? ctx.loaders.staff.load(episode.caseManagerId) : null;
  }
}
