import {
  checkSignablePlan,
  describePlanGap,
  parsePlanGapPath,
  type GapPathStep,
} from '@waypoint/domain';

/** One thing missing before a plan can be signed (Rule 4), wherever it came from. */
export interface GapItem {
  /** e.g. `problems[0].goals[1].objectives[0].measure` */
  path: string;
  message: string;
}

type Step = GapPathStep;
const parsePath = parsePlanGapPath;

/** The words for a refusal that carries only a path: the domain's, as the API words them. */
export const describeGapPath = describePlanGap;

/** INVALID_TRANSITION's `missing`: items with path and message, or bare paths. */
export function missingItems(raw: unknown): GapItem[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: unknown): GapItem[] => {
    if (typeof item === 'string') return [{ path: item, message: describeGapPath(item) }];
    if (typeof item === 'object' && item !== null) {
      const { path, message } = item as { path?: unknown; message?: unknown };
      if (typeof path === 'string') {
        return [{ path, message: typeof message === 'string' ? message : describeGapPath(path) }];
      }
    }
    return [];
  });
}

/** The plan's tree with only ids and what Rule 4 reads. */
export interface GapTree {
  id: string;
  problems: readonly {
    id: string;
    goals: readonly {
      id: string;
      objectives: readonly {
        id: string;
        measure?: string | null;
        targetDate?: string | null;
        interventions: readonly { id: string }[];
      }[];
    }[];
  }[];
}

/** What is missing now, by the same rule the API applies (so the list is live while editing). */
export function liveGaps(tree: GapTree): GapItem[] {
  return checkSignablePlan(tree).missing.map(({ path, message }) => ({ path, message }));
}

export type ElementKind = 'PROBLEM' | 'GOAL' | 'OBJECTIVE' | 'INTERVENTION';

/** Where to take the user for a gap: add the missing child, or fill in a field of an element. */
export type GapTarget =
  | { action: 'add'; parentId: string; childKind: ElementKind }
  | { action: 'edit'; elementId: string; kind: ElementKind; field: string };

const kindOfList: Record<Step['list'], ElementKind> = {
  problems: 'PROBLEM',
  goals: 'GOAL',
  objectives: 'OBJECTIVE',
  interventions: 'INTERVENTION',
};

const childList: Partial<Record<ElementKind, string>> = {
  PROBLEM: 'goals',
  GOAL: 'objectives',
  OBJECTIVE: 'interventions',
};

/** The element a gap's path points at in this tree, or null if the tree has moved on. */
export function gapTarget(path: string, tree: GapTree): GapTarget | null {
  const parsed = parsePath(path);
  if (!parsed) return null;
  let node: { id: string; children: unknown } = { id: tree.id, children: tree.problems };
  let kind: ElementKind | null = null;
  for (const step of parsed.steps) {
    if (step.index === null) {
      return { action: 'add', parentId: node.id, childKind: kindOfList[step.list] };
    }
    const list = node.children as readonly Record<string, unknown>[];
    const child = list[step.index];
    if (!child || typeof child.id !== 'string') return null;
    kind = kindOfList[step.list];
    const next = childList[kind];
    node = { id: child.id, children: next ? child[next] : [] };
  }
  if (parsed.field && kind)
    return { action: 'edit', elementId: node.id, kind, field: parsed.field };
  return null;
}

/** The DOM id of an element's card, for links and scrolling. */
export const elementAnchor = (id: string) => `plan-element-${id}`;
