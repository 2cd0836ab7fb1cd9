import type { ElementKind } from './signable';

/** The list with `id` moved one place up (-1) or down (+1); null when it cannot move. */
export function moveBy(ids: readonly string[], id: string, delta: -1 | 1): string[] | null {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const next = [...ids];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

interface Ordered {
  id: string;
  version: number;
  position: number;
}

// The plan's tree with only what ordering needs: the shape reorderPlanElements answers with.
export interface LeanIntervention extends Ordered {
  __typename: 'PlanIntervention';
}
export interface LeanObjective extends Ordered {
  __typename: 'PlanObjective';
  interventions: LeanIntervention[];
}
export interface LeanGoal extends Ordered {
  __typename: 'PlanGoal';
  objectives: LeanObjective[];
}
export interface LeanProblem extends Ordered {
  __typename: 'PlanProblem';
  goals: LeanGoal[];
}
export interface LeanPlan {
  __typename: 'TreatmentPlan';
  id: string;
  problems: LeanProblem[];
}

type In<T> = Omit<T, '__typename'>;
export interface LeanInput {
  id: string;
  problems: readonly (In<Ordered> & {
    goals: readonly (In<Ordered> & {
      objectives: readonly (In<Ordered> & { interventions: readonly In<Ordered>[] })[];
    })[];
  })[];
}

const pick = ({ id, version, position }: Ordered): Ordered => ({ id, version, position });

/** The lean tree, typed for the cache, from any query result holding the same fields. */
export function toLeanPlan(plan: LeanInput): LeanPlan {
  return {
    __typename: 'TreatmentPlan',
    id: plan.id,
    problems: plan.problems.map((p) => ({
      __typename: 'PlanProblem',
      ...pick(p),
      goals: p.goals.map((g) => ({
        __typename: 'PlanGoal',
        ...pick(g),
        objectives: g.objectives.map((o) => ({
          __typename: 'PlanObjective',
          ...pick(o),
          interventions: o.interventions.map((i) => ({
            __typename: 'PlanIntervention' as const,
            ...pick(i),
          })),
        })),
      })),
    })),
  };
}

/**
 * What the plan will look like once the API has reordered one parent's children: positions
 * 1…n in the new order, and a new version for each child whose position changes (as the API
 * does), so the screen moves at once and later edits name the right versions.
 */
export function reorderLean(
  plan: LeanPlan,
  parentId: string,
  kind: ElementKind,
  orderedIds: readonly string[],
): LeanPlan {
  const arrange = <T extends Ordered>(list: T[]): T[] => {
    if (list.length !== orderedIds.length || !list.every((x) => orderedIds.includes(x.id))) {
      return list;
    }
    return orderedIds.map((id, i) => {
      const item = list.find((x) => x.id === id)!;
      return item.position === i + 1
        ? item
        : { ...item, position: i + 1, version: item.version + 1 };
    });
  };
  const at = <T extends { id: string }>(list: T[], fn: (x: T) => T) =>
    list.map((x) => (x.id === parentId ? fn(x) : x));
  switch (kind) {
    case 'PROBLEM':
      return plan.id === parentId ? { ...plan, problems: arrange(plan.problems) } : plan;
    case 'GOAL':
      return { ...plan, problems: at(plan.problems, (p) => ({ ...p, goals: arrange(p.goals) })) };
    case 'OBJECTIVE':
      return {
        ...plan,
        problems: plan.problems.map((p) => ({
          ...p,
          goals: at(p.goals, (g) => ({ ...g, objectives: arrange(g.objectives) })),
        })),
      };
    case 'INTERVENTION':
      return {
        ...plan,
        problems: plan.problems.map((p) => ({
          ...p,
          goals: p.goals.map((g) => ({
            ...g,
            objectives: at(g.objectives, (o) => ({
              ...o,
              interventions: arrange(o.interventions),
            })),
          })),
        })),
      };
  }
}
