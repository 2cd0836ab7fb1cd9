import { Arg, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { REFERRAL_COMPLETION_WINDOW_DAYS, ResourceCategory } from '@waypoint/domain';
import type { GraphQLContext } from '../../graphql/context.js';
import { DashboardFilter } from '../dashboard/dashboard.types.js';
import { Referral } from './referral.entity.js';
import { referralCompletion, referralCompletionReferrals } from './referral-completion.service.js';

@ObjectType({ description: 'How many referrals to one kind of resource ended, and completed.' })
export class CategoryCompletion {
  @Field(() => ResourceCategory, {
    nullable: true,
    description: 'Null: ad-hoc providers, outside the directory.',
  })
  category: ResourceCategory | null;

  @Field(() => Int, { description: 'Ended as COMPLETED.' })
  completed: number;

  @Field(() => Int, {
    description: 'Ended as COMPLETED, REJECTED, CLIENT_DECLINED or NO_RESPONSE (not CANCELLED).',
  })
  ended: number;

  @Field(() => Int, { nullable: true, description: 'Completed out of ended, in whole percent.' })
  percent: number | null;
}

@Resolver()
export class ReferralCompletionResolver {
  @Authorized('READ_CHART')
  @Query(() => [CategoryCompletion], {
    description: `Completion rate by resource category over the referrals that ended in the last ${REFERRAL_COMPLETION_WINDOW_DAYS} days, in the programs you direct (the dashboard's filter applies).`,
  })
  referralCompletion(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => DashboardFilter, { nullable: true }) filter?: DashboardFilter | null,
  ) {
    return referralCompletion(ctx.scope(), filter);
  }

  @Authorized('READ_CHART')
  @Query(() => [Referral], {
    description:
      'The referrals behind one category’s completion rate (null: ad-hoc providers), latest ended first.',
  })
  referralCompletionReferrals(
    @Arg('category', () => ResourceCategory, { nullable: true }) category: ResourceCategory | null,
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => DashboardFilter, { nullable: true }) filter?: DashboardFilter | null,
  ) {
    return referralCompletionReferrals(ctx.scope(), filter, category);
  }
}
