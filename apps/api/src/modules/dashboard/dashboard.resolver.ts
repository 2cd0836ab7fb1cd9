import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Info,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { selects } from '../../graphql/selection.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { requireId } from '../../graphql/ids.js';
import { Client } from '../client/client.entity.js';
import { Episode } from '../episode/episode.entity.js';
import { Program } from '../program/program.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { dashboardClients, directorDashboard, myWorklist } from './dashboard.service.js';
import {
  CensusCount,
  ClinicianCaseload,
  DashboardClientConnection,
  DashboardClientRow,
  DashboardClientsArgs,
  DashboardDrillDownInput,
  DashboardFilter,
  DirectorDashboard,
  PlanReviewDueConnection,
  PlanReviewsDueArgs,
  WorklistItem,
} from './dashboard.types.js';
import { listPlanReviewsDue } from './plan-reviews-due.service.js';

@Resolver()
export class DashboardResolver {
  @Authorized('READ_CHART')
  @Query(() => DirectorDashboard, {
    description:
      'Census, flow, caseloads, reviews and length of stay over the clients you may see.',
  })
  directorDashboard(
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => DashboardFilter, { nullable: true }) filter?: DashboardFilter | null,
  ) {
    return directorDashboard(ctx.scope(), filter, new Date(), {
      loaders: ctx.loaders,
      programs: selects(info, 'census', 'program'),
      clinicians: selects(info, 'caseloads', 'clinician'),
    });
  }

  @Authorized('READ_CHART')
  @Query(() => DashboardClientConnection, {
    description: 'The clients behind one dashboard figure, a page at a time, sorted on the server.',
  })
  dashboardClients(
    @Arg('input', () => DashboardDrillDownInput) input: DashboardDrillDownInput,
    @Args(() => DashboardClientsArgs) page: DashboardClientsArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return dashboardClients(ctx.scope(), { ...page, input });
  }

  @Authorized('READ_CHART')
  @Query(() => PlanReviewDueConnection, {
    description:
      'Plan reviews and initial plans due for the in-treatment clients you may see, soonest first.',
  })
  planReviewsDue(
    @Args(() => PlanReviewsDueArgs) args: PlanReviewsDueArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return listPlanReviewsDue(ctx.scope(), {
      programId: args.programId ? requireId(args.programId, 'programId') : null,
      statuses: args.status ?? null,
      first: args.first,
      after: args.after ?? null,
    });
  }

  @Authorized('READ_CHART')
  @Query(() => [WorklistItem], {
    description: 'Your caseload with what needs doing, most urgent first.',
  })
  myWorklist(@Ctx() ctx: GraphQLContext) {
    return myWorklist(ctx.scope());
  }
}

/** Records named by id in dashboard rows, loaded in batches. */
async function clientOf(row: { clientId: string }, ctx: GraphQLContext): Promise<Client> {
  return await ctx.loaders.client.load(row.clientId);
}
async function episodeOf(row: { episodeId: string }, ctx: GraphQLContext): Promise<Episode> {
  return await ctx.loaders.episode.load(row.episodeId);
}

@Resolver(() => DashboardClientRow)
export class DashboardClientRowResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => Client)
  client(@Root() row: DashboardClientRow, @Ctx() ctx: GraphQLContext) {
    return clientOf(row, ctx);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => Episode)
  episode(@Root() row: DashboardClientRow, @Ctx() ctx: GraphQLContext) {
    return episodeOf(row, ctx);
  }
}

@Resolver(() => WorklistItem)
export class WorklistItemResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => Client)
  client(@Root() item: WorklistItem, @Ctx() ctx: GraphQLContext) {
    return clientOf(item, ctx);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => Episode)
  episode(@Root() item: WorklistItem, @Ctx() ctx: GraphQLContext) {
    return episodeOf(item, ctx);
  }
}

@Resolver(() => CensusCount)
export class CensusCountResolver {
  @Authorized('SIGNED_IN')
  @FieldResolver(() => Program)
  async program(@Root() row: CensusCount, @Ctx() ctx: GraphQLContext): Promise<Program> {
    return (await ctx.loaders.program.load(row.programId))!;
  }
}

@Resolver(() => ClinicianCaseload)
export class ClinicianCaseloadResolver {
  @Authorized('SIGNED_IN')
  @FieldResolver(() => Staff)
  async clinician(@Root() row: ClinicianCaseload, @Ctx() ctx: GraphQLContext): Promise<Staff> {
    return (await ctx.loaders.staff.load(row.clinicianId))!;
  }
}
