/**
 * Comparing two versions of a treatment plan. Elements are paired by `lineageId`, which a revision
 * copies from the version it revises, so "the same goal" is recognised whatever its id, position
 * or wording. Pure: no database, no GraphQL.
 */

export const PlanElementKind = {
  PROBLEM: 'PROBLEM',
  GOAL: 'GOAL',
  OBJECTIVE: 'OBJECTIVE',
  INTERVENTION: 'INTERVENTION',
} as const;
export type PlanElementKind = (typeof PlanElementKind)[keyof typeof PlanElementKind];

export const PlanElementChange = {
  ADDED: 'ADDED',
  REMOVED: 'REMOVED',
  CHANGED: 'CHANGED',
  UNCHANGED: 'UNCHANGED',
} as const;
export type PlanElementChange = (typeof PlanElementChange)[keyof typeof PlanElementChange];

/** The fields compared for each kind; ids, versions and timestamps differ between versions anyway. */
export const comparedFields = {
  PROBLEM: ['domain', 'clientWords', 'strengths', 'position'],
  GOAL: [
    'description',
    'horizon',
    'targetDate',
    'lifecycleStatus',
    'achievementStatus',
    'position',
  ],
  OBJECTIVE: [
    'description',
    'measure',
    'targetDate',
    'lifecycleStatus',
    'achievementStatus',
    'position',
  ],
  INTERVENTION: ['modality', 'description', 'frequency', 'responsibleStaffId', 'position'],
} as const satisfies Record<PlanElementKind, readonly string[]>;

/** Any record with an id and a lineage; the compared fields are read by name. */
export interface ComparableElement {
  id: string;
  lineageId: string;
}

const read = (element: ComparableElement, field: string): unknown =>
  (element as unknown as Record<string, unknown>)[field];

/** One version's content as flat lists, each in plan order. */
export interface PlanSnapshot {
  problems: readonly ComparableElement[];
  goals: readonly ComparableElement[];
  objectives: readonly ComparableElement[];
  interventions: readonly ComparableElement[];
}

export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

export interface ElementDiff {
  kind: PlanElementKind;
  lineageId: string;
  change: PlanElementChange;
  /** The element in the earlier version; null when ADDED. */
  fromId: string | null;
  /** The element in the later version; null when REMOVED. */
  toId: string | null;
  /** Only for CHANGED: each differing field with both values as text. */
  fields: FieldChange[];
}

export interface KindDiff {
  kind: PlanElementKind;
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
  /** Every element that was added, removed or changed: the later version's order, then removals. */
  changes: ElementDiff[];
}

export type PlanDiffResult = Record<PlanElementKind, KindDiff>;

const listOf: Record<PlanElementKind, keyof PlanSnapshot> = {
  PROBLEM: 'problems',
  GOAL: 'goals',
  OBJECTIVE: 'objectives',
  INTERVENTION: 'interventions',
};

/** A field value as text, so every kind of value is reported the same way. */
export function fieldText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export function diffElements(
  kind: PlanElementKind,
  from: readonly ComparableElement[],
  to: readonly ComparableElement[],
): KindDiff {
  const before = new Map(from.map((e) => [e.lineageId, e]));
  const after = new Set(to.map((e) => e.lineageId));
  const result: KindDiff = { kind, added: 0, removed: 0, changed: 0, unchanged: 0, changes: [] };
  for (const element of to) {
    const old = before.get(element.lineageId);
    if (!old) {
      result.added++;
      result.changes.push({
        kind,
        lineageId: element.lineageId,
        change: 'ADDED',
        fromId: null,
        toId: element.id,
        fields: [],
      });
      continue;
    }
    const fields = comparedFields[kind]
      .map((field) => ({
        field,
        from: fieldText(read(old, field)),
        to: fieldText(read(element, field)),
      }))
      .filter((f) => f.from !== f.to);
    if (fields.length === 0) {
      result.unchanged++;
      continue;
    }
    result.changed++;
    result.changes.push({
      kind,
      lineageId: element.lineageId,
      change: 'CHANGED',
      fromId: old.id,
      toId: element.id,
      fields,
    });
  }
  for (const old of from) {
    if (after.has(old.lineageId)) continue;
    result.removed++;
    result.changes.push({
      kind,
      lineageId: old.lineageId,
      change: 'REMOVED',
      fromId: old.id,
      toId: null,
      fields: [],
    });
  }
  return result;
}

/** What changed from one plan version to another, kind by kind. */
export function diffPlans(from: PlanSnapshot, to: PlanSnapshot): PlanDiffResult {
  const kinds = Object.values(PlanElementKind);
  return Object.fromEntries(
    kinds.map((kind) => [kind, diffElements(kind, from[listOf[kind]], to[listOf[kind]])]),
  ) as PlanDiffResult;
}
