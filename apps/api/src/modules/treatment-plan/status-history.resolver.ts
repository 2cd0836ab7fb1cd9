import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Staff } from '../staff/staff.entity.js';
import { PlanStatusChange } from './status-change.entity.js';
import { PlanGoal, PlanObjective } from './treatment-plan.entity.js';

const HISTORY = 'Every change of its statuses in every plan version (by lineage), newest first.';

@Resolver(() => PlanGoal)
export class PlanGoalStatusHistoryResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => [PlanStatusChange], { description: HISTORY })
  statusHistory(@Root() goal: PlanGoal, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.treatmentPlan.statusChangesByLineage.load(goal.lineageId);
  }
}

@Resolver(() => PlanObjective)
export class PlanObjectiveStatusHistoryResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => [PlanStatusChange], { description: HISTORY })
  statusHistory(@Root() objective: PlanObjective, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.treatmentPlan.statusChangesByLineage.load(objective.lineageId);
  }
}

@Resolver(() => PlanStatusChange)
export class PlanStatusChangeResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => Staff, { description: 'Who changed it.' })
  async changedBy(@Root() change: PlanStatusChange, @Ctx() ctx: GraphQLContext): Promise<Staff> {
    return (await ctx.loaders.staff.load(change.changedById))!;
  }
}
