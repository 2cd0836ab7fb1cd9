import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { episodePhase } from '@waypoint/domain';
import type { GraphQLContext } from '../../graphql/context.js';
import { Episode } from '../episode/episode.entity.js';
import { planReviewClock } from './plan-clock.js';
import { TreatmentPlan } from './treatment-plan.entity.js';
import { PlanReviewClock } from './treatment-plan.types.js';

/** Treatment-plan fields on an episode; kept here so the plan module owns its reads. */
@Resolver(() => Episode)
export class EpisodeTreatmentPlanResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => TreatmentPlan, {
    nullable: true,
    description:
      'The version in effect (ACTIVE); while none is, the newest one being written (DRAFT or ' +
      'PENDING_SIGNATURE); null when there is neither.',
  })
  async currentTreatmentPlan(
    @Root() episode: Episode,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TreatmentPlan | null> {
    return (await ctx.loaders.treatmentPlan.planStateByEpisode.load(episode.id)).current;
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => PlanReviewClock, {
    nullable: true,
    description:
      "When the initial plan is due (the program's window after admission), while the client " +
      'is in treatment and no plan version has been activated; null otherwise.',
  })
  async initialPlanDue(
    @Root() episode: Episode,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanReviewClock | null> {
    if (episodePhase(episode.status) !== 'IN_TREATMENT') return null;
    if ((await ctx.loaders.treatmentPlan.planStateByEpisode.load(episode.id)).anyActivated) {
      return null;
    }
    const program = (await ctx.loaders.program.load(episode.programId))!;
    return planReviewClock({ program, episode, plan: null, levelOfCareChanges: [] }, new Date());
  }
}
