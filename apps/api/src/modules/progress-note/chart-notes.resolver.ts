import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/connection.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { Client } from '../client/client.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { chartNotes } from './chart-notes.service.js';
import { ChartNote, ChartNotePage } from './chart-notes.types.js';

@Resolver(() => Client)
export class ClientChartNotesResolver {
  @Authorized('READ_GROUP_RECORDS', 'READ_CHART')
  @FieldResolver(() => ChartNotePage, {
    description: 'Progress notes of every episode, newest session first: those you may read.',
  })
  progressNotes(
    @Root() client: Client,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ChartNotePage> {
    return chartNotes(ctx.scope(), client.id, args);
  }
}

@Resolver(() => ChartNote)
export class ChartNoteResolver {
  @Authorized('READ_GROUP_RECORDS', 'READ_CHART')
  @FieldResolver(() => Staff)
  async author(@Root() note: ChartNote, @Ctx() ctx: GraphQLContext): Promise<Staff> {
    return (await ctx.loaders.staff.load(note.authorStaffId))!;
  }
}
