import {
  Arg,
  Field,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { clientDisplayName } from '@waypoint/domain';
import { orConflict } from '../../graphql/conflict.js';
import { Connection } from '../../graphql/connection.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { requireId } from '../../graphql/ids.js';
import { argumentsAt, selects } from '../../graphql/selection.js';
import { validWeeks } from '../attendance/weekly-hours.service.js';
import { Episode } from '../episode/episode.entity.js';
import { ClientSaveResult } from './client-save-result.js';
import { Client } from './client.entity.js';
import { getClient, listClients, updateClient } from './client.service.js';
import { ClientsArgs } from './dto/clients.args.js';
import { UpdateClientInput } from './dto/update-client.input.js';
import { AuthorizesTarget } from '../../graphql/target-authorization.js';

@ObjectType()
export class ClientConnection extends Connection(Client) {}

@ObjectType({
  description:
    'What you may do with this client now, judged per episode (care team of an open episode, ' +
    'the read-only window after one ended, program roles, break-glass), so screens offer only that.',
})
export class ClientAccess {
  @Field(() => Boolean)
  canEdit: boolean;

  @Field(() => Boolean, { description: 'See who opened the chart (directors).' })
  canReadAuditTrail: boolean;

  @Field(() => Boolean, { description: 'Your role allows emergency (break-glass) access here.' })
  canBreakGlass: boolean;

  @Field(() => Boolean, {
    description:
      'You read this chart only through a break-glass grant (no episode of the client is yours).',
  })
  emergencyOnly: boolean;

  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: 'Your break-glass access ends then.',
  })
  emergencyAccessUntil: Date | null;
}

@Resolver(() => Client)
export class ClientResolver {
  @Authorized('READ_CHART')
  @Query(() => ClientConnection, {
    description: 'The clients you may see, by name, filtered by their current episode.',
  })
  clients(
    @Args(() => ClientsArgs) args: ClientsArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const current = selects(info, 'edges', 'node', 'currentEpisode');
    return listClients(ctx.scope(), args, current ? ctx.loaders : undefined);
  }

  @Authorized('READ_CHART')
  @Query(() => Client, { description: 'FORBIDDEN outside your access; see breakGlass.' })
  client(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Client> {
    const all = selects(info, 'episodes');
    if (!all && !selects(info, 'currentEpisode'))
      return getClient(ctx.scope(), requireId(id, 'id'));
    // The chart's hours bars: read with the episodes (a bad `weeks` is refused by the field).
    const weeks = [
      ...argumentsAt(info, 'episodes', 'weeklyHours'),
      ...argumentsAt(info, 'currentEpisode', 'weeklyHours'),
    ]
      .map((args) => args.weeks as number)
      .filter(validWeeks);
    return getClient(ctx.scope(), requireId(id, 'id'), {
      loaders: ctx.loaders,
      episodes: all ? 'all' : 'newest',
      hours: weeks.length ? { weeks, now: new Date() } : undefined,
    });
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('CLIENT', 'input.id')
  @Mutation(() => ClientSaveResult, {
    description: "Changes a client's contact details; a ClientConflict if stale.",
  })
  updateClient(
    @Arg('input', () => UpdateClientInput) input: UpdateClientInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orConflict('Client', () => updateClient(ctx.scope(), input));
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => ClientAccess)
  async access(@Root() client: Client, @Ctx() ctx: GraphQLContext): Promise<ClientAccess> {
    const scope = ctx.scope();
    const [canEdit, canReadAuditTrail, canBreakGlass, emergencyAccessUntil, readsOwn] =
      await Promise.all([
        scope.allowsMany('EDIT_CHART').load(client.id),
        scope.allowsMany('READ_AUDIT_TRAIL').load(client.id),
        scope.allowsMany('BREAK_GLASS').load(client.id),
        scope.emergencyAccessUntil().load(client.id),
        scope.allowsMany('READ_CHART', { emergency: false }).load(client.id),
      ]);
    return {
      canEdit,
      canReadAuditTrail,
      canBreakGlass,
      emergencyAccessUntil,
      emergencyOnly: !readsOwn,
    };
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => String, { description: 'Preferred (or legal) first name and last name.' })
  displayName(@Root() client: Client): string {
    return clientDisplayName(client);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => Episode, {
    nullable: true,
    description:
      'The episode opened most recently among those you may read (each episode is judged on ' +
      'its own: a former care team does not see a later episode).',
  })
  currentEpisode(@Root() client: Client, @Ctx() ctx: GraphQLContext): Promise<Episode | null> {
    return ctx.loaders.currentEpisodeByClient.load(client.id);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => [Episode], {
    description: 'The episodes you may read, newest first (others are left out).',
  })
  episodes(@Root() client: Client, @Ctx() ctx: GraphQLContext): Promise<Episode[]> {
    return ctx.loaders.episodesByClient.load(client.id);
  }
}
