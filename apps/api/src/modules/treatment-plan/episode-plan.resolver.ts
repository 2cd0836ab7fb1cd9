import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Episode } from '../episode/episode.entity.js';
import { initialPlanClock } from './plan-clock.js';
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
      "When a plan is due while none is in effect (the program's initial-plan window): the " +
      'initial plan, from admission; or, for a client whose plan was closed in discharge ' +
      'planning and who came back into treatment, a new plan, from that return (newPlanDue in ' +
      'packages/domain). Null while a plan is in effect, or the client is not in treatment.',
  })
  async initialPlanDue(
    @Root() episode: Episode,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanReviewClock | null> {
    const program = (await ctx.loaders.program.load(episode.programId))!;
    return initialPlanClock(episode, program.timeZone);
  }
}
