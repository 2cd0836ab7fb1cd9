import type { GraphQLContext } from '../../graphql/context.js';

/**
 * The tree of one plan through the request's scoped loaders (shared with the fields that show
 * it): checked against the plan's episode and recorded as read there.
 */
export async function loadTree(ctx: GraphQLContext, planId: string) {
  const l = ctx.loaders.treatmentPlan;
  const problems = await l.problemsByPlan.load(planId);
  const goals = (await l.goalsByProblem.loadMany(problems.map((p) => p.id))).flatMap(rowsOf);
  const objectives = (await l.objectivesByGoal.loadMany(goals.map((g) => g.id))).flatMap(rowsOf);
  const interventions = (
    await l.interventionsByObjective.loadMany(objectives.map((o) => o.id))
  ).flatMap(rowsOf);
  return { problems, goals, objectives, interventions };
}

function rowsOf<T>(result: T[] | Error): T[] {
  if (result instanceof Error) throw result;
  return result;
}
