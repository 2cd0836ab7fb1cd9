import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Client } from '../client/client.entity.js';
import { AftercareWorkItem, myAftercareWork } from './aftercare-worklist.js';
import { orConflict } from '../../graphql/conflict.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { AuthorizesTarget } from '../../graphql/target-authorization.js';
import { Assessment } from '../assessment/assessment.entity.js';
import { Episode } from '../episode/episode.entity.js';
import { FollowUpContact } from '../follow-up/follow-up.entity.js';
import { RecordFollowUpContactInput } from '../follow-up/follow-up.inputs.js';
import { recordFollowUpContact } from '../follow-up/follow-up.service.js';
import { Staff } from '../staff/staff.entity.js';
import {
  DischargeEpisodeResult,
  DischargeSaveResult,
  FollowUpSaveResult,
} from './discharge-save-result.js';
import { Discharge } from './discharge.entity.js';
import {
  DischargeEpisodeInput,
  SignDischargeSummaryInput,
  UpdateDischargeSummaryInput,
} from './dto/discharge.inputs.js';
import {
  dischargeEpisode,
  signDischargeSummary,
  updateDischargeSummary,
} from './discharge.service.js';

@Resolver(() => Episode)
export class EpisodeDischargeResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => Discharge, {
    nullable: true,
    description: 'The discharge, aftercare plan and summary; null before discharge.',
  })
  discharge(@Root() episode: Episode, @Ctx() ctx: GraphQLContext): Promise<Discharge | null> {
    return ctx.loaders.discharge.dischargeByEpisode.load(episode.id);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => [FollowUpContact], { description: 'Follow-up contacts, by due day.' })
  followUps(@Root() episode: Episode, @Ctx() ctx: GraphQLContext): Promise<FollowUpContact[]> {
    return ctx.loaders.discharge.followUpsByEpisode.load(episode.id);
  }
}

@Resolver(() => Discharge)
export class DischargeResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => Staff, { nullable: true, description: 'Who signed the summary.' })
  async summarySignedBy(@Root() d: Discharge, @Ctx() ctx: GraphQLContext): Promise<Staff | null> {
    return d.summarySignedById ? ctx.loaders.staff.load(d.summarySignedById) : null;
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('EPISODE', 'input.episodeId')
  @Mutation(() => DischargeEpisodeResult, {
    description:
      'Discharges the episode (Rule 6): type, reason, goal outcomes, aftercare plan or the attempt to reach a client who left, summary draft and follow-up contacts, all or nothing.',
  })
  dischargeEpisode(
    @Arg('input', () => DischargeEpisodeInput) input: DischargeEpisodeInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orConflict('Episode', () => dischargeEpisode(ctx.scope(), input));
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('EPISODE', 'input.episodeId')
  @Mutation(() => DischargeSaveResult, {
    description: 'Edits the discharge summary while it is unsigned.',
  })
  updateDischargeSummary(
    @Arg('input', () => UpdateDischargeSummaryInput) input: UpdateDischargeSummaryInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orConflict('Discharge', () => updateDischargeSummary(ctx.scope(), input));
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('EPISODE', 'input.episodeId')
  @Mutation(() => DischargeSaveResult, {
    description: 'Signs the discharge summary; a signed summary never changes.',
  })
  signDischargeSummary(
    @Arg('input', () => SignDischargeSummaryInput) input: SignDischargeSummaryInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orConflict('Discharge', () => signDischargeSummary(ctx.scope(), input));
  }
}

@Resolver(() => FollowUpContact)
export class FollowUpContactResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => Assessment, { nullable: true, description: 'The BAM given at the contact.' })
  async bam(@Root() c: FollowUpContact, @Ctx() ctx: GraphQLContext): Promise<Assessment | null> {
    if (!c.bamAssessmentId) return null;
    const measures = await ctx.loaders.measuresByEpisode.load(c.episodeId);
    return measures.find((m) => m.id === c.bamAssessmentId) ?? null;
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => Staff, { nullable: true })
  async recordedBy(@Root() c: FollowUpContact, @Ctx() ctx: GraphQLContext): Promise<Staff | null> {
    return c.recordedById ? ctx.loaders.staff.load(c.recordedById) : null;
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('EPISODE', 'input.episodeId')
  @Mutation(() => FollowUpSaveResult, {
    description:
      'Records a follow-up contact: done (how, outcome and the BAM given), attempted or missed.',
  })
  recordFollowUpContact(
    @Arg('input', () => RecordFollowUpContactInput) input: RecordFollowUpContactInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orConflict('FollowUpContact', () => recordFollowUpContact(ctx.scope(), input));
  }
}

@Resolver(() => AftercareWorkItem)
export class AftercareWorkResolver {
  @Authorized('READ_CHART')
  @Query(() => [AftercareWorkItem], {
    description:
      'Your aftercare work: follow-ups due today or overdue, summaries to sign, clients flagged for outreach.',
  })
  myAftercareWork(@Ctx() ctx: GraphQLContext): Promise<AftercareWorkItem[]> {
    return myAftercareWork(ctx.scope());
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => Client)
  client(@Root() item: AftercareWorkItem, @Ctx() ctx: GraphQLContext): Promise<Client> {
    return ctx.loaders.client.load(item.clientId);
  }
}
