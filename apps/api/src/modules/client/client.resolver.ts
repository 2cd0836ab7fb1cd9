import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { clientDisplayName } from '@waypoint/domain';
import { Connection } from '../../graphql/connection.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { requireId } from '../../graphql/ids.js';
import { Episode } from '../episode/episode.entity.js';
import { Client } from './client.entity.js';
import { getClient, listClients } from './client.service.js';
import { ClientsArgs } from './dto/clients.args.js';

@ObjectType()
export class ClientConnection extends Connection(Client) {}

@Resolver(() => Client)
export class ClientResolver {
  @Query(() => ClientConnection, { description: 'Clients by name, filtered by their current episode.' })
  clients(@Args(() => ClientsArgs) args: ClientsArgs, @Ctx() ctx: GraphQLContext) {
    return listClients(ctx.db, args);
  }

  @Query(() => Client)
  client(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Client> {
    return getClient(ctx.db, requireId(id, 'id'));
  }

  @FieldResolver(() => String, { description: 'Preferred (or legal) first name and last name.' })
  displayName(@Root() client: Client): string {
    return clientDisplayName(client);
  }

  @FieldResolver(() => Episode, { nullable: true, description: 'The episode opened most recently.' })
  async currentEpisode(@Root() client: Client, @Ctx() ctx: GraphQLContext): Promise<Episode | null> {
    return (await ctx.loaders.episodesByClient.load(client.id))[0] ?? null;
  }

  @FieldResolver(() => [Episode], { description: 'All episodes, newest first.' })
  episodes(@Root() client: Client, @Ctx() ctx: GraphQLContext): Promise<Episode[]> {
    return ctx.loaders.episodesByClient.load(client.id);
  }
}
