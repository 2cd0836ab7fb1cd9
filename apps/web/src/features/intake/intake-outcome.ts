import { AdmissionDecision, EpisodeStatus, episodeStatusLabel } from '@waypoint/domain';

export const INTAKE_OUTCOME_PATH = '/intake/outcome';

/**
 * A move after which intake can no longer open the chart (an admission, or an inquiry that
 * ended): what the confirmation screen shows, handed over in the navigation state so that
 * nothing has to be read again from a chart that is no longer theirs.
 */
export interface IntakeOutcome {
  clientId: string;
  clientName: string;
  programName: string;
  status: EpisodeStatus;
  clinicianName: string | null;
  decision: AdmissionDecision | null;
  rationale: string | null;
  reason: string | null;
}

const statuses = new Set<string>(Object.values(EpisodeStatus));
const decisions = new Set<string>(Object.values(AdmissionDecision));
const textOrNull = (x: unknown) => x === null || typeof x === 'string';

export function isIntakeOutcome(x: unknown): x is IntakeOutcome {
  if (typeof x !== 'object' || x === null) return false;
  const o = x as Record<string, unknown>;
  return (
    typeof o.clientId === 'string' &&
    typeof o.clientName === 'string' &&
    typeof o.programName === 'string' &&
    typeof o.status === 'string' &&
    statuses.has(o.status) &&
    textOrNull(o.clinicianName) &&
    (o.decision === null || (typeof o.decision === 'string' && decisions.has(o.decision))) &&
    textOrNull(o.rationale) &&
    textOrNull(o.reason)
  );
}

export function outcomeHeadline(o: IntakeOutcome): { title: string; description: string } {
  if (o.status === 'ORIENTATION') {
    return {
      title: `${o.clientName} is admitted`,
      description: o.clinicianName
        ? `Orientation to ${o.programName} begins with ${o.clinicianName}, the primary clinician.`
        : `Orientation to ${o.programName} begins.`,
    };
  }
  return {
    title: `${o.clientName}: ${episodeStatusLabel(o.status).toLowerCase()}`,
    description: `The inquiry to ${o.programName} has ended as ${episodeStatusLabel(o.status).toLowerCase()}.`,
  };
}
