/**
 * The work the Today list names and the chart's main button offers: one rule for both, so the
 * chart's primary action is always the most urgent item of that client's worklist and every item
 * opens the screen (and section) where it is done.
 */
export const WorklistKind = {
  /** A PHQ-9 answered above 0 on item 9 with no safety follow-up yet: always first. */
  SAFETY_FOLLOW_UP: 'SAFETY_FOLLOW_UP',
  /**
   * The intake screening of a client not admitted yet had a positive safety answer (withdrawal,
   * self-harm, harm to others, medical): it stays until the client is admitted or the episode
   * ends, as on the director's dashboard.
   */
  SCREENING_ESCALATED: 'SCREENING_ESCALATED',
  REVIEW_OVERDUE: 'REVIEW_OVERDUE',
  INITIAL_PLAN_OVERDUE: 'INITIAL_PLAN_OVERDUE',
  REVIEW_DUE_TODAY: 'REVIEW_DUE_TODAY',
  PLAN_AWAITING_SIGNATURE: 'PLAN_AWAITING_SIGNATURE',
  REVIEW_DUE_SOON: 'REVIEW_DUE_SOON',
  INITIAL_PLAN_DUE: 'INITIAL_PLAN_DUE',
  DRAFT_PLAN: 'DRAFT_PLAN',
  ORIENTATION_INCOMPLETE: 'ORIENTATION_INCOMPLETE',
  /** A scheduled measure (PHQ-9, GAD-7, BAM) is due. */
  MEASURE_DUE: 'MEASURE_DUE',
} as const;
export type WorklistKind = (typeof WorklistKind)[keyof typeof WorklistKind];

/** Most urgent first (the API orders the worklist by this too). */
export const WORKLIST_ORDER: readonly WorklistKind[] = Object.values(WorklistKind);

/** Where a piece of work is done: a screen of the client's record and the section on it. */
export type WorkPlace =
  | { screen: 'PLAN'; section: 'PLAN' | 'SIGNING' | 'REVIEW' }
  | { screen: 'CHART'; section: 'ORIENTATION' | 'MEASURES' | 'SAFETY' | 'SCREENING' };

export interface WorkItem {
  kind: WorklistKind;
  daysUntilDue?: number | null;
}

export interface Work {
  kind: WorklistKind;
  /** The button's words: "Start treatment plan", "Review plan". */
  action: string;
  place: WorkPlace;
}

const rank = (item: WorkItem) => WORKLIST_ORDER.indexOf(item.kind);

/**
 * The most urgent of a client's work items: by kind, then the earliest due. An initial plan that
 * is due while a draft is being written is continued rather than started.
 */
export function nextStep(items: readonly WorkItem[]): Work | null {
  const [first] = [...items].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.daysUntilDue ?? Number.MAX_SAFE_INTEGER) - (b.daysUntilDue ?? Number.MAX_SAFE_INTEGER),
  );
  if (!first) return null;
  const drafting = items.some((i) => i.kind === 'DRAFT_PLAN');
  return workFor(first.kind, { drafting });
}

/** The work an item names and where it is done. */
export function workFor(kind: WorklistKind, { drafting = false } = {}): Work {
  switch (kind) {
    case 'INITIAL_PLAN_OVERDUE':
    case 'INITIAL_PLAN_DUE':
      return {
        kind,
        action: drafting ? 'Finish treatment plan' : 'Start treatment plan',
        place: { screen: 'PLAN', section: 'PLAN' },
      };
    case 'REVIEW_OVERDUE':
    case 'REVIEW_DUE_TODAY':
    case 'REVIEW_DUE_SOON':
      // A plan due today may be the first one (the API files it here too): the plan opens on its
      // review section, which offers starting one where none is in effect.
      return { kind, action: 'Review plan', place: { screen: 'PLAN', section: 'REVIEW' } };
    case 'PLAN_AWAITING_SIGNATURE':
      return { kind, action: 'Get plan signed', place: { screen: 'PLAN', section: 'SIGNING' } };
    case 'DRAFT_PLAN':
      return { kind, action: 'Finish treatment plan', place: { screen: 'PLAN', section: 'PLAN' } };
    case 'SAFETY_FOLLOW_UP':
      return {
        kind,
        action: 'Record safety follow-up',
        place: { screen: 'CHART', section: 'SAFETY' },
      };
    case 'SCREENING_ESCALATED':
      return {
        kind,
        action: 'Review safety escalation',
        place: { screen: 'CHART', section: 'SCREENING' },
      };
    case 'MEASURE_DUE':
      return { kind, action: 'Give measures', place: { screen: 'CHART', section: 'MEASURES' } };
    case 'ORIENTATION_INCOMPLETE':
      return {
        kind,
        action: 'Complete orientation',
        place: { screen: 'CHART', section: 'ORIENTATION' },
      };
  }
}

const sectionAnchors = {
  PLAN: 'plan-content',
  SIGNING: 'plan-signing',
  REVIEW: 'plan-review',
  ORIENTATION: 'orientation',
  MEASURES: 'measures',
  SAFETY: 'safety-follow-up',
  SCREENING: 'intake-screening',
} as const;

/** The element id of a work place's section (the screens give their sections these ids). */
export const workAnchor = (place: WorkPlace): string => sectionAnchors[place.section];

/** The address of the screen and section where the work is done, for one client. */
export function workPath(clientId: string, place: WorkPlace): string {
  const client = `/clients/${encodeURIComponent(clientId)}`;
  return `${place.screen === 'PLAN' ? `${client}/plan` : client}#${workAnchor(place)}`;
}
