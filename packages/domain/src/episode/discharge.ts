import { episodePhase, type EpisodeStatus } from './episode-status.js';

/** How an episode in treatment ended (recorded on the episode and on the move that ended it). */
export const DischargeType = {
  /** The client met the plan's goals and completed the program. */
  COMPLETED: 'COMPLETED',
  /** Moved to a less intensive level of care (e.g. 2.1 → 1.0 outpatient). */
  STEP_DOWN: 'STEP_DOWN',
  /** Moved to a more intensive level of care (partial hospitalisation, residential). */
  STEP_UP: 'STEP_UP',
  /** Care continues in another program at the same level. */
  TRANSFER: 'TRANSFER',
  /** The client left against clinical advice. */
  AMA: 'AMA',
  /** Discharged by the program (rules, safety, payer). */
  ADMINISTRATIVE: 'ADMINISTRATIVE',
  /** The client stopped coming and cannot be reached. */
  LOST_CONTACT: 'LOST_CONTACT',
} as const;
export type DischargeType = (typeof DischargeType)[keyof typeof DischargeType];

const labels: Record<DischargeType, string> = {
  COMPLETED: 'Completed',
  STEP_DOWN: 'Step down',
  STEP_UP: 'Step up',
  TRANSFER: 'Transfer',
  AMA: 'Against medical advice',
  ADMINISTRATIVE: 'Administrative',
  LOST_CONTACT: 'Lost contact',
};

export function dischargeTypeLabel(type: DischargeType): string {
  return labels[type] ?? type;
}

/** Discharges nobody planned: the client leaves or disappears, from any status in treatment. */
export const UNPLANNED_DISCHARGE_TYPES: readonly DischargeType[] = ['AMA', 'LOST_CONTACT'];

/** What a discharge prepared in DISCHARGE_PLANNING may be (a transfer is its own move). */
export const PLANNED_DISCHARGE_TYPES: readonly DischargeType[] = [
  'COMPLETED',
  'STEP_DOWN',
  'STEP_UP',
  'AMA',
  'ADMINISTRATIVE',
  'LOST_CONTACT',
];

/**
 * Whether a move ends treatment (leaves ORIENTATION, ACTIVE, ON_HOLD or DISCHARGE_PLANNING for
 * outside treatment). Such a move records a discharge type and reason, and closes the plan.
 */
export function endsTreatment(from: EpisodeStatus, to: EpisodeStatus): boolean {
  return episodePhase(from) === 'IN_TREATMENT' && episodePhase(to) !== 'IN_TREATMENT';
}
