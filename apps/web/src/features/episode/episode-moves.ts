import type { AdmissionDecision, DischargeType, EpisodeStatus } from '@waypoint/domain';

/** One move the API offers from the episode's status (`availableTransitions`). */
export interface MoveOption {
  to: EpisodeStatus;
  label: string;
  admissionDecision?: AdmissionDecision | null;
  reasonRequired: boolean;
  /** The move ends treatment: one of these discharge types is recorded (with a reason). */
  dischargeTypes?: readonly DischargeType[];
  description: string;
}

export interface MoveGroups<M extends MoveOption = MoveOption> {
  /** The usual next step, offered first. */
  primary: M | null;
  /** Moves that record an admission decision: made together in one decision form. */
  decisions: M[];
  /** Everything else: side exits, pauses, calling a discharge off. */
  others: M[];
}

// The way most stays go; a move along it that needs nothing extra is the obvious next step.
const usualPath: readonly EpisodeStatus[] = [
  'INQUIRY',
  'SCREENING',
  'ASSESSMENT',
  'ORIENTATION',
  'ACTIVE',
  'DISCHARGE_PLANNING',
  'DISCHARGED',
  'FOLLOW_UP',
  'CLOSED',
];

function isForward(from: EpisodeStatus, move: MoveOption): boolean {
  if (move.admissionDecision) return false;
  // A planned discharge asks for its type and reason, yet is still the usual next step.
  const plannedDischarge = from === 'DISCHARGE_PLANNING' && move.to === 'DISCHARGED';
  if (move.reasonRequired && !plannedDischarge) return false;
  const to = usualPath.indexOf(move.to);
  return to !== -1 && to > usualPath.indexOf(from);
}

/** The API's moves, sorted into what the episode panel shows (order kept within each group). */
export function groupMoves<M extends MoveOption>(
  from: EpisodeStatus,
  moves: readonly M[],
): MoveGroups<M> {
  const decisions = moves.filter((m) => m.admissionDecision);
  const primary = moves.find((m) => isForward(from, m)) ?? null;
  const others = moves.filter((m) => m !== primary && !m.admissionDecision);
  return { primary, decisions, others };
}

const verbs: Partial<Record<EpisodeStatus, string>> = {
  SCREENING: 'Start screening',
  ASSESSMENT: 'Start assessment',
  WAITLISTED: 'Add to the waitlist',
  ORIENTATION: 'Admit',
  ON_HOLD: 'Put on hold',
  DISCHARGE_PLANNING: 'Start discharge planning',
  DISCHARGED: 'Discharge',
  FOLLOW_UP: 'Start follow-up',
  CLOSED: 'Close episode',
  REFERRED_OUT: 'Refer out',
  DECLINED: 'Mark declined',
  LOST_CONTACT: 'Mark lost contact',
  TRANSFERRED: 'Transfer',
};

/** What the button for a move says: a verb, as staff would put it. */
export function moveVerb(from: EpisodeStatus, to: EpisodeStatus): string {
  if (to === 'ACTIVE') {
    if (from === 'ORIENTATION') return 'Start treatment';
    if (from === 'ON_HOLD') return 'Resume treatment';
    return 'Cancel discharge';
  }
  return verbs[to] ?? to;
}

/** The button that opens the decision form. */
export function decisionVerb(decisions: readonly MoveOption[]): string {
  const only = decisions.length === 1 ? decisions[0] : undefined;
  return only?.admissionDecision === 'ADMIT'
    ? 'Admit from the waitlist'
    : 'Record admission decision';
}

const decisionSubmit: Record<AdmissionDecision, string> = {
  ADMIT: 'Admit',
  WAITLIST: 'Add to the waitlist',
  REFER_OUT: 'Refer out',
  DECLINE: 'Decline admission',
};

/** The decision form's submit button, by the decision chosen. */
export function decisionSubmitLabel(decision: AdmissionDecision | null): string {
  return decision ? decisionSubmit[decision] : 'Record decision';
}
