import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { DomainError } from '../../graphql/errors.js';
import { CommunityResource } from './community-resource.entity.js';
import { resourcesToReverify } from './resources-to-reverify.js';

@Resolver(() => CommunityResource)
export class ResourcesToReverifyResolver {
  @Authorized('MANAGE_RESOURCES')
  @Query(() => [CommunityResource], {
    description:
      'Resources due to be checked again (flagged by the hourly job) in the programs where you may verify them, longest due first.',
  })
  resourcesToReverify(
    @Arg('programIds', () => [ID], { nullable: true }) programIds: string[] | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CommunityResource[]> {
    if (!ctx.viewer) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');
    return resourcesToReverify(ctx.db, ctx.viewer, programIds);
  }
}
