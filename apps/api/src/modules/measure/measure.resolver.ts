import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import {
  INSTRUMENTS,
  MEASURE_INSTRUMENTS,
  changeSinceIntake,
  instrumentBands,
  isMeasureInstrument,
  severityBandLabel,
} from '@waypoint/domain';
import type { GraphQLContext } from '../../graphql/context.js';
import { AuthorizesTarget } from '../../graphql/target-authorization.js';
import { Assessment } from '../assessment/assessment.entity.js';
import { SafetyFollowUp } from '../assessment/safety-follow-up.entity.js';
import { Episode } from '../episode/episode.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { administerMeasure, openSafetyFlag, recordSafetyFollowUp } from './measure.service.js';
import { measuresDueFor } from './measures-due.js';
import {
  AdministerMeasureInput,
  BamSubscales,
  MeasureDue,
  MeasureTrend,
  RecordSafetyFollowUpInput,
} from './measure.types.js';

@Resolver(() => Episode)
export class EpisodeMeasuresResolver {
  @Authorized('EDIT_CHART')
  @AuthorizesTarget('EPISODE', 'input.episodeId')
  @Mutation(() => Assessment, {
    description:
      'Gives a PHQ-9, GAD-7 or BAM: the server scores the items (Rule 7) and stores version, band and flags.',
  })
  administerMeasure(
    @Arg('input', () => AdministerMeasureInput) input: AdministerMeasureInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return administerMeasure(ctx.scope(), input);
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('ASSESSMENT', 'input.assessmentId')
  @Mutation(() => Assessment, {
    description: 'Records the safety follow-up of a flagged PHQ-9; its flag then clears.',
  })
  recordSafetyFollowUp(
    @Arg('input', () => RecordSafetyFollowUpInput) input: RecordSafetyFollowUpInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return recordSafetyFollowUp(ctx.scope(), input);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => [Assessment], { description: 'PHQ-9, GAD-7 and BAM given, oldest first.' })
  measures(@Root() episode: Episode, @Ctx() ctx: GraphQLContext): Promise<Assessment[]> {
    return ctx.loaders.measuresByEpisode.load(episode.id);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => [MeasureTrend], {
    description: 'Each instrument given in this episode, with bands and the change since intake.',
  })
  async measureTrends(
    @Root() episode: Episode,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MeasureTrend[]> {
    const measures = await ctx.loaders.measuresByEpisode.load(episode.id);
    return MEASURE_INSTRUMENTS.flatMap((instrument) => {
      const points = measures.filter((m) => m.instrument === instrument);
      if (!points.length) return [];
      const bands = instrumentBands(instrument);
      return [
        {
          instrument,
          name: INSTRUMENTS[instrument].name,
          totalLoinc: INSTRUMENTS[instrument].totalLoinc,
          maxTotal: bands.length ? Math.max(...bands.map((b) => b.max)) : null,
          bands: bands.map((b) => ({ ...b, label: severityBandLabel(b.band) })),
          points,
          changeSinceIntake: changeSinceIntake(
            points.map((p) => ({
              administeredAt: p.administeredAt.toISOString(),
              total: p.totalScore,
              band: p.severityBand,
            })),
          ),
        },
      ];
    });
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => [Assessment], {
    description: 'PHQ-9s whose safety flag awaits a follow-up: shown until one is recorded.',
  })
  async openSafetyFlags(@Root() episode: Episode, @Ctx() ctx: GraphQLContext) {
    const [measures, followUps] = await Promise.all([
      ctx.loaders.measuresByEpisode.load(episode.id),
      ctx.loaders.safetyFollowUpsByEpisode.load(episode.id),
    ]);
    return measures.filter((m) => openSafetyFlag(m, followUps));
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => [MeasureDue], {
    description: 'The next scheduled administration of each measure (in treatment only).',
  })
  async measuresDue(@Root() episode: Episode, @Ctx() ctx: GraphQLContext): Promise<MeasureDue[]> {
    return (await measuresDueFor(ctx.scope().db, [episode.id])).get(episode.id) ?? [];
  }
}

@Resolver(() => Assessment)
export class MeasureScoreResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => String, { nullable: true, description: 'LOINC code of the total score.' })
  totalLoinc(@Root() a: Assessment): string | null {
    return isMeasureInstrument(a.instrument) ? INSTRUMENTS[a.instrument].totalLoinc : null;
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => BamSubscales, { nullable: true })
  bamSubscales(@Root() a: Assessment): BamSubscales | null {
    if (a.instrument !== 'BAM' || !a.subscales) return null;
    return {
      use: a.subscales.USE ?? null,
      risk: a.subscales.RISK ?? null,
      protective: a.subscales.PROTECTIVE ?? null,
    };
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => SafetyFollowUp, {
    nullable: true,
    description: 'The follow-up that answered this measure’s safety flag, if any.',
  })
  async safetyFollowUp(@Root() a: Assessment, @Ctx() ctx: GraphQLContext) {
    if (!a.flags?.includes('SAFETY')) return null;
    const followUps = await ctx.loaders.safetyFollowUpsByEpisode.load(a.episodeId);
    return followUps.find((f) => f.assessmentId === a.id) ?? null;
  }
}

@Resolver(() => SafetyFollowUp)
export class SafetyFollowUpResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => Staff)
  async recordedBy(@Root() f: SafetyFollowUp, @Ctx() ctx: GraphQLContext): Promise<Staff> {
    return (await ctx.loaders.staff.load(f.recordedByStaffId))!;
  }
}
