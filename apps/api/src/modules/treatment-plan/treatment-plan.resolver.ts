import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  PLAN_SIGNERS,
  PlanSigner,
  checkSignablePlan,
  planCapabilities,
  requiredPlanSigners,
  type Capability,
} from '@waypoint/domain';
import { orConflict, type Conflict } from '../../graphql/conflict.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { requireId } from '../../graphql/ids.js';
import { Episode } from '../episode/episode.entity.js';
import { Staff } from '../staff/staff.entity.js';
import {
  CloseTreatmentPlanInput,
  CreateTreatmentPlanInput,
  PlanVersionInput,
  ReviewPlanInput,
  SignPlanInput,
} from './dto/plan.input.js';
import { activePlanClock } from './plan-clock.js';
import { ReviewPlanResult, TreatmentPlanSaveResult } from './plan-save-results.js';
import { toSignablePlan } from './plan-access.js';
import { loadTree } from './plan-reads.js';
import {
  closeTreatmentPlan,
  createTreatmentPlan,
  getTreatmentPlan,
  listEpisodePlans,
  returnPlanToDraft,
  reviewPlan,
  signPlan,
  submitPlanForSignature,
  treatmentPlanDiff,
} from './treatment-plan.service.js';
import { PlanProblem, PlanReview, PlanSignature, TreatmentPlan } from './treatment-plan.entity.js';
import { diffPlans } from './plan-diff.js';
import {
  PlanCapabilities,
  PlanDiff,
  PlanReviewClock,
  PlanSignability,
  ReviewPlanPayload,
} from './treatment-plan.types.js';
import { AuthorizesTarget } from '../../graphql/target-authorization.js';

/**
 * For a version being written while another is in effect: that version's number when nothing
 * differs (a revision with no change cannot be signed), null otherwise.
 */
async function unchangedFromVersion(
  ctx: GraphQLContext,
  plan: TreatmentPlan,
  tree: Awaited<ReturnType<typeof loadTree>>,
): Promise<number | null> {
  if (plan.status !== 'DRAFT' && plan.status !== 'PENDING_SIGNATURE') return null;
  const versions = await ctx.loaders.treatmentPlan.plansByEpisode.load(plan.episodeId);
  const active = versions.find((v) => v.status === 'ACTIVE');
  if (!active) return null;
  const diff = diffPlans(await loadTree(ctx, active.id), tree);
  const changed = Object.values(diff).some((k) => k.added + k.removed + k.changed > 0);
  return changed ? null : active.versionNumber;
}

@Resolver(() => TreatmentPlan)
export class TreatmentPlanResolver {
  @Authorized('READ_CHART')
  @Query(() => [TreatmentPlan], {
    description: "Every version of an episode's plan, newest first.",
  })
  episodeTreatmentPlans(
    @Arg('episodeId', () => ID) episodeId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TreatmentPlan[]> {
    return listEpisodePlans(ctx.scope(), requireId(episodeId, 'episodeId'));
  }

  @Authorized('READ_CHART')
  @Query(() => TreatmentPlan, { description: 'One plan version; FORBIDDEN outside your access.' })
  treatmentPlan(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TreatmentPlan> {
    return getTreatmentPlan(ctx.scope(), requireId(id, 'id'));
  }

  @Authorized('READ_CHART')
  @Query(() => PlanDiff, {
    description: 'What changed between two versions of one episode’s plan, paired by lineage.',
  })
  treatmentPlanDiff(
    @Arg('fromPlanId', () => ID) fromPlanId: string,
    @Arg('toPlanId', () => ID) toPlanId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanDiff> {
    return treatmentPlanDiff(
      ctx.scope(),
      requireId(fromPlanId, 'fromPlanId'),
      requireId(toPlanId, 'toPlanId'),
    );
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('EPISODE', 'input.episodeId')
  @Mutation(() => TreatmentPlanSaveResult, {
    description:
      'Starts the DRAFT plan of an admitted episode; a conflict carrying the plan it already has.',
  })
  createTreatmentPlan(
    @Arg('input', () => CreateTreatmentPlanInput) input: CreateTreatmentPlanInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TreatmentPlan | Conflict> {
    return orConflict('TreatmentPlan', () => createTreatmentPlan(ctx.scope(), input));
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('PLAN', 'input.planId')
  @Mutation(() => TreatmentPlanSaveResult, {
    description:
      'DRAFT → PENDING_SIGNATURE; INVALID_TRANSITION listing what is missing (Rule 4) otherwise.',
  })
  submitPlanForSignature(
    @Arg('input', () => PlanVersionInput) input: PlanVersionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TreatmentPlan | Conflict> {
    return orConflict('TreatmentPlan', () => submitPlanForSignature(ctx.scope(), input));
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('PLAN', 'input.planId')
  @Mutation(() => TreatmentPlanSaveResult, {
    description: 'PENDING_SIGNATURE → DRAFT for changes; the signatures given are voided.',
  })
  returnPlanToDraft(
    @Arg('input', () => PlanVersionInput) input: PlanVersionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TreatmentPlan | Conflict> {
    return orConflict('TreatmentPlan', () => returnPlanToDraft(ctx.scope(), input));
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('PLAN', 'input.planId')
  @Mutation(() => TreatmentPlanSaveResult, {
    description:
      'Signs a pending plan. With every required signature it becomes ACTIVE and the previous ' +
      'active version SUPERSEDED.',
  })
  signPlan(
    @Arg('input', () => SignPlanInput) input: SignPlanInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TreatmentPlan | Conflict> {
    return orConflict('TreatmentPlan', () => signPlan(ctx.scope(), input));
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('PLAN', 'input.planId')
  @Mutation(() => ReviewPlanResult, {
    description:
      'Reviews the active plan: CONTINUED restarts the clock, REVISED opens a new draft.',
  })
  reviewPlan(
    @Arg('input', () => ReviewPlanInput) input: ReviewPlanInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ReviewPlanPayload | Conflict> {
    return orConflict('TreatmentPlan', () => reviewPlan(ctx.scope(), input));
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('PLAN', 'input.planId')
  @Mutation(() => TreatmentPlanSaveResult, {
    description:
      'Abandons a draft or pending version, or closes the active one as the episode ends.',
  })
  closeTreatmentPlan(
    @Arg('input', () => CloseTreatmentPlanInput) input: CloseTreatmentPlanInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TreatmentPlan | Conflict> {
    return orConflict('TreatmentPlan', () => closeTreatmentPlan(ctx.scope(), input));
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => Episode)
  episode(@Root() plan: TreatmentPlan, @Ctx() ctx: GraphQLContext): Promise<Episode> {
    return ctx.loaders.episode.load(plan.episodeId);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => Staff, { nullable: true })
  createdBy(@Root() plan: TreatmentPlan, @Ctx() ctx: GraphQLContext): Promise<Staff | null> {
    return ctx.loaders.staff.load(plan.createdByStaffId);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => [PlanProblem], { description: 'In plan order.' })
  problems(@Root() plan: TreatmentPlan, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.treatmentPlan.problemsByPlan.load(plan.id);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => [PlanSignature], {
    description:
      'In the order they were given: those that count, and with includeVoided those voided when ' +
      'the version went back to draft (voidedAt set).',
  })
  async signatures(
    @Root() plan: TreatmentPlan,
    @Ctx() ctx: GraphQLContext,
    @Arg('includeVoided', () => Boolean, { defaultValue: false }) includeVoided: boolean,
  ) {
    const rows = await ctx.loaders.treatmentPlan.signaturesByPlan.load(plan.id);
    return includeVoided ? rows : rows.filter((s) => s.voidedAt === null);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => [PlanSigner], {
    description: 'Who must sign for this version to take effect (the program decides).',
  })
  async requiredSigners(@Root() plan: TreatmentPlan, @Ctx() ctx: GraphQLContext) {
    const episode = await ctx.loaders.episode.load(plan.episodeId);
    const program = (await ctx.loaders.program.load(episode.programId))!;
    return requiredPlanSigners(program.requiresSupervisorSignature);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => PlanCapabilities)
  async capabilities(
    @Root() plan: TreatmentPlan,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanCapabilities> {
    const episode = await ctx.loaders.episode.load(plan.episodeId);
    const [canEditChart, program, signatures, versions] = await Promise.all([
      ctx.scope().allowsMany('EDIT_CHART').load(episode.clientId),
      ctx.loaders.program.load(episode.programId),
      ctx.loaders.treatmentPlan.signaturesByPlan.load(plan.id),
      ctx.loaders.treatmentPlan.plansByEpisode.load(plan.episodeId),
    ]);
    const viewer = ctx.viewer!;
    const caps = planCapabilities({
      plan: { status: plan.status, signatures: signatures.filter((s) => s.voidedAt === null) },
      openRevision:
        plan.status === 'ACTIVE'
          ? (versions.find((v) => v.status === 'DRAFT' || v.status === 'PENDING_SIGNATURE') ?? null)
          : null,
      episodeStatus: episode.status,
      viewer: {
        staffId: viewer.staffId,
        canEditChart,
        programRoles: viewer.programRoles
          .filter((r) => r.programId === episode.programId)
          .map((r) => r.role),
      },
    });
    const shown = (c: Capability) => ({ allowed: c.allowed, reason: c.reason });
    const required = requiredPlanSigners(program!.requiresSupervisorSignature);
    return {
      canEdit: shown(caps.edit),
      canSubmit: shown(caps.submit),
      canReturnToDraft: shown(caps.returnToDraft),
      canSign: PLAN_SIGNERS.map((signer) => ({
        signer,
        required: required.includes(signer),
        ...shown(caps.sign[signer]),
      })),
      canReview: shown(caps.review),
      canRevise: shown(caps.revise),
      canClose: shown(caps.close),
      canSetStatus: shown(caps.setStatus),
      canRecordProgress: shown(caps.recordProgress),
      canAmendProgress: shown(caps.amendProgress),
    };
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => [PlanReview], { description: 'Newest first.' })
  reviews(@Root() plan: TreatmentPlan, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.treatmentPlan.reviewsByPlan.load(plan.id);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => PlanSignability, {
    description: 'Whether the content could be signed now (Rule 4), and everything missing.',
  })
  async signable(
    @Root() plan: TreatmentPlan,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanSignability> {
    const tree = await loadTree(ctx, plan.id);
    return checkSignablePlan(toSignablePlan(tree), {
      unchangedFromVersion: await unchangedFromVersion(ctx, plan, tree),
    });
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => PlanReviewClock, {
    nullable: true,
    description:
      "When the ACTIVE version is due for review, in the program's time zone; null otherwise.",
  })
  async reviewClock(
    @Root() plan: TreatmentPlan,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanReviewClock | null> {
    if (plan.status !== 'ACTIVE') return null;
    const episode = await ctx.loaders.episode.load(plan.episodeId);
    const program = (await ctx.loaders.program.load(episode.programId))!;
    return activePlanClock(episode, program.timeZone);
  }
}
