import { theirElement, type ElementKind, type TheirElement } from './element-specs';
import type { PlanFailure } from './plan-errors';

/** An element as a conflict answers it: typed by the API's schema, with its version. */
export type ElementRecord = Readonly<Record<string, unknown>> & { version: number };

/** How a save of an element came back (`attemptSave`'s outcome, for any kind of element). */
export type ElementOutcome =
  | { kind: 'saved'; data: unknown }
  | { kind: 'conflict'; message: string; current: ElementRecord | null; savedBy: string | null }
  | Exclude<PlanFailure, { kind: 'conflict' }>;

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
  result: ElementOutcome,
  refresh: () => void,
): ElementSaveResult<K> {
  if (result.kind === 'not-found' || result.kind === 'invalid-transition') refresh();
  if (result.kind === 'saved') return { kind: 'saved' };
  if (result.kind === 'conflict') {
    const theirs = result.current && theirElement(kind, result.current, result.savedBy);
    return { kind: 'conflict', theirs };
  }
  return result;
}

export const typenameOf = {
  PROBLEM: 'PlanProblem',
  GOAL: 'PlanGoal',
  OBJECTIVE: 'PlanObjective',
  INTERVENTION: 'PlanIntervention',
} as const satisfies Record<ElementKind, string>;
