import type { MantineColor } from '@mantine/core';
import type { WorklistKind } from '../../gql/graphql';

/** How soon something needs doing; the sections of the Today list, in order. */
export const Urgency = {
  /** A safety flag awaiting its follow-up, or an escalated intake screening: always first. */
  SAFETY: 'safety',
  OVERDUE: 'overdue',
  TODAY: 'today',
  SOON: 'soon',
  TODO: 'todo',
} as const;
export type Urgency = (typeof Urgency)[keyof typeof Urgency];

export const urgenciesInOrder: readonly Urgency[] = Object.values(Urgency);

export const urgencyLabels: Record<Urgency, string> = {
  safety: 'Safety',
  overdue: 'Overdue',
  today: 'Today',
  soon: 'Soon',
  todo: 'To do',
};

export const urgencyColors: Record<Urgency, MantineColor> = {
  safety: 'red',
  overdue: 'red',
  today: 'orange',
  soon: 'yellow',
  todo: 'gray',
};

const urgencyOfKind: Record<WorklistKind, Urgency> = {
  SAFETY_FOLLOW_UP: 'safety',
  SCREENING_ESCALATED: 'safety',
  REVIEW_OVERDUE: 'overdue',
  INITIAL_PLAN_OVERDUE: 'overdue',
  REVIEW_DUE_TODAY: 'today',
  // Signatures are what stands between a written plan and an active one: today's work.
  PLAN_AWAITING_SIGNATURE: 'today',
  REVIEW_DUE_SOON: 'soon',
  INITIAL_PLAN_DUE: 'soon',
  DRAFT_PLAN: 'todo',
  ORIENTATION_INCOMPLETE: 'todo',
  MEASURE_DUE: 'today',
};

interface WorklistEntry {
  kind: WorklistKind;
  daysUntilDue?: number | null;
}

/** The section an item belongs in; a due date that has come or passed outranks its kind. */
export function worklistUrgency({ kind, daysUntilDue }: WorklistEntry): Urgency {
  if (urgencyOfKind[kind] === 'safety') return 'safety';
  if (typeof daysUntilDue === 'number') {
    if (daysUntilDue < 0) return 'overdue';
    if (daysUntilDue === 0) return 'today';
  }
  return urgencyOfKind[kind];
}

function days(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}

/** "in 2 days", "tomorrow", "today"; null when the due date is unknown. */
function dueIn(daysUntilDue: number | null | undefined): string | null {
  if (typeof daysUntilDue !== 'number') return null;
  if (daysUntilDue <= 0) return 'today';
  if (daysUntilDue === 1) return 'tomorrow';
  return `in ${days(daysUntilDue)}`;
}

function overdueBy(daysUntilDue: number | null | undefined): string {
  return typeof daysUntilDue === 'number' && daysUntilDue < 0 ? ` by ${days(-daysUntilDue)}` : '';
}

/** What is due and when, as a clinician would say it: "Plan review overdue by 3 days". */
export function worklistLabel({ kind, daysUntilDue }: WorklistEntry): string {
  switch (kind) {
    case 'REVIEW_OVERDUE':
      return `Plan review overdue${overdueBy(daysUntilDue)}`;
    case 'INITIAL_PLAN_OVERDUE':
      return `Initial treatment plan overdue${overdueBy(daysUntilDue)}`;
    case 'REVIEW_DUE_TODAY':
      // The API also files an initial plan due today here, so say "plan", not "review".
      return 'Treatment plan due today';
    case 'PLAN_AWAITING_SIGNATURE':
      return 'Plan awaiting signatures';
    case 'REVIEW_DUE_SOON': {
      const when = dueIn(daysUntilDue);
      return when ? `Plan review due ${when}` : 'Plan review due soon';
    }
    case 'INITIAL_PLAN_DUE': {
      const when = dueIn(daysUntilDue);
      return when ? `Initial treatment plan due ${when}` : 'Initial treatment plan due';
    }
    case 'DRAFT_PLAN':
      return 'Draft plan to finish';
    case 'ORIENTATION_INCOMPLETE':
      return 'Orientation not complete';
    case 'SAFETY_FOLLOW_UP':
      return 'Safety follow-up needed (PHQ-9 item 9)';
    case 'SCREENING_ESCALATED':
      return 'Safety escalation at intake screening, not admitted yet';
    case 'MEASURE_DUE':
      return typeof daysUntilDue === 'number' && daysUntilDue < 0
        ? `Measures overdue${overdueBy(daysUntilDue)}`
        : 'Measures due today';
  }
}

export interface WorklistGroup<T> {
  urgency: Urgency;
  label: string;
  items: T[];
}

/** Sooner due first, undated last; otherwise the API's order (by kind, most urgent first). */
function byDueDate(a: WorklistEntry, b: WorklistEntry): number {
  const x = a.daysUntilDue ?? Number.POSITIVE_INFINITY;
  const y = b.daysUntilDue ?? Number.POSITIVE_INFINITY;
  return x === y ? 0 : x < y ? -1 : 1;
}

/**
 * Items in their sections, empty ones left out. A section mixes kinds (an initial plan due in 2
 * days and a review due in 6 are both "Soon"), so inside one the nearest due date comes first.
 */
export function groupWorklist<T extends WorklistEntry>(items: readonly T[]): WorklistGroup<T>[] {
  return urgenciesInOrder
    .map((urgency) => ({
      urgency,
      label: urgencyLabels[urgency],
      items: items.filter((i) => worklistUrgency(i) === urgency).sort(byDueDate),
    }))
    .filter((g) => g.items.length > 0);
}

/** "4 things to do for 3 clients". */
export function worklistSummary(items: readonly { client: { id: string } }[]): string {
  const clients = new Set(items.map((i) => i.client.id)).size;
  const things = `${items.length} ${items.length === 1 ? 'thing' : 'things'} to do`;
  return `${things} for ${clients} ${clients === 1 ? 'client' : 'clients'}`;
}
