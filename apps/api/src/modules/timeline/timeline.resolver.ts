import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Client } from '../client/client.entity.js';
import { clientTimeline } from './timeline.service.js';
import { TimelineArgs, TimelinePage } from './timeline.types.js';

@Resolver(() => Client)
export class ClientTimelineResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => TimelinePage, {
    description:
      'Sessions, notes, measures, screens, plan versions and reviews, episode moves and referrals of ' +
      'every episode the viewer may read, newest first: what to read before a session.',
  })
  timeline(
    @Root() client: Client,
    @Args(() => TimelineArgs) args: TimelineArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TimelinePage> {
    return clientTimeline(ctx.scope(), client.id, args);
  }
}
