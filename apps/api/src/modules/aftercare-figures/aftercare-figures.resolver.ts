import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { GraphQLContext } from '../../graphql/context.js';
import { FollowUpFigures, followUpFigures } from './follow-up-figures.js';
import { OutcomeFigures, outcomeFigures } from './outcome-figures.js';
import {
  OutcomeFigure,
  OutcomeFigureClients,
  outcomeFigureClients,
} from './outcome-figure-clients.js';

/** The director dashboard's aftercare sections: follow-up work and outcomes (for funders). */
@Resolver()
export class AftercareFiguresResolver {
  @Authorized('READ_CHART')
  @Query(() => FollowUpFigures, {
    description:
      'Follow-ups due this week, missed, and clients flagged for outreach, in the programs you direct.',
  })
  followUpFigures(
    @Ctx() ctx: GraphQLContext,
    @Arg('programIds', () => [ID], { nullable: true }) programIds: string[] | null,
  ) {
    return followUpFigures(ctx.scope(), programIds);
  }

  @Authorized('READ_CHART')
  @Query(() => OutcomeFigures, {
    description:
      'Outcomes of the discharges in a period (by discharge day), in the programs you direct.',
  })
  outcomeFigures(
    @Ctx() ctx: GraphQLContext,
    @Arg('from', () => GraphQLLocalDate) from: string,
    @Arg('to', () => GraphQLLocalDate) to: string,
    @Arg('programIds', () => [ID], { nullable: true }) programIds: string[] | null,
  ) {
    return outcomeFigures(ctx.scope(), { from, to }, programIds);
  }

  @Authorized('READ_CHART')
  @Query(() => OutcomeFigureClients, {
    description:
      'The discharges behind one outcome figure, in the programs you direct; each is recorded as read.',
  })
  outcomeFigureClients(
    @Ctx() ctx: GraphQLContext,
    @Arg('figure', () => OutcomeFigure) figure: OutcomeFigure,
    @Arg('from', () => GraphQLLocalDate) from: string,
    @Arg('to', () => GraphQLLocalDate) to: string,
    @Arg('programIds', () => [ID], { nullable: true }) programIds: string[] | null,
  ) {
    return outcomeFigureClients(ctx.scope(), figure, { from, to }, programIds);
  }
}
