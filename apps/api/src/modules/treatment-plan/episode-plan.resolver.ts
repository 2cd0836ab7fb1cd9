import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { newPlanDue, planWorkAllowed, statusesInPhase } from '@waypoint/domain';
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
      "When a plan is due while none is in effect (the program's initial-plan window): the " +
      'initial plan, from admission; or, for a client whose plan was closed in discharge ' +
      'planning and who came back into treatment, a new plan, from that return (newPlanDue in ' +
      'packages/domain). Null while a plan is in effect, or the client is not in treatment.',
  })
  async initialPlanDue(
    @Root() episode: Episode,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanReviewClock | null> {
    if (!planWorkAllowed(episode.status)) return null;
    const versions = await ctx.loaders.treatmentPlan.plansByEpisode.load(episode.id);
    const returnsNeeded =
      !versions.some((v) => v.status === 'ACTIVE') && versions.some((v) => v.activatedAt);
    // Only an episode whose plan was closed reads its transitions (rare; never on a plain list).
    const returns = returnsNeeded
      ? (
          await ctx.db.query<{ at: Date }[]>(
            `SELECT occurred_at AS at FROM episode_transition
             WHERE episode_id = $1 AND from_status = 'DISCHARGE_PLANNING' AND to_status = ANY($2::text[])`,
            [episode.id, statusesInPhase('IN_TREATMENT')],
          )
        ).map((r) => r.at)
      : [];
    const due = newPlanDue({
      episodeStatus: episode.status,
      admittedAt: episode.admittedAt ?? episode.openedAt,
      versions,
      returnsToTreatment: returns,
    });
    if (!due) return null;
    const program = (await ctx.loaders.program.load(episode.programId))!;
    // The initial-plan window runs from `due.from` (admission, or the return).
    return planReviewClock(
      {
        program,
        episode: { admittedAt: due.from, openedAt: due.from },
        plan: null,
        levelOfCareChanges: [],
      },
      new Date(),
    );
  }
}
