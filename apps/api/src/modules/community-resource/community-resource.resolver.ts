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
import { localDate, needsReverification, todayIn } from '@waypoint/domain';
import { signedIn, type GraphQLContext } from '../../graphql/context.js';
import { DomainError } from '../../graphql/errors.js';
import { AuthorizesTarget } from '../../graphql/target-authorization.js';
import { CommunityResource } from './community-resource.entity.js';
import {
  createResource,
  searchResources,
  updateResource,
  verifyResource,
} from './community-resource.service.js';
import {
  CommunityResourceFilter,
  CommunityResourceInput,
  UpdateCommunityResourceInput,
  VerifyCommunityResourceInput,
} from './dto/community-resource.input.js';

@Resolver(() => CommunityResource)
export class CommunityResourceResolver {
  @Authorized('READ_RESOURCE_DIRECTORY')
  @AuthorizesTarget('PROGRAM', 'programId')
  @Query(() => [CommunityResource], {
    description:
      'The program’s community resource directory: search and filters, best match first.',
  })
  communityResources(
    @Arg('programId', () => ID) programId: string,
    @Arg('filter', () => CommunityResourceFilter) filter: CommunityResourceFilter,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CommunityResource[]> {
    return searchResources(ctx.db, signedIn(ctx), programId, filter);
  }

  @Authorized('READ_RESOURCE_DIRECTORY')
  @FieldResolver(() => Boolean, {
    description:
      'Never verified, or last verified the program’s `resourceReverifyDays` or more days ago.',
  })
  async needsReverification(
    @Root() r: CommunityResource,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    const program = await ctx.loaders.program.load(r.programId);
    if (!program) throw new DomainError('NOT_FOUND', 'Program not found');
    const tz = program.timeZone;
    return needsReverification(
      r.lastVerifiedAt ? localDate(r.lastVerifiedAt, tz) : null,
      todayIn(tz),
      program.resourceReverifyDays,
    );
  }

  @Authorized('MANAGE_RESOURCES')
  @AuthorizesTarget('PROGRAM', 'input.programId')
  @Mutation(() => CommunityResource, { description: 'Adds an entry (verified by you, now).' })
  createCommunityResource(
    @Arg('input', () => CommunityResourceInput) input: CommunityResourceInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return createResource(ctx.db, signedIn(ctx), input);
  }

  @Authorized('MANAGE_RESOURCES')
  @AuthorizesTarget('PROGRAM', 'input.programId')
  @Mutation(() => CommunityResource, {
    description: 'Changes an entry; a stale version is CONFLICT.',
  })
  updateCommunityResource(
    @Arg('input', () => UpdateCommunityResourceInput) input: UpdateCommunityResourceInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return updateResource(ctx.db, signedIn(ctx), input);
  }

  @Authorized('MANAGE_RESOURCES')
  @AuthorizesTarget('PROGRAM', 'input.programId')
  @Mutation(() => CommunityResource, { description: 'Records that you checked the details today.' })
  verifyCommunityResource(
    @Arg('input', () => VerifyCommunityResourceInput) input: VerifyCommunityResourceInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return verifyResource(ctx.db, signedIn(ctx), input);
  }
}
