import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { orConflict, type Conflict } from '../../graphql/conflict.js';
import { ProgressEntryStatus, progressEntryStatus } from '@waypoint/domain';
import type { GraphQLContext } from '../../graphql/context.js';
import { Staff } from '../staff/staff.entity.js';
import { ReorderPlanElementsInput, RemovePlanElementInput } from './dto/element.input.js';
import { AddGoalInput, SetGoalStatusInput, UpdateGoalInput } from './dto/goal.input.js';
import { AddInterventionInput, UpdateInterventionInput } from './dto/intervention.input.js';
import {
  AddObjectiveInput,
  SetObjectiveStatusInput,
  UpdateObjectiveInput,
} from './dto/objective.input.js';
import { AddProblemInput, UpdateProblemInput } from './dto/problem.input.js';
import {
  CorrectGoalProgressInput,
  RecordGoalProgressInput,
  VoidGoalProgressInput,
} from './dto/progress.input.js';
import {
  correctGoalProgress,
  recordGoalProgress,
  voidGoalProgress,
} from './goal-progress.service.js';
import {
  addGoal,
  addIntervention,
  addObjective,
  addProblem,
  parentKindOf,
  removeGoal,
  removeIntervention,
  removeObjective,
  removeProblem,
  reorderPlanElements,
  setGoalStatus,
  setObjectiveStatus,
  updateGoal,
  updateIntervention,
  updateObjective,
  updateProblem,
} from './plan-content.service.js';
import {
  GoalProgress,
  PlanGoal,
  PlanIntervention,
  PlanObjective,
  PlanProblem,
  PlanReview,
  PlanSignature,
  TreatmentPlan,
} from './treatment-plan.entity.js';
import {
  PlanGoalSaveResult,
  PlanInterventionSaveResult,
  PlanObjectiveSaveResult,
  PlanProblemSaveResult,
  TreatmentPlanSaveResult,
} from './plan-save-results.js';
import { ProgressVoid } from './treatment-plan.types.js';
import { AuthorizesTarget } from '../../graphql/target-authorization.js';

const REMOVE = 'Removes it and everything under it (a DRAFT only); a conflict if stale.';
const EDIT = 'Changes a DRAFT’s element; a conflict if stale, INVALID_TRANSITION once submitted.';

@Resolver(() => PlanProblem)
export class PlanProblemResolver {
  @Authorized('EDIT_CHART')
  @AuthorizesTarget('PLAN', 'input.planId')
  @Mutation(() => PlanProblem, { description: 'Adds a problem last in a DRAFT plan.' })
  addProblem(
    @Arg('input', () => AddProblemInput) input: AddProblemInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanProblem> {
    return addProblem(ctx.scope(), input);
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('PROBLEM', 'input.id')
  @Mutation(() => PlanProblemSaveResult, { description: EDIT })
  updateProblem(
    @Arg('input', () => UpdateProblemInput) input: UpdateProblemInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanProblem | Conflict> {
    return orConflict('PlanProblem', () => updateProblem(ctx.scope(), input));
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('PROBLEM', 'input.id')
  @Mutation(() => PlanProblemSaveResult, { description: REMOVE })
  removeProblem(
    @Arg('input', () => RemovePlanElementInput) input: RemovePlanElementInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanProblem | Conflict> {
    return orConflict('PlanProblem', () => removeProblem(ctx.scope(), input.id, input.version));
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget(
    ({ input }) => parentKindOf((input as ReorderPlanElementsInput).kind),
    'input.parentId',
  )
  @Mutation(() => TreatmentPlanSaveResult, {
    description:
      'Reorders the problems of a plan, goals of a problem, objectives of a goal or ' +
      'interventions of an objective (a DRAFT only); returns the plan, or a conflict carrying ' +
      'it when the list named is not the current one.',
  })
  reorderPlanElements(
    @Arg('input', () => ReorderPlanElementsInput) input: ReorderPlanElementsInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TreatmentPlan | Conflict> {
    return orConflict('TreatmentPlan', () => reorderPlanElements(ctx.scope(), input));
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => [PlanGoal], { description: 'In plan order.' })
  goals(@Root() problem: PlanProblem, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.treatmentPlan.goalsByProblem.load(problem.id);
  }
}

@Resolver(() => PlanGoal)
export class PlanGoalResolver {
  @Authorized('EDIT_CHART')
  @AuthorizesTarget('PROBLEM', 'input.problemId')
  @Mutation(() => PlanGoal, { description: 'Adds a goal last under a problem of a DRAFT plan.' })
  addGoal(
    @Arg('input', () => AddGoalInput) input: AddGoalInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanGoal> {
    return addGoal(ctx.scope(), input);
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('GOAL', 'input.id')
  @Mutation(() => PlanGoalSaveResult, { description: EDIT })
  updateGoal(
    @Arg('input', () => UpdateGoalInput) input: UpdateGoalInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanGoal | Conflict> {
    return orConflict('PlanGoal', () => updateGoal(ctx.scope(), input));
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('GOAL', 'input.id')
  @Mutation(() => PlanGoalSaveResult, { description: REMOVE })
  removeGoal(
    @Arg('input', () => RemovePlanElementInput) input: RemovePlanElementInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanGoal | Conflict> {
    return orConflict('PlanGoal', () => removeGoal(ctx.scope(), input.id, input.version));
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('GOAL', 'input.goalId')
  @Mutation(() => PlanGoalSaveResult, {
    description:
      'Lifecycle and/or achievement status, on a DRAFT or ACTIVE plan; a conflict if stale.',
  })
  setGoalStatus(
    @Arg('input', () => SetGoalStatusInput) input: SetGoalStatusInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanGoal | Conflict> {
    return orConflict('PlanGoal', () => setGoalStatus(ctx.scope(), input));
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('GOAL', 'input.goalId')
  @Mutation(() => GoalProgress, {
    description: 'A dated progress entry on a goal of a DRAFT or ACTIVE plan.',
  })
  recordGoalProgress(
    @Arg('input', () => RecordGoalProgressInput) input: RecordGoalProgressInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GoalProgress> {
    return recordGoalProgress(ctx.scope(), input);
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('PROGRESS', 'input.progressId')
  @Mutation(() => GoalProgress, {
    description:
      'Corrects a progress entry with a new one; the original stays, CORRECTED. Returns the correction.',
  })
  correctGoalProgress(
    @Arg('input', () => CorrectGoalProgressInput) input: CorrectGoalProgressInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GoalProgress> {
    return correctGoalProgress(ctx.scope(), input);
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('PROGRESS', 'input.progressId')
  @Mutation(() => GoalProgress, {
    description: 'Voids a progress entry; it stays, VOIDED. Returns the voided entry.',
  })
  voidGoalProgress(
    @Arg('input', () => VoidGoalProgressInput) input: VoidGoalProgressInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GoalProgress> {
    return voidGoalProgress(ctx.scope(), input);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => [PlanObjective], { description: 'In plan order.' })
  objectives(@Root() goal: PlanGoal, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.treatmentPlan.objectivesByGoal.load(goal.id);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => [GoalProgress], {
    description: 'Progress on this goal in every plan version (by lineage), newest first.',
  })
  async progress(@Root() goal: PlanGoal, @Ctx() ctx: GraphQLContext) {
    // Every entry, corrected and voided ones included; void rows are read through `voided`.
    const rows = await ctx.loaders.treatmentPlan.progressByGoalLineage.load(goal.lineageId);
    return rows.filter((r) => r.amendment !== 'VOID');
  }
}

@Resolver(() => PlanObjective)
export class PlanObjectiveResolver {
  @Authorized('EDIT_CHART')
  @AuthorizesTarget('GOAL', 'input.goalId')
  @Mutation(() => PlanObjective, {
    description: 'Adds an objective last under a goal of a DRAFT plan.',
  })
  addObjective(
    @Arg('input', () => AddObjectiveInput) input: AddObjectiveInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanObjective> {
    return addObjective(ctx.scope(), input);
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('OBJECTIVE', 'input.id')
  @Mutation(() => PlanObjectiveSaveResult, { description: EDIT })
  updateObjective(
    @Arg('input', () => UpdateObjectiveInput) input: UpdateObjectiveInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanObjective | Conflict> {
    return orConflict('PlanObjective', () => updateObjective(ctx.scope(), input));
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('OBJECTIVE', 'input.id')
  @Mutation(() => PlanObjectiveSaveResult, { description: REMOVE })
  removeObjective(
    @Arg('input', () => RemovePlanElementInput) input: RemovePlanElementInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanObjective | Conflict> {
    return orConflict('PlanObjective', () => removeObjective(ctx.scope(), input.id, input.version));
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('OBJECTIVE', 'input.objectiveId')
  @Mutation(() => PlanObjectiveSaveResult, {
    description:
      'Lifecycle and/or achievement status, on a DRAFT or ACTIVE plan; a conflict if stale.',
  })
  setObjectiveStatus(
    @Arg('input', () => SetObjectiveStatusInput) input: SetObjectiveStatusInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanObjective | Conflict> {
    return orConflict('PlanObjective', () => setObjectiveStatus(ctx.scope(), input));
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => [PlanIntervention], { description: 'In plan order.' })
  interventions(@Root() objective: PlanObjective, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.treatmentPlan.interventionsByObjective.load(objective.id);
  }
}

@Resolver(() => PlanIntervention)
export class PlanInterventionResolver {
  @Authorized('EDIT_CHART')
  @AuthorizesTarget('OBJECTIVE', 'input.objectiveId')
  @Mutation(() => PlanIntervention, {
    description: 'Adds an intervention last under an objective of a DRAFT plan.',
  })
  addIntervention(
    @Arg('input', () => AddInterventionInput) input: AddInterventionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanIntervention> {
    return addIntervention(ctx.scope(), input);
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('INTERVENTION', 'input.id')
  @Mutation(() => PlanInterventionSaveResult, { description: EDIT })
  updateIntervention(
    @Arg('input', () => UpdateInterventionInput) input: UpdateInterventionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanIntervention | Conflict> {
    return orConflict('PlanIntervention', () => updateIntervention(ctx.scope(), input));
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('INTERVENTION', 'input.id')
  @Mutation(() => PlanInterventionSaveResult, { description: REMOVE })
  removeIntervention(
    @Arg('input', () => RemovePlanElementInput) input: RemovePlanElementInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanIntervention | Conflict> {
    return orConflict('PlanIntervention', () =>
      removeIntervention(ctx.scope(), input.id, input.version),
    );
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => Staff, { nullable: true })
  responsibleStaff(
    @Root() intervention: PlanIntervention,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Staff | null> | null {
    return intervention.responsibleStaffId
      ? ctx.loaders.staff.load(intervention.responsibleStaffId)
      : null;
  }
}

@Resolver(() => PlanSignature)
export class PlanSignatureResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => Staff, {
    description: 'Who signed, or witnessed the client’s signature.',
  })
  async signedBy(@Root() signature: PlanSignature, @Ctx() ctx: GraphQLContext): Promise<Staff> {
    return (await ctx.loaders.staff.load(signature.staffId))!;
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => Staff, { nullable: true, description: 'Who voided it (with voidedAt).' })
  async voidedBy(
    @Root() signature: PlanSignature,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Staff | null> {
    return signature.voidedByStaffId ? ctx.loaders.staff.load(signature.voidedByStaffId) : null;
  }
}

@Resolver(() => PlanReview)
export class PlanReviewResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => Staff)
  async reviewedBy(@Root() review: PlanReview, @Ctx() ctx: GraphQLContext): Promise<Staff> {
    return (await ctx.loaders.staff.load(review.reviewedByStaffId))!;
  }
}

@Resolver(() => GoalProgress)
export class GoalProgressResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => Staff)
  async author(@Root() progress: GoalProgress, @Ctx() ctx: GraphQLContext): Promise<Staff> {
    return (await ctx.loaders.staff.load(progress.authorStaffId))!;
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => ID, { description: 'The goal’s lineage: the same in every plan version.' })
  goalLineageId(@Root() progress: GoalProgress): string {
    return progress.goalLineageId;
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => ID, { nullable: true, description: 'The objective’s lineage, if any.' })
  objectiveLineageId(@Root() progress: GoalProgress): string | null {
    return progress.objectiveLineageId;
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => ProgressEntryStatus, {
    description: 'CURRENT counts; CORRECTED and VOIDED stay in the history.',
  })
  async status(
    @Root() progress: GoalProgress,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ProgressEntryStatus> {
    return progressEntryStatus(progress.id, await historyOf(ctx, progress));
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => GoalProgress, {
    nullable: true,
    description: 'The entry that replaced this one (CORRECTED).',
  })
  async correctedBy(
    @Root() progress: GoalProgress,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GoalProgress | null> {
    const rows = await historyOf(ctx, progress);
    const correction = rows.find((r) => r.amendsId === progress.id && r.amendment === 'CORRECTION');
    return correction ?? null;
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => GoalProgress, {
    nullable: true,
    description: 'For a correction: the entry it replaced.',
  })
  async corrects(
    @Root() progress: GoalProgress,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GoalProgress | null> {
    if (progress.amendment !== 'CORRECTION' || !progress.amendsId) return null;
    const original = (await historyOf(ctx, progress)).find((r) => r.id === progress.amendsId);
    return original ?? null;
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => ProgressVoid, { nullable: true, description: 'Who voided it, when, why.' })
  async voided(
    @Root() progress: GoalProgress,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ProgressVoid | null> {
    const rows = await historyOf(ctx, progress);
    const entry = rows.find((r) => r.amendsId === progress.id && r.amendment === 'VOID');
    if (!entry) return null;
    ctx.audit.read('GoalProgress', entry.id, entry.clientId);
    const by = (await ctx.loaders.staff.load(entry.authorStaffId))!;
    return { at: entry.createdAt, by, reason: entry.amendReason ?? '' };
  }
}

/** The rows of the goal's history the entry belongs to (one loader call per goal, shared). */
function historyOf(ctx: GraphQLContext, progress: GoalProgress) {
  return ctx.loaders.treatmentPlan.progressByGoalLineage.load(progress.goalLineageId);
}
