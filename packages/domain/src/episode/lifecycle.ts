import type { EpisodeStatus } from './episode-status.js';
import {
  PLANNED_DISCHARGE_TYPES,
  UNPLANNED_DISCHARGE_TYPES,
  dischargeTypeLabel,
  type DischargeType,
} from './discharge.js';

/**
 * The episode state machine. One table says which moves exist and what each needs; the checks,
 * the list of moves offered in the UI and the tests all read it.
 */

/** The outcome of asking whether a record may move between two states of its lifecycle. */
export type TransitionResult<S extends string> = { ok: true } | TransitionRefusal<S>;

export interface TransitionRefusal<S extends string> {
  ok: false;
  code: 'INVALID_TRANSITION';
  from: S;
  to: S;
  /** Names the current and requested state in words; never contains client data. */
  message: string;
  /** Input paths that would make the move valid, e.g. `reason`, `admissionDecision.rationale`. */
  missing?: string[];
}

/** The decision taken after assessment; every one needs a written rationale. */
export const AdmissionDecision = {
  ADMIT: 'ADMIT',
  WAITLIST: 'WAITLIST',
  REFER_OUT: 'REFER_OUT',
  DECLINE: 'DECLINE',
} as const;
export type AdmissionDecision = (typeof AdmissionDecision)[keyof typeof AdmissionDecision];

const decisionLabels: Record<AdmissionDecision, string> = {
  ADMIT: 'Admit',
  WAITLIST: 'Waitlist',
  REFER_OUT: 'Refer out',
  DECLINE: 'Decline',
};

export function admissionDecisionLabel(decision: AdmissionDecision): string {
  return decisionLabels[decision];
}

/** An admission decision as it is made and recorded (who and when are the caller's to add). */
export interface AdmissionDecisionRecord {
  decision: AdmissionDecision;
  rationale: string;
}

/** Rule: an admission decision is valid only with a non-blank rationale. */
export function checkAdmissionDecision(
  record: AdmissionDecisionRecord,
): { ok: true } | { ok: false; message: string; missing: string[] } {
  if (isBlank(record.rationale)) {
    return {
      ok: false,
      message: `A decision to ${decisionLabels[record.decision].toLowerCase()} needs a rationale.`,
      missing: ['rationale'],
    };
  }
  return { ok: true };
}

const statusLabels: Record<EpisodeStatus, string> = {
  INQUIRY: 'Inquiry',
  SCREENING: 'Screening',
  ASSESSMENT: 'Assessment',
  WAITLISTED: 'Waitlisted',
  ORIENTATION: 'Orientation',
  ACTIVE: 'Active',
  ON_HOLD: 'On hold',
  DISCHARGE_PLANNING: 'Discharge planning',
  DISCHARGED: 'Discharged',
  FOLLOW_UP: 'Follow-up',
  CLOSED: 'Closed',
  REFERRED_OUT: 'Referred out',
  DECLINED: 'Declined',
  LOST_CONTACT: 'Lost contact',
  TRANSFERRED: 'Transferred',
};

/** The status as staff say it: "On hold", "Discharge planning". */
export function episodeStatusLabel(status: EpisodeStatus): string {
  // A status unknown to this version (an old client, a bad row) is shown as stored.
  return statusLabels[status] ?? status;
}

/** One move out of a status, and what it needs. */
export interface EpisodeTransitionTarget {
  to: EpisodeStatus;
  /** The move records an admission decision of this kind, with its rationale. */
  admissionDecision?: AdmissionDecision;
  /** The move needs a stated reason, kept with the transition record. */
  reasonRequired?: boolean;
  /** The move ends treatment and records one of these discharge types (with a reason). */
  dischargeTypes?: readonly DischargeType[];
  /** When this move is made; help text for staff and documentation of the edge. */
  description: string;
}

/**
 * Every allowed move. Statuses not listed as a source (CLOSED and the side exits) are final: a
 * client who comes back gets a new episode, so an episode's history stays one stay.
 *
 * Choices made here:
 * - Only ASSESSMENT and WAITLISTED lead into treatment, and only with an ADMIT decision; entering
 *   ORIENTATION is the admission.
 * - Side exits before assessment (referred out, declined, lost contact) need a reason instead of
 *   an admission decision: no assessment has been made to decide on.
 * - Once admitted, a planned ending goes through DISCHARGE_PLANNING (Rule 6: the aftercare plan
 *   is prepared there). A client who walks out (AMA) or stops coming (LOST_CONTACT) cannot be
 *   planned for, so ORIENTATION, ACTIVE and ON_HOLD may end in DISCHARGED directly with one of
 *   those two types. TRANSFERRED (type TRANSFER) hands care and aftercare to another program.
 * - Every move that ends treatment records a discharge type and a reason.
 * - The LOST_CONTACT status is a side exit before admission; an admitted client who is lost is
 *   DISCHARGED with discharge type LOST_CONTACT.
 */
/** Leaving treatment unplanned (walked out, cannot be reached): the same from every status in it. */
const unplannedDischarge: EpisodeTransitionTarget = {
  to: 'DISCHARGED',
  reasonRequired: true,
  dischargeTypes: UNPLANNED_DISCHARGE_TYPES,
  description: 'The client left against advice or cannot be reached: discharged without planning.',
};

const transfer: EpisodeTransitionTarget = {
  to: 'TRANSFERRED',
  reasonRequired: true,
  dischargeTypes: ['TRANSFER'],
  description: 'Care moves to another program.',
};

export const episodeTransitions: Readonly<
  Record<EpisodeStatus, readonly EpisodeTransitionTarget[]>
> = {
  INQUIRY: [
    { to: 'SCREENING', description: 'Intake screens the person who inquired.' },
    {
      to: 'REFERRED_OUT',
      reasonRequired: true,
      description:
        'The inquiry is for care this program does not give (detox, residential); the person is pointed elsewhere.',
    },
    {
      to: 'DECLINED',
      reasonRequired: true,
      description: 'The person does not want to go on, or the program cannot take them.',
    },
    {
      to: 'LOST_CONTACT',
      reasonRequired: true,
      description: 'Intake cannot reach the person any more.',
    },
  ],
  SCREENING: [
    {
      to: 'ASSESSMENT',
      description:
        'Screening suggests intensive outpatient care may fit; a full assessment follows.',
    },
    {
      to: 'REFERRED_OUT',
      reasonRequired: true,
      description: 'Screening shows another level of care or provider is needed.',
    },
    {
      to: 'DECLINED',
      reasonRequired: true,
      description: 'The person does not want to go on, or the program cannot take them.',
    },
    {
      to: 'LOST_CONTACT',
      reasonRequired: true,
      description: 'Intake cannot reach the person any more.',
    },
  ],
  ASSESSMENT: [
    {
      to: 'ORIENTATION',
      admissionDecision: 'ADMIT',
      description: 'Admitted: orientation to the program begins.',
    },
    {
      to: 'WAITLISTED',
      admissionDecision: 'WAITLIST',
      description: 'Suitable, but no place is free yet.',
    },
    {
      to: 'REFERRED_OUT',
      admissionDecision: 'REFER_OUT',
      description: 'The assessment points to another level of care or provider.',
    },
    {
      to: 'DECLINED',
      admissionDecision: 'DECLINE',
      description: 'Not admitted, by the program or by the client.',
    },
    {
      to: 'LOST_CONTACT',
      reasonRequired: true,
      description: 'The client stops responding before a decision is made.',
    },
  ],
  WAITLISTED: [
    {
      to: 'ORIENTATION',
      admissionDecision: 'ADMIT',
      description: 'A place opens; a new decision to admit is recorded and orientation begins.',
    },
    {
      to: 'REFERRED_OUT',
      reasonRequired: true,
      description: 'The client is placed elsewhere while waiting.',
    },
    {
      to: 'DECLINED',
      reasonRequired: true,
      description: 'The client no longer wants the place, or the program withdraws it.',
    },
    {
      to: 'LOST_CONTACT',
      reasonRequired: true,
      description: 'The client cannot be reached when a place opens.',
    },
  ],
  ORIENTATION: [
    { to: 'ACTIVE', description: 'Orientation is done; the full schedule begins.' },
    {
      to: 'DISCHARGE_PLANNING',
      description: 'The client leaves or is discharged during orientation.',
    },
    unplannedDischarge,
    transfer,
  ],
  ACTIVE: [
    {
      to: 'ON_HOLD',
      reasonRequired: true,
      description: 'Treatment pauses without discharge (hospital stay, medical leave, travel).',
    },
    {
      to: 'DISCHARGE_PLANNING',
      description: 'Discharge is being prepared: completion, step down or up, or leaving early.',
    },
    unplannedDischarge,
    transfer,
  ],
  ON_HOLD: [
    { to: 'ACTIVE', description: 'The client returns from the pause.' },
    {
      to: 'DISCHARGE_PLANNING',
      description: 'The client will not return; discharge is prepared from the hold.',
    },
    unplannedDischarge,
    transfer,
  ],
  DISCHARGE_PLANNING: [
    {
      to: 'DISCHARGED',
      reasonRequired: true,
      dischargeTypes: PLANNED_DISCHARGE_TYPES,
      description: 'Discharged with an aftercare plan.',
    },
    {
      to: 'ACTIVE',
      reasonRequired: true,
      description: 'The discharge is called off; treatment continues.',
    },
    {
      to: 'TRANSFERRED',
      reasonRequired: true,
      dischargeTypes: ['TRANSFER'],
      description: 'Planning ends in a move to another program.',
    },
  ],
  DISCHARGED: [
    { to: 'FOLLOW_UP', description: 'Aftercare follow-up contacts begin (weekly or biweekly).' },
    {
      to: 'CLOSED',
      reasonRequired: true,
      description:
        'No follow-up will take place (the client declined it or cannot be reached); say why.',
    },
  ],
  FOLLOW_UP: [{ to: 'CLOSED', description: 'The follow-up period is over.' }],
  CLOSED: [],
  REFERRED_OUT: [],
  DECLINED: [],
  LOST_CONTACT: [],
  TRANSFERRED: [],
};

/** The statuses an episode may move to from `from`, in the order they are offered. */
export function allowedTransitions(from: EpisodeStatus): EpisodeStatus[] {
  return (episodeTransitions[from] ?? []).map((t) => t.to);
}

/** The edge from one status to another, with what it needs, or undefined when there is none. */
export function findEpisodeTransition(
  from: EpisodeStatus,
  to: EpisodeStatus,
): EpisodeTransitionTarget | undefined {
  return (episodeTransitions[from] ?? []).find((t) => t.to === to);
}

/** The admission decision a move must record, or null when it records none. */
export function requiredAdmissionDecision(
  from: EpisodeStatus,
  to: EpisodeStatus,
): AdmissionDecision | null {
  return findEpisodeTransition(from, to)?.admissionDecision ?? null;
}

export interface EpisodeTransitionRequest {
  from: EpisodeStatus;
  to: EpisodeStatus;
  /** Needed on the moves that record one (out of ASSESSMENT, and WAITLISTED → ORIENTATION); ignored elsewhere. */
  admissionDecision?: AdmissionDecisionRecord | null;
  /** Needed on moves with `reasonRequired`; may be given on any move. */
  reason?: string | null;
  /** Needed on moves that end treatment (`dischargeTypes`); ignored elsewhere. */
  dischargeType?: DischargeType | null;
}

export type EpisodeTransitionResult = TransitionResult<EpisodeStatus>;

/**
 * Whether an episode may move from one status to another with what the caller has supplied.
 * A refusal names both statuses in words, and `missing` lists the input paths to fill in.
 */
export function checkTransition(request: EpisodeTransitionRequest): EpisodeTransitionResult {
  const { from, to } = request;
  const fromLabel = episodeStatusLabel(from);
  const toLabel = episodeStatusLabel(to);
  const head = `Cannot move an episode from ${fromLabel} to ${toLabel}`;
  const refuse = (message: string, missing?: string[]): EpisodeTransitionResult => ({
    ok: false,
    code: 'INVALID_TRANSITION',
    from,
    to,
    message,
    ...(missing ? { missing } : {}),
  });

  const edge = findEpisodeTransition(from, to);
  if (!edge) {
    const options = allowedTransitions(from).map(episodeStatusLabel);
    const hint =
      from === to
        ? ` It is already ${toLabel}.`
        : options.length === 0
          ? ` ${fromLabel} is a final status; a new episode can be opened instead.`
          : ` From ${fromLabel} it can move to ${joinOr(options)}.`;
    return refuse(`${head}.${hint}`);
  }

  const needs: string[] = [];
  const missing: string[] = [];
  if (edge.admissionDecision) {
    const wanted = decisionLabels[edge.admissionDecision];
    const given = request.admissionDecision;
    if (!given) {
      needs.push(`an admission decision of ${wanted}`);
      missing.push('admissionDecision');
    } else if (given.decision !== edge.admissionDecision) {
      needs.push(
        `an admission decision of ${wanted} (the decision given is ${decisionLabels[given.decision] ?? given.decision})`,
      );
      missing.push('admissionDecision.decision');
    } else if (isBlank(given.rationale)) {
      needs.push('a rationale for the admission decision');
      missing.push('admissionDecision.rationale');
    }
  }
  if (edge.dischargeTypes) {
    const allowed = joinOr(edge.dischargeTypes.map(dischargeTypeLabel));
    const given = request.dischargeType;
    if (!given) {
      needs.push(`a discharge type (${allowed})`);
      missing.push('dischargeType');
    } else if (!edge.dischargeTypes.includes(given)) {
      needs.push(`a discharge type of ${allowed} (the type given is ${dischargeTypeLabel(given)})`);
      missing.push('dischargeType');
    }
  }
  if (edge.reasonRequired && isBlank(request.reason)) {
    needs.push('a reason');
    missing.push('reason');
  }
  if (needs.length > 0) return refuse(`${head} without ${needs.join(' and ')}.`, missing);
  return { ok: true };
}

function isBlank(value: string | null | undefined): boolean {
  return value == null || value.trim() === '';
}

function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
