import { formatFieldValue, type ElementKind } from './element-specs';
import {
  achievementLabel,
  interventionModalityLabel,
  lifecycleLabel,
  problemDomainLabel,
} from './plan-labels';

export type ElementChange = 'ADDED' | 'REMOVED' | 'CHANGED' | 'UNCHANGED';

/** treatmentPlanDiff's answer for one kind of element, as much as the view reads. */
export interface KindDiffInput {
  kind: ElementKind;
  added: number;
  removed: number;
  changed: number;
  changes: readonly {
    change: ElementChange;
    lineageId: string;
    fromId?: string | null;
    toId?: string | null;
    fields: readonly { field: string; from?: string | null; to?: string | null }[];
  }[];
}

/** Either version's content, to name the elements the diff pairs by id. */
export interface DiffTree {
  problems: readonly {
    id: string;
    domain: string;
    clientWords: string;
    goals: readonly {
      id: string;
      description: string;
      objectives: readonly {
        id: string;
        description: string;
        interventions: readonly {
          id: string;
          modality: string;
          frequency: string;
          responsibleStaff?: { id: string; displayName: string } | null;
        }[];
      }[];
    }[];
  }[];
}

interface Named {
  label: string;
  /** Where it sits, numbered as staff see the plan: "Problem 1, goal 2". */
  where: string | null;
}

const clip = (s: string, max = 90) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

function nameElements(tree: DiffTree, into: Map<string, Named>, staff: Map<string, string>) {
  tree.problems.forEach((p, pi) => {
    const problem = `Problem ${pi + 1}`;
    into.set(p.id, {
      label: `${problemDomainLabel(p.domain)}: “${clip(p.clientWords, 70)}”`,
      where: null,
    });
    p.goals.forEach((g, gi) => {
      const goal = `${problem}, goal ${gi + 1}`;
      into.set(g.id, { label: clip(g.description), where: problem });
      g.objectives.forEach((o, oi) => {
        const objective = `${goal}, objective ${oi + 1}`;
        into.set(o.id, { label: clip(o.description), where: goal });
        for (const i of o.interventions) {
          into.set(i.id, {
            label: `${interventionModalityLabel(i.modality)} — ${clip(i.frequency, 60)}`,
            where: objective,
          });
          if (i.responsibleStaff) staff.set(i.responsibleStaff.id, i.responsibleStaff.displayName);
        }
      });
    });
  });
}

const fieldNames: Record<string, string> = {
  domain: 'Life area',
  clientWords: 'Client’s words',
  strengths: 'Strengths',
  description: 'Description',
  horizon: 'Horizon',
  targetDate: 'Target date',
  lifecycleStatus: 'Lifecycle',
  achievementStatus: 'Achievement',
  measure: 'Measure',
  modality: 'Modality',
  frequency: 'Frequency',
  responsibleStaffId: 'Responsible staff',
  position: 'Place in order',
};

function valueText(field: string, value: string | null | undefined, staff: Map<string, string>) {
  if (value == null || value === '') return null;
  if (field === 'lifecycleStatus') return lifecycleLabel(value);
  if (field === 'achievementStatus') return achievementLabel(value);
  if (field === 'position') return `#${value}`;
  return formatFieldValue(field, value, (id) => staff.get(id) ?? null);
}

export interface DiffItem {
  key: string;
  change: Exclude<ElementChange, 'UNCHANGED'>;
  label: string;
  where: string | null;
  /** Old → new for a CHANGED element; null stands for "empty". */
  fields: { field: string; label: string; from: string | null; to: string | null }[];
}

export interface DiffSection {
  kind: ElementKind;
  title: string;
  added: number;
  removed: number;
  changed: number;
  items: DiffItem[];
}

const titles: Record<ElementKind, string> = {
  PROBLEM: 'Problems',
  GOAL: 'Goals',
  OBJECTIVE: 'Objectives',
  INTERVENTION: 'Interventions',
};

/**
 * What changed between two versions, worded for reading: each added, removed or changed
 * element by its own words and place in the plan, with old → new values.
 */
export function diffView(
  kinds: readonly KindDiffInput[],
  from: DiffTree,
  to: DiffTree,
): { sections: DiffSection[]; total: number } {
  const names = new Map<string, Named>();
  const staff = new Map<string, string>();
  nameElements(from, names, staff);
  nameElements(to, names, staff);
  const sections = kinds.map((k) => ({
    kind: k.kind,
    title: titles[k.kind],
    added: k.added,
    removed: k.removed,
    changed: k.changed,
    items: k.changes
      .filter((c) => c.change !== 'UNCHANGED')
      .map((c): DiffItem => {
        const id = c.change === 'REMOVED' ? c.fromId : (c.toId ?? c.fromId);
        const named = (id && names.get(id)) || { label: 'An element', where: null };
        return {
          key: `${k.kind}-${c.lineageId}`,
          change: c.change as DiffItem['change'],
          label: named.label,
          where: named.where,
          fields:
            c.change === 'CHANGED'
              ? c.fields.map((f) => ({
                  field: f.field,
                  label: fieldNames[f.field] ?? f.field,
                  from: valueText(f.field, f.from, staff),
                  to: valueText(f.field, f.to, staff),
                }))
              : [],
        };
      }),
  }));
  return { sections, total: sections.reduce((n, s) => n + s.items.length, 0) };
}
