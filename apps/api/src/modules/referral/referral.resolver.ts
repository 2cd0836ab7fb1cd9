import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { allowedReferralTransitions, ReferralStatus } from '@waypoint/domain';
import { orConflict } from '../../graphql/conflict.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { AuthorizesTarget } from '../../graphql/target-authorization.js';
import { CommunityResource } from '../community-resource/community-resource.entity.js';
import { Episode } from '../episode/episode.entity.js';
import { PlanGoal } from '../treatment-plan/treatment-plan.entity.js';
import { CreateReferralInput, ReferralRef, TransitionReferralInput } from './dto/referral.input.js';
import { ReferralSaveResult, SendReferralResult } from './referral-save-result.js';
import { Referral, ReferralStatusChange } from './referral.entity.js';
import { createReferral, sendReferral, transitionReferral } from './referral.service.js';

@Resolver(() => Episode)
export class EpisodeReferralResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => [Referral], { description: 'Referrals made in this episode, newest first.' })
  referrals(@Root() episode: Episode, @Ctx() ctx: GraphQLContext): Promise<Referral[]> {
    return ctx.loaders.referral.referralsByEpisode.load(episode.id);
  }
}

@Resolver(() => PlanGoal)
export class PlanGoalReferralResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => [Referral], {
    description: 'Referrals made for this goal, with their outcome.',
  })
  referrals(@Root() goal: PlanGoal, @Ctx() ctx: GraphQLContext): Promise<Referral[]> {
    return ctx.loaders.referral.referralsByGoalLineage.load(goal.lineageId);
  }
}

@Resolver(() => Referral)
export class ReferralResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => CommunityResource, { nullable: true, description: 'The directory entry.' })
  async resource(
    @Root() r: Referral,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CommunityResource | null> {
    return r.resourceId ? ctx.loaders.referral.resource.load(r.resourceId) : null;
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => [ReferralStatusChange], { description: 'Every move, oldest first.' })
  statusHistory(@Root() r: Referral, @Ctx() ctx: GraphQLContext): Promise<ReferralStatusChange[]> {
    return ctx.loaders.referral.statusChangesByReferral.load(r.id);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => [ReferralStatus], {
    description: 'The moves the lifecycle allows from here.',
  })
  allowedTransitions(@Root() r: Referral): ReferralStatus[] {
    return allowedReferralTransitions(r.status);
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('EPISODE', 'input.episodeId')
  @Mutation(() => Referral, { description: 'Writes a draft referral.' })
  createReferral(
    @Arg('input', () => CreateReferralInput) input: CreateReferralInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return createReferral(ctx.scope(), input);
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('EPISODE', 'input.episodeId')
  @Mutation(() => SendReferralResult, {
    description:
      'Sends the referral if a consent covers its recipient and purpose now (recording the disclosure); otherwise ConsentMissing, and nothing changes.',
  })
  sendReferral(@Arg('input', () => ReferralRef) input: ReferralRef, @Ctx() ctx: GraphQLContext) {
    return orConflict('Referral', () => sendReferral(ctx.scope(), input));
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('EPISODE', 'input.episodeId')
  @Mutation(() => ReferralSaveResult, {
    description:
      'Moves the referral (accepted, rejected, scheduled, completed with outcome, cancelled…); INVALID_TRANSITION names the states. To send, use sendReferral.',
  })
  transitionReferral(
    @Arg('input', () => TransitionReferralInput) input: TransitionReferralInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orConflict('Referral', () => transitionReferral(ctx.scope(), input));
  }
}
