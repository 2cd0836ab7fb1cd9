import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { derivedUrgency, mayEditScreeningIn, ScreeningUrgency } from '@waypoint/domain';
import { orConflict } from '../../graphql/conflict.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { AuthorizesTarget } from '../../graphql/target-authorization.js';
import { Episode } from '../episode/episode.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { SaveIntakeScreeningInput } from './dto/save-intake-screening.input.js';
import { IntakeScreeningSaveResult } from './intake-screening-save-result.js';
import { IntakeScreening, ScreeningEscalation } from './intake-screening.entity.js';
import { saveIntakeScreening } from './intake-screening.service.js';

@Resolver(() => Episode)
export class EpisodeScreeningResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => IntakeScreening, {
    nullable: true,
    description: 'The intake screening, once one is recorded.',
  })
  screening(@Root() episode: Episode, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.screeningByEpisode.load(episode.id);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => Boolean, {
    description:
      'The screening can still be changed (before admission); whether you may is Client.access.',
  })
  screeningOpen(@Root() episode: Episode): boolean {
    return mayEditScreeningIn(episode.status);
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('EPISODE', 'input.episodeId')
  @Mutation(() => IntakeScreeningSaveResult, {
    description:
      'Saves the whole screening (before admission). A positive safety answer escalates it: the urgency is raised and what was advised is recorded. An IntakeScreeningConflict if stale.',
  })
  saveIntakeScreening(
    @Arg('input', () => SaveIntakeScreeningInput) input: SaveIntakeScreeningInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orConflict('IntakeScreening', () => saveIntakeScreening(ctx.scope(), input));
  }
}

@Resolver(() => IntakeScreening)
export class IntakeScreeningResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => Boolean, {
    description: 'Made with the structured questions (false: an older screening, notes only).',
  })
  structured(@Root() screening: IntakeScreening): boolean {
    return screening.safety !== null;
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => ScreeningUrgency, {
    nullable: true,
    description: 'The urgency the safety answers alone call for.',
  })
  derivedUrgency(@Root() screening: IntakeScreening): ScreeningUrgency | null {
    return screening.safety ? derivedUrgency(screening.safety) : null;
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => [ScreeningEscalation], {
    description: 'How each escalation was handled, newest first.',
  })
  escalations(@Root() screening: IntakeScreening, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.escalationsByScreening.load(screening.id);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => Staff, { nullable: true })
  recordedBy(@Root() screening: IntakeScreening, @Ctx() ctx: GraphQLContext) {
    return screening.recordedByStaffId ? ctx.loaders.staff.load(screening.recordedByStaffId) : null;
  }
}

@Resolver(() => ScreeningEscalation)
export class ScreeningEscalationResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => Staff)
  async recordedBy(@Root() escalation: ScreeningEscalation, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.staff.load(escalation.recordedByStaffId))!;
  }
}
