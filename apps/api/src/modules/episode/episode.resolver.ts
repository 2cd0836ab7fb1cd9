import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import {
  AdmissionDecision,
  DischargeType,
  EpisodePhase,
  EpisodeStatus,
  ORIENTATION_ITEMS,
  episodePhase,
  episodeStatusLabel,
  episodeTransitions,
} from '@waypoint/domain';
import { orConflict } from '../../graphql/conflict.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { requireId } from '../../graphql/ids.js';
import { Assessment } from '../assessment/assessment.entity.js';
import { Client } from '../client/client.entity.js';
import { Program } from '../program/program.entity.js';
import { Staff } from '../staff/staff.entity.js';
import {
  AssignCareTeamInput,
  OpenInquiryInput,
  RecordAssessmentInput,
  TransitionEpisodeInput,
  UpdateOrientationInput,
} from './dto/episode.inputs.js';
import { EpisodeTransition } from './episode-transition.entity.js';
import { EpisodeSaveResult } from './episode-save-result.js';
import { Episode } from './episode.entity.js';
import {
  assignCareTeam,
  getEpisode,
  recordAssessment,
  transitionEpisode,
  updateOrientation,
} from './episode.service.js';

import { openInquiry } from './intake.service.js';

import { AuthorizesTarget } from '../../graphql/target-authorization.js';

@ObjectType({ description: 'A move the episode may make next, and what it needs.' })
export class AvailableTransition {
  @Field(() => EpisodeStatus)
  to: EpisodeStatus;

  @Field(() => String)
  label: string;

  @Field(() => AdmissionDecision, {
    nullable: true,
    description: 'Records this admission decision.',
  })
  admissionDecision: AdmissionDecision | null;

  @Field(() => Boolean)
  reasonRequired: boolean;

  @Field(() => [DischargeType], {
    description:
      'The move ends treatment: one of these discharge types (and a reason) is required.',
  })
  dischargeTypes: DischargeType[];

  @Field(() => String)
  description: string;
}

@ObjectType()
export class OrientationItem {
  @Field(() => String)
  key: string;

  @Field(() => String)
  label: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  doneAt: string | null;
}

@Resolver(() => Episode)
export class EpisodeResolver {
  @Authorized('READ_CHART')
  @Query(() => Episode)
  episode(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Episode> {
    return getEpisode(ctx.scope(), requireId(id, 'id'));
  }

  @Authorized('OPEN_EPISODE')
  @AuthorizesTarget('PROGRAM', 'input.programId')
  @Mutation(() => Episode, {
    description:
      'A new inquiry: opens an episode in INQUIRY for a new client, or for an existing one (existingClientId: readmission). An exact name and date-of-birth match without a choice is refused (see possibleDuplicates).',
  })
  openInquiry(
    @Arg('input', () => OpenInquiryInput) input: OpenInquiryInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return openInquiry(ctx.scope(), input);
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('EPISODE', 'input.episodeId')
  @Mutation(() => EpisodeSaveResult, {
    description:
      'Moves the episode; INVALID_TRANSITION names both states, an EpisodeConflict if stale.',
  })
  transitionEpisode(
    @Arg('input', () => TransitionEpisodeInput) input: TransitionEpisodeInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orConflict('Episode', () => transitionEpisode(ctx.scope(), input));
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('EPISODE', 'input.episodeId')
  @Mutation(() => EpisodeSaveResult, { description: 'An EpisodeConflict if stale.' })
  assignCareTeam(
    @Arg('input', () => AssignCareTeamInput) input: AssignCareTeamInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orConflict('Episode', () => assignCareTeam(ctx.scope(), input));
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('EPISODE', 'input.episodeId')
  @Mutation(() => EpisodeSaveResult, { description: 'An EpisodeConflict if stale.' })
  updateOrientation(
    @Arg('input', () => UpdateOrientationInput) input: UpdateOrientationInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orConflict('Episode', () => updateOrientation(ctx.scope(), input));
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('EPISODE', 'input.episodeId')
  @Mutation(() => Assessment)
  recordAssessment(
    @Arg('input', () => RecordAssessmentInput) input: RecordAssessmentInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return recordAssessment(ctx.scope(), input);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => EpisodePhase)
  phase(@Root() episode: Episode): EpisodePhase {
    return episodePhase(episode.status);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => String)
  statusLabel(@Root() episode: Episode): string {
    return episodeStatusLabel(episode.status);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => Client, { description: 'The client this episode belongs to.' })
  client(@Root() episode: Episode, @Ctx() ctx: GraphQLContext): Promise<Client> {
    return ctx.loaders.client.load(episode.clientId);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => Program)
  async program(@Root() episode: Episode, @Ctx() ctx: GraphQLContext): Promise<Program> {
    return (await ctx.loaders.program.load(episode.programId))!;
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => Staff, { nullable: true })
  primaryClinician(
    @Root() episode: Episode,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Staff | null> | null {
    return episode.primaryClinicianId ? ctx.loaders.staff.load(episode.primaryClinicianId) : null;
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => Episode, {
    nullable: true,
    description:
      'For a readmission, the stay it follows; null for a first stay or one the viewer may not read.',
  })
  async previousEpisode(
    @Root() episode: Episode,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Episode | null> {
    if (!episode.previousEpisodeId) return null;
    // The client's episodes the viewer may read (the access rules judge each stay on its own).
    const readable = await ctx.loaders.episodesByClient.load(episode.clientId);
    return readable.find((e) => e.id === episode.previousEpisodeId) ?? null;
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => Staff, { nullable: true })
  caseManager(@Root() episode: Episode, @Ctx() ctx: GraphQLContext): Promise<Staff | null> | null {
    return episode.caseManagerId ? ctx.loaders.staff.load(episode.caseManagerId) : null;
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => [AvailableTransition], {
    description: 'Moves the lifecycle allows from here.',
  })
  availableTransitions(@Root() episode: Episode): AvailableTransition[] {
    return (episodeTransitions[episode.status] ?? []).map((t) => ({
      to: t.to,
      label: episodeStatusLabel(t.to),
      admissionDecision: t.admissionDecision ?? null,
      reasonRequired: t.reasonRequired ?? false,
      dischargeTypes: [...(t.dischargeTypes ?? [])],
      description: t.description,
    }));
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => [EpisodeTransition], { description: 'Every move, newest first.' })
  transitions(@Root() episode: Episode, @Ctx() ctx: GraphQLContext): Promise<EpisodeTransition[]> {
    return ctx.loaders.transitionsByEpisode.load(episode.id);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => [Assessment], {
    description: 'Intake instruments administered, newest first.',
  })
  assessments(@Root() episode: Episode, @Ctx() ctx: GraphQLContext): Promise<Assessment[]> {
    return ctx.loaders.assessmentsByEpisode.load(episode.id);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => [OrientationItem])
  orientationChecklist(@Root() episode: Episode): OrientationItem[] {
    return ORIENTATION_ITEMS.map((i) => ({
      key: i.key,
      label: i.label,
      doneAt: episode.orientation[i.key] ?? null,
    }));
  }
}

@Resolver(() => EpisodeTransition)
export class EpisodeTransitionResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => Staff)
  async actor(@Root() transition: EpisodeTransition, @Ctx() ctx: GraphQLContext): Promise<Staff> {
    return (await ctx.loaders.staff.load(transition.actorStaffId))!;
  }
}

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => Staff)
  async administeredBy(@Root() assessment: Assessment, @Ctx() ctx: GraphQLContext): Promise<Staff> {
    return (await ctx.loaders.staff.load(assessment.administeredByStaffId))!;
  }
}
