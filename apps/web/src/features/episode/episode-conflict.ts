import {
  AdmissionDecision,
  episodePhase,
  episodeStatusLabel,
  EpisodeStatus,
  episodeTransitions,
  ORIENTATION_ITEMS,
} from '@waypoint/domain';

/** The episode as someone else saved it first, as the API's CONFLICT carries it (`current`). */
export interface TheirEpisode {
  version: number;
  status: EpisodeStatus;
  primaryClinicianId: string | null;
  caseManagerId: string | null;
  /** Orientation items done, by key, with when. */
  orientation: Record<string, string>;
  admissionDecision: AdmissionDecision | null;
  admissionRationale: string | null;
  admittedAt: string | null;
  dischargedAt: string | null;
  updatedAt: string | null;
}

const statuses = new Set<string>(Object.values(EpisodeStatus));
const decisions = new Set<string>(Object.values(AdmissionDecision));
const text = (x: unknown) => (typeof x === 'string' ? x : null);

export function theirEpisode(current: unknown): TheirEpisode | null {
  if (typeof current !== 'object' || current === null) return null;
  const c = current as Record<string, unknown>;
  if (typeof c.version !== 'number' || typeof c.status !== 'string' || !statuses.has(c.status)) {
    return null;
  }
  const orientation: Record<string, string> = {};
  if (typeof c.orientation === 'object' && c.orientation !== null) {
    for (const [key, at] of Object.entries(c.orientation)) {
      if (typeof at === 'string') orientation[key] = at;
    }
  }
  const decision = text(c.admissionDecision);
  return {
    version: c.version,
    status: c.status as EpisodeStatus,
    primaryClinicianId: text(c.primaryClinicianId),
    caseManagerId: text(c.caseManagerId),
    orientation,
    admissionDecision: decision && decisions.has(decision) ? (decision as AdmissionDecision) : null,
    admissionRationale: text(c.admissionRationale),
    admittedAt: text(c.admittedAt),
    dischargedAt: text(c.dischargedAt),
    updatedAt: text(c.updatedAt),
  };
}

/**
 * Their version as the Episode's fields in the cache, for everything the domain lets us derive
 * (status words, phase, the moves offered, the checklist), so that nothing stale stays on screen
 * while the rest (history, care team names) is fetched again.
 */
export function episodeFieldsOf(theirs: TheirEpisode): Record<string, unknown> {
  return {
    version: theirs.version,
    status: theirs.status,
    statusLabel: episodeStatusLabel(theirs.status),
    phase: episodePhase(theirs.status),
    admissionDecision: theirs.admissionDecision,
    admissionRationale: theirs.admissionRationale,
    admittedAt: theirs.admittedAt,
    dischargedAt: theirs.dischargedAt,
    availableTransitions: episodeTransitions[theirs.status].map((t) => ({
      __typename: 'AvailableTransition',
      to: t.to,
      label: episodeStatusLabel(t.to),
      admissionDecision: t.admissionDecision ?? null,
      reasonRequired: t.reasonRequired ?? false,
      dischargeTypes: [...(t.dischargeTypes ?? [])],
      description: t.description,
    })),
    orientationChecklist: ORIENTATION_ITEMS.map((i) => ({
      __typename: 'OrientationItem',
      key: i.key,
      label: i.label,
      doneAt: theirs.orientation[i.key] ?? null,
    })),
  };
}
