/**
 * Where a client stands in one stay (episode of care) in a program.
 * The transitions between them arrive with the episode lifecycle; this file fixes the vocabulary
 * and the phases that caseload lists and census figures group by.
 */
export const EpisodeStatus = {
  INQUIRY: 'INQUIRY',
  SCREENING: 'SCREENING',
  ASSESSMENT: 'ASSESSMENT',
  WAITLISTED: 'WAITLISTED',
  ORIENTATION: 'ORIENTATION',
  ACTIVE: 'ACTIVE',
  ON_HOLD: 'ON_HOLD',
  DISCHARGE_PLANNING: 'DISCHARGE_PLANNING',
  DISCHARGED: 'DISCHARGED',
  FOLLOW_UP: 'FOLLOW_UP',
  CLOSED: 'CLOSED',
  REFERRED_OUT: 'REFERRED_OUT',
  DECLINED: 'DECLINED',
  LOST_CONTACT: 'LOST_CONTACT',
  TRANSFERRED: 'TRANSFERRED',
} as const;
export type EpisodeStatus = (typeof EpisodeStatus)[keyof typeof EpisodeStatus];

export const EpisodePhase = {
  /** Not yet admitted: intake's territory. */
  PRE_ADMISSION: 'PRE_ADMISSION',
  /** Admitted and counted in the census. */
  IN_TREATMENT: 'IN_TREATMENT',
  /** Discharged but still followed up (aftercare contacts). */
  AFTERCARE: 'AFTERCARE',
  /** Nothing more will happen in this episode. */
  ENDED: 'ENDED',
} as const;
export type EpisodePhase = (typeof EpisodePhase)[keyof typeof EpisodePhase];

const phaseOf: Record<EpisodeStatus, EpisodePhase> = {
  INQUIRY: 'PRE_ADMISSION',
  SCREENING: 'PRE_ADMISSION',
  ASSESSMENT: 'PRE_ADMISSION',
  WAITLISTED: 'PRE_ADMISSION',
  ORIENTATION: 'IN_TREATMENT',
  ACTIVE: 'IN_TREATMENT',
  ON_HOLD: 'IN_TREATMENT',
  DISCHARGE_PLANNING: 'IN_TREATMENT',
  DISCHARGED: 'AFTERCARE',
  FOLLOW_UP: 'AFTERCARE',
  CLOSED: 'ENDED',
  REFERRED_OUT: 'ENDED',
  DECLINED: 'ENDED',
  LOST_CONTACT: 'ENDED',
  TRANSFERRED: 'ENDED',
};

export function episodePhase(status: EpisodeStatus): EpisodePhase {
  return phaseOf[status];
}

/** Statuses in a given phase, in lifecycle order (used to build SQL filters from one definition). */
export function statusesInPhase(phase: EpisodePhase): EpisodeStatus[] {
  return (Object.keys(phaseOf) as EpisodeStatus[]).filter((s) => phaseOf[s] === phase);
}

/** An episode is open while something can still happen in it. */
export function isOpenEpisode(status: EpisodeStatus): boolean {
  return phaseOf[status] !== 'ENDED';
}

/**
 * Whether a client whose latest episode is in `lastStatus` may start a new one (readmission):
 * yes once it has ended or is in aftercare; an episode in intake or treatment is continued
 * instead, so a client never has two charts in progress.
 */
export function mayOpenNewEpisode(lastStatus: EpisodeStatus | null): boolean {
  if (lastStatus === null) return true;
  const phase = phaseOf[lastStatus];
  return phase === 'ENDED' || phase === 'AFTERCARE';
}
