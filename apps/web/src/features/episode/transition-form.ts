import {
  checkTransition,
  episodeStatusLabel,
  EpisodeStatus,
  missingOrientationItems,
  ORIENTATION_ITEMS,
  type AdmissionDecision,
  type DischargeType,
} from '@waypoint/domain';
import type { TransitionEpisodeInput } from '../../gql/graphql';

// The API's limits (TransitionEpisodeInput), checked here first.
export const MAX_REASON_LENGTH = 2000;
export const MAX_RATIONALE_LENGTH = 4000;

/** What a move's dialog holds while it is filled in. */
export interface TransitionValues {
  reason: string;
  /** Only on moves that record an admission decision. */
  decision: AdmissionDecision | null;
  rationale: string;
  /** Only when admitting. */
  primaryClinicianId: string | null;
  /** Only on moves that end treatment. */
  dischargeType?: DischargeType | null;
  /** A director's reason to admit outside the program's ages. */
  ageOverrideReason?: string;
}

export type TransitionField =
  | 'reason'
  | 'decision'
  | 'rationale'
  | 'primaryClinicianId'
  | 'dischargeType'
  | 'ageOverrideReason';
export type TransitionErrors = Partial<Record<TransitionField, string>>;

export const emptyTransitionValues: TransitionValues = {
  reason: '',
  decision: null,
  rationale: '',
  primaryClinicianId: null,
};

/**
 * Why a move cannot be made as filled in, from the domain's check here or the API's
 * INVALID_TRANSITION (`missing`): both name input paths, read the same way.
 */
export interface Refusal {
  fields: TransitionErrors;
  /** Labels of the orientation items still to do, when that is what stands in the way. */
  orientation: string[];
  /** Whether something the form cannot show against a field is missing. */
  other: boolean;
}

const fieldOfPath: Record<string, TransitionField> = {
  reason: 'reason',
  admissionDecision: 'decision',
  'admissionDecision.decision': 'decision',
  'admissionDecision.rationale': 'rationale',
  primaryClinicianId: 'primaryClinicianId',
  dischargeType: 'dischargeType',
  ageOverrideReason: 'ageOverrideReason',
};

const missingMessages: Record<TransitionField, string> = {
  reason: 'Say why; the reason is kept with the episode’s history',
  decision: 'Choose a decision',
  rationale: 'Give the rationale: how the program fits the client’s needs, or why it does not',
  primaryClinicianId: 'Choose the primary clinician who will take the client on',
  dischargeType: 'Choose how treatment ended',
  ageOverrideReason:
    'The client’s age is outside this program’s population: a director may admit with a reason',
};

const orientationLabel = (key: string) =>
  ORIENTATION_ITEMS.find((i) => i.key === key)?.label ?? key;

/** Reads `missing` input paths (e.g. `admissionDecision.rationale`, `orientation.CONFIDENTIALITY`). */
export function refusalOf(missing: readonly string[]): Refusal {
  const refusal: Refusal = { fields: {}, orientation: [], other: false };
  for (const path of missing) {
    const field = fieldOfPath[path];
    if (field) refusal.fields[field] ??= missingMessages[field];
    else if (path.startsWith('orientation.')) {
      refusal.orientation.push(orientationLabel(path.slice('orientation.'.length)));
    } else refusal.other = true;
  }
  return refusal;
}

const isRefusal = (r: Refusal) =>
  Object.keys(r.fields).length > 0 || r.orientation.length > 0 || r.other;

export interface MoveToCheck {
  from: EpisodeStatus;
  to: EpisodeStatus;
  /** The move records an admission decision (made in the decision form). */
  decisionMove: boolean;
  /** Orientation items done, by key, when starting treatment from orientation. */
  orientationDone?: Readonly<Record<string, unknown>>;
}

/**
 * The same rules the API applies, before anything is sent: the domain's `checkTransition`
 * (reason, decision and rationale), a primary clinician to admit, a complete orientation to
 * start treatment, and the API's length limits. Null when the move can be sent.
 */
export function checkMove(move: MoveToCheck, values: TransitionValues): Refusal | null {
  const missing: string[] = [];
  if (move.decisionMove && !values.decision) missing.push('admissionDecision');
  const check = checkTransition({
    from: move.from,
    to: move.to,
    admissionDecision:
      move.decisionMove && values.decision
        ? { decision: values.decision, rationale: values.rationale }
        : null,
    reason: values.reason,
    dischargeType: values.dischargeType ?? null,
  });
  if (!check.ok) missing.push(...(check.missing ?? []));
  if (move.to === 'ORIENTATION' && !values.primaryClinicianId) missing.push('primaryClinicianId');
  if (move.from === 'ORIENTATION' && move.to === 'ACTIVE' && move.orientationDone) {
    missing.push(...missingOrientationItems(move.orientationDone).map((k) => `orientation.${k}`));
  }
  const refusal = refusalOf(missing);
  if (values.reason.trim().length > MAX_REASON_LENGTH) {
    refusal.fields.reason = `Use at most ${MAX_REASON_LENGTH.toLocaleString('en-US')} characters`;
  }
  if (move.decisionMove && values.rationale.trim().length > MAX_RATIONALE_LENGTH) {
    refusal.fields.rationale = `Use at most ${MAX_RATIONALE_LENGTH.toLocaleString('en-US')} characters`;
  }
  // A check that found a move the lifecycle does not have at all names no input to fix.
  if (!check.ok && !check.missing?.length && !isRefusal(refusal)) refusal.other = true;
  return isRefusal(refusal) ? refusal : null;
}

/** What is sent: only what the move takes, trimmed; empty optional text is left out. */
export function toTransitionInput(
  episode: { id: string; version: number },
  to: EpisodeStatus,
  values: TransitionValues,
  decisionMove: boolean,
): TransitionEpisodeInput {
  const input: TransitionEpisodeInput = { episodeId: episode.id, version: episode.version, to };
  const reason = values.reason.trim();
  if (reason) input.reason = reason;
  if (decisionMove && values.decision) {
    input.admissionDecision = { decision: values.decision, rationale: values.rationale.trim() };
  }
  if (to === 'ORIENTATION' && values.primaryClinicianId) {
    input.primaryClinicianId = values.primaryClinicianId;
  }
  if (values.dischargeType) input.dischargeType = values.dischargeType;
  const override = values.ageOverrideReason?.trim();
  if (to === 'ORIENTATION' && override) input.ageOverrideReason = override;
  return input;
}

const statuses = new Set<string>(Object.values(EpisodeStatus));
const asStatus = (x: unknown): EpisodeStatus | null =>
  typeof x === 'string' && statuses.has(x) ? (x as EpisodeStatus) : null;

/** The API's INVALID_TRANSITION, read from its extensions: both states and what is missing. */
export interface RefusedMove {
  title: string;
  refusal: Refusal;
}

export function refusedMove(extensions: Readonly<Record<string, unknown>>): RefusedMove {
  const from = asStatus(extensions.from);
  const to = asStatus(extensions.to);
  const missing = Array.isArray(extensions.missing)
    ? extensions.missing.filter((m): m is string => typeof m === 'string')
    : [];
  const title =
    from && to && from !== to
      ? `Cannot move from ${episodeStatusLabel(from)} to ${episodeStatusLabel(to)}`
      : 'This change is not possible at this point in the episode';
  const refusal = refusalOf(missing);
  if (!isRefusal(refusal)) refusal.other = true;
  return { title, refusal };
}

/** The API's BAD_USER_INPUT fields (`primaryClinicianId`, `admissionDecision.rationale`…) by field. */
export function apiTransitionErrors(fields: Readonly<Record<string, string>>): Refusal {
  const refusal: Refusal = { fields: {}, orientation: [], other: false };
  for (const [path, message] of Object.entries(fields)) {
    const field = fieldOfPath[path];
    if (field) refusal.fields[field] ??= message;
    else refusal.other = true;
  }
  if (!isRefusal(refusal)) refusal.other = true;
  return refusal;
}
