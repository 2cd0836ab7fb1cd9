import DataLoader from 'dataloader';
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import type { ClientScope } from '../access/client-scope.js';
import { Episode } from '../episode/episode.entity.js';
import { episodeWorklists } from './dashboard.service.js';
import { WorklistItem } from './dashboard.types.js';

/** Per request: the worklists of the episodes asked for, in one statement. */
export function createWorklistLoader(scope: () => ClientScope) {
  return new DataLoader<string, WorklistItem[]>(async (episodeIds) => {
    const items = await episodeWorklists(scope(), episodeIds);
    return episodeIds.map((id) => items.filter((item) => item.episodeId === id));
  });
}

@Resolver(() => Episode)
export class EpisodeWorklistResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => [WorklistItem], {
    description:
      'What needs doing in this episode, most urgent first (as in myWorklist); the chart’s main action is the first.',
  })
  worklist(@Root() episode: Episode, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.worklistByEpisode.load(episode.id);
  }
}
