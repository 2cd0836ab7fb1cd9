import type { MantineColor } from '@mantine/core';
import type { AuditAction, AuditOutcome } from '../../gql/graphql';

export interface AccessEvent {
  id: string;
  occurredAt: string;
  action: AuditAction;
  outcome: AuditOutcome;
  recordType: string;
  requestId: string;
  note?: string | null;
  /** The API root field(s) that caused the event, comma-joined ("client", "clients"). */
  operation?: string | null;
  actor?: { id: string; displayName: string } | null;
}

/** One line of "Who opened this chart": what one person did in one request. */
export interface AccessRow {
  key: string;
  occurredAt: string;
  who: string;
  action: AuditAction;
  outcome: AuditOutcome;
  /** "Client details, 2 episodes". */
  records: string;
  note: string | null;
  /** How the records were reached, in words ("Opened the chart"); null when not recorded. */
  via: string | null;
}

const actionLabels: Record<AuditAction, string> = {
  READ: 'Viewed',
  UPDATE: 'Changed',
  CREATE: 'Created',
  DELETE: 'Deleted',
  DISCLOSE: 'Disclosed',
  BREAK_GLASS: 'Emergency access',
  SIGN_IN: 'Signed in',
  SIGN_OUT: 'Signed out',
  READ_COUNSELING_NOTE: 'Read own counseling note',
  WRITE_COUNSELING_NOTE: 'Wrote own counseling note',
};

const outcomeLabels: Record<AuditOutcome, { label: string; color: MantineColor }> = {
  SUCCESS: { label: 'Allowed', color: 'teal' },
  DENIED: { label: 'Refused', color: 'red' },
  FAILED: { label: 'Failed', color: 'orange' },
};

const recordLabels: Record<string, [one: string, many: string]> = {
  Client: ['client details', 'client details'],
  Episode: ['1 episode', 'episodes'],
  ChartAccessLog: ['access log', 'access log'],
  AuditEvent: ['access log', 'access log'],
  BreakGlassGrant: ['emergency access list', 'emergency access list'],
  EpisodeTransition: ['1 lifecycle step', 'lifecycle steps'],
  Assessment: ['1 assessment', 'assessments'],
  TreatmentPlan: ['1 treatment plan', 'treatment plans'],
  PlanProblem: ['1 plan problem', 'plan problems'],
  PlanGoal: ['1 goal', 'goals'],
  PlanObjective: ['1 objective', 'objectives'],
  PlanIntervention: ['1 intervention', 'interventions'],
  PlanSignature: ['1 signature', 'signatures'],
  PlanReview: ['1 plan review', 'plan reviews'],
  GoalProgress: ['1 progress entry', 'progress entries'],
};

// Where a read or change came from: a chart opening is not the same as appearing in a list.
const operationLabels: Record<string, string> = {
  client: 'Opened the chart',
  clients: 'Listed in the caseload',
  dashboardClients: 'Dashboard list',
  directorDashboard: 'Director dashboard',
  myWorklist: 'Worklist',
  planReviewsDue: 'Plan reviews due',
  episode: 'Opened an episode',
  episodeTreatmentPlans: 'Treatment plans',
  treatmentPlan: 'Opened a treatment plan',
  treatmentPlanDiff: 'Compared plan versions',
  chartAccessLog: 'Read the access log',
  breakGlassAccesses: 'Emergency access list',
  updateClient: 'Changed details',
  assignCareTeam: 'Assigned the care team',
  breakGlass: 'Emergency access',
  transitionEpisode: 'Moved the episode on',
  recordAssessment: 'Recorded an assessment',
  createTreatmentPlan: 'Started a treatment plan',
  signPlan: 'Signed a plan',
  reviewPlan: 'Reviewed a plan',
  signIn: 'Signed in',
  signOut: 'Signed out',
};

/**
 * The operation of an event in words: "client" is "Opened the chart", "clients" is "Listed in the
 * caseload". Several root fields read "Opened the chart · Worklist"; unknown ones are shown as
 * they are; null when the event has none recorded.
 */
export function operationLabel(operation: string | null | undefined): string | null {
  const parts = (operation ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length) return null;
  return parts.map((p) => operationLabels[p] ?? p).join(' · ');
}

export function actionLabel(action: AuditAction): string {
  return actionLabels[action];
}

export function outcomeLabel(outcome: AuditOutcome): { label: string; color: MantineColor } {
  return outcomeLabels[outcome];
}

// The chart itself first, then what hangs off it.
const recordOrder = Object.keys(recordLabels);
const rank = (type: string) => {
  const i = recordOrder.indexOf(type);
  return i === -1 ? recordOrder.length : i;
};

function describeRecords(counts: Map<string, number>): string {
  const sorted = [...counts].sort(([a], [b]) => rank(a) - rank(b));
  const parts = sorted.map(([type, n]) => {
    const [one, many] = recordLabels[type] ?? [type, type];
    return n === 1 || one === many ? one : `${n} ${many}`;
  });
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The API logs one event per record touched, so opening a chart with three episodes is four
 * events. Staff read it as one thing that happened: events of one request, by one person, with
 * one action and outcome, become one row (newest first, as they come).
 */
export function accessRows(events: readonly AccessEvent[]): AccessRow[] {
  const rows: (AccessRow & { counts: Map<string, number>; groupKey: string })[] = [];
  for (const e of events) {
    const groupKey = `${e.requestId}|${e.actor?.id ?? ''}|${e.action}|${e.outcome}`;
    let row = rows.at(-1);
    if (row?.groupKey !== groupKey) {
      row = {
        key: e.id,
        groupKey,
        occurredAt: e.occurredAt,
        who: e.actor?.displayName ?? 'Unknown',
        action: e.action,
        outcome: e.outcome,
        records: '',
        note: null,
        via: operationLabel(e.operation),
        counts: new Map(),
      };
      rows.push(row);
    }
    row.counts.set(e.recordType, (row.counts.get(e.recordType) ?? 0) + 1);
    if (e.note && !row.note) row.note = e.note;
  }
  return rows.map(({ counts, groupKey: _groupKey, ...row }) => ({
    ...row,
    records: describeRecords(counts),
  }));
}
