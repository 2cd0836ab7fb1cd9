import { theirElement, type ElementKind, type TheirElement } from './element-specs';
import type { PlanFailure, PlanResult } from './plan-errors';

/** How saving a plan element went, with their version when someone saved first. */
export type ElementSaveResult<K extends ElementKind> =
  | { kind: 'saved' }
  | { kind: 'conflict'; theirs: TheirElement<K> | null }
  | Exclude<PlanFailure, { kind: 'conflict' }>;

/**
 * The outcome as a form acts on it. When the refusal says the screen is behind the server (the
 * element is gone, or the plan left DRAFT), every plan shown is asked for again.
 */
export function settleElement<K extends ElementKind>(
  kind: K,
  result: PlanResult<unknown>,
  refresh: () => void,
): ElementSaveResult<K> {
  if (result.kind === 'not-found' || result.kind === 'invalid-transition') refresh();
  if (result.kind === 'saved') return { kind: 'saved' };
  if (result.kind === 'conflict')
    return { kind: 'conflict', theirs: theirElement(kind, result.current) };
  return result;
}

/** Fields of each element kind a CONFLICT's `current` may overwrite in the cache. */
export const cachedFields = {
  PROBLEM: ['version', 'position', 'domain', 'clientWords', 'strengths', 'updatedAt'],
  GOAL: [
    'version',
    'position',
    'description',
    'horizon',
    'targetDate',
    'lifecycleStatus',
    'achievementStatus',
    'updatedAt',
  ],
  OBJECTIVE: [
    'version',
    'position',
    'description',
    'measure',
    'targetDate',
    'lifecycleStatus',
    'achievementStatus',
    'updatedAt',
  ],
  // The responsible staff member is a reference; a refetch brings it (see the hook).
  INTERVENTION: ['version', 'position', 'modality', 'frequency', 'description', 'updatedAt'],
} as const satisfies Record<ElementKind, readonly string[]>;

export const typenameOf = {
  PROBLEM: 'PlanProblem',
  GOAL: 'PlanGoal',
  OBJECTIVE: 'PlanObjective',
  INTERVENTION: 'PlanIntervention',
} as const satisfies Record<ElementKind, string>;
