import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Mutation,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import {
  episodePhase,
  intakeCapabilities,
  isMeasureInstrument,
  localDate,
  admissionReadiness,
} from '@waypoint/domain';
import { orConflict } from '../../graphql/conflict.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { AuthorizesTarget } from '../../graphql/target-authorization.js';
import { Staff } from '../staff/staff.entity.js';
import { ChangeLevelOfCareInput } from './dto/episode.inputs.js';
import { LevelOfCareChange } from './episode-transition.entity.js';
import { EpisodeSaveResult } from './episode-save-result.js';
import { Episode } from './episode.entity.js';
import { changeLevelOfCare } from './level-of-care.service.js';

@ObjectType({ description: 'Something an admission still needs.' })
export class AdmissionProblem {
  @Field(() => String, { description: 'BIO_PSYCHO_SOCIAL, ASAM or AGE_IN_PROGRAM_RANGE.' })
  requirement: string;

  @Field(() => String, { description: 'The record or input that satisfies it.' })
  field: string;

  @Field(() => String)
  message: string;
}

@ObjectType({
  description:
    'Whether the episode can be admitted, and what the viewer may decide at intake (the rules live in the domain; the web app shows them).',
})
export class AdmissionReadinessView {
  @Field(() => Boolean, { description: 'The viewer may decide admission (clinician or director).' })
  mayDecideAdmission: boolean;

  @Field(() => Boolean, { description: 'The viewer may record the ASAM assessment.' })
  mayRecordAsam: boolean;

  @Field(() => Boolean, { description: "The viewer may override the program's age range." })
  mayOverrideAgeRule: boolean;

  @Field(() => [AdmissionProblem], { description: 'What is missing; empty when ready.' })
  problems: AdmissionProblem[];

  @Field(() => String, {
    nullable: true,
    description: 'The level of care the ASAM recommends: the first level of care on admission.',
  })
  recommendedLevelOfCare: string | null;
}

@Resolver(() => Episode)
export class EpisodeLevelOfCareResolver {
  @Authorized('EDIT_CHART')
  @AuthorizesTarget('EPISODE', 'input.episodeId')
  @Mutation(() => EpisodeSaveResult, {
    description:
      'Records a new level of care (clinical and authorized) with a reason; a clinician or director, while in treatment. Only an actual change counts as a level-of-care change for the plan review. An EpisodeConflict if stale.',
  })
  changeLevelOfCare(
    @Arg('input', () => ChangeLevelOfCareInput) input: ChangeLevelOfCareInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orConflict('Episode', () => changeLevelOfCare(ctx.scope(), input));
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => [LevelOfCareChange], {
    description: 'Level of care over time, newest first: clinical and authorized, why, who, when.',
  })
  levelOfCareHistory(
    @Root() episode: Episode,
    @Ctx() ctx: GraphQLContext,
  ): Promise<LevelOfCareChange[]> {
    // The scoped loader checks each record against its episode and records the read.
    return ctx.loaders.levelOfCareByEpisode.load(episode.id);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => AdmissionReadinessView, {
    nullable: true,
    description: 'Before admission: who may decide it and what it still needs. Null afterwards.',
  })
  async admission(
    @Root() episode: Episode,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AdmissionReadinessView | null> {
    if (episodePhase(episode.status) !== 'PRE_ADMISSION') return null;
    const roles = (ctx.viewer?.programRoles ?? [])
      .filter((r) => r.programId === episode.programId)
      .map((r) => r.role);
    const [client, program, assessments] = await Promise.all([
      ctx.loaders.client.load(episode.clientId),
      ctx.loaders.program.load(episode.programId),
      ctx.loaders.assessmentsByEpisode.load(episode.id),
    ]);
    const readiness = admissionReadiness({
      roles,
      assessments: assessments.flatMap((a) =>
        isMeasureInstrument(a.instrument) ? [] : [{ instrument: a.instrument, answers: a.answers }],
      ),
      dateOfBirth: client.dateOfBirth,
      admissionDate: localDate(new Date(), program!.timeZone),
      ageRange: { minAge: program!.minAge, maxAge: program!.maxAge },
    });
    return {
      ...intakeCapabilities(roles),
      problems: readiness.problems,
      recommendedLevelOfCare: readiness.recommendedLevel,
    };
  }
}

@Resolver(() => LevelOfCareChange)
export class LevelOfCareChangeResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => Staff)
  async changedBy(@Root() change: LevelOfCareChange, @Ctx() ctx: GraphQLContext): Promise<Staff> {
    return (await ctx.loaders.staff.load(change.changedByStaffId))!;
  }
}
