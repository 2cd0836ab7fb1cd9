import {
  episodePhase,
  episodeStatusLabel,
  type AdmissionDecision,
  type EpisodeStatus,
} from '@waypoint/domain';

/**
 * Where an episode stands, as a row of steps: the way most stays go (inquiry to aftercare), with
 * a side exit (referred out, declined, lost contact, transferred) shown where it was taken.
 */
export type StepState = 'done' | 'current' | 'upcoming' | 'exit';

export interface LifecycleStep {
  key: StepKey | 'EXIT';
  label: string;
  state: StepState;
  /** When the episode reached this step (ISO instant), when known. */
  at: string | null;
  /** A step that asks for attention while current (a wait, a pause). */
  attention: boolean;
}

export interface TransitionForSteps {
  fromStatus: EpisodeStatus;
  toStatus: EpisodeStatus;
  occurredAt: string;
  admissionDecision?: AdmissionDecision | null;
}

export interface EpisodeForSteps {
  status: EpisodeStatus;
  openedAt: string;
  /** Newest first, as the API gives them. */
  transitions: readonly TransitionForSteps[];
}

type StepKey =
  | 'INQUIRY'
  | 'SCREENING'
  | 'ASSESSMENT'
  | 'DECISION'
  | 'ORIENTATION'
  | 'TREATMENT'
  | 'DISCHARGE'
  | 'AFTERCARE';

const mainSteps: readonly { key: StepKey; label: string; statuses: readonly EpisodeStatus[] }[] = [
  { key: 'INQUIRY', label: 'Inquiry', statuses: ['INQUIRY'] },
  { key: 'SCREENING', label: 'Screening', statuses: ['SCREENING'] },
  { key: 'ASSESSMENT', label: 'Assessment', statuses: ['ASSESSMENT'] },
  { key: 'DECISION', label: 'Decision', statuses: ['WAITLISTED'] },
  { key: 'ORIENTATION', label: 'Orientation', statuses: ['ORIENTATION'] },
  { key: 'TREATMENT', label: 'Active', statuses: ['ACTIVE', 'ON_HOLD'] },
  { key: 'DISCHARGE', label: 'Discharge', statuses: ['DISCHARGE_PLANNING', 'DISCHARGED'] },
  { key: 'AFTERCARE', label: 'Follow-up', statuses: ['FOLLOW_UP', 'CLOSED'] },
];

const DECISION_STEP = 3;

/** The step a status belongs to; -1 for the side exits, which are placed where they were taken. */
export function stepIndexOf(status: EpisodeStatus): number {
  return mainSteps.findIndex((s) => s.statuses.includes(status));
}

/** Ended, but not by the usual way through aftercare. */
export function isSideExit(status: EpisodeStatus): boolean {
  return episodePhase(status) === 'ENDED' && status !== 'CLOSED';
}

const attentionStatuses: ReadonlySet<EpisodeStatus> = new Set(['WAITLISTED', 'ON_HOLD']);

/**
 * A step's label: where the episode is (or left from) names its own status ("Waitlisted",
 * "On hold"); a step passed through reads as what happened there ("Admitted", "Discharged").
 */
function labelAt(index: number, status: EpisodeStatus | null, passed: boolean): string {
  const step = mainSteps[index];
  if (!step) return '';
  if (status) {
    if (step.key === 'DECISION' && status === 'WAITLISTED') return 'Waitlisted';
    return step.statuses.length > 1 ? episodeStatusLabel(status) : step.label;
  }
  if (passed && step.key === 'DECISION') return 'Admitted';
  if (passed && step.key === 'DISCHARGE') return 'Discharged';
  return step.label;
}

function enteredAt(episode: EpisodeForSteps, index: number): string | null {
  const step = mainSteps[index];
  if (!step) return null;
  if (step.key === 'INQUIRY') return episode.openedAt;
  if (step.key === 'DECISION') {
    return episode.transitions.find((t) => t.admissionDecision)?.occurredAt ?? null;
  }
  return episode.transitions.find((t) => step.statuses.includes(t.toStatus))?.occurredAt ?? null;
}

/** `status`: the status the episode is in (or left from) at this step, if it is that step. */
function mainStep(
  episode: EpisodeForSteps,
  index: number,
  state: StepState,
  status: EpisodeStatus | null,
): LifecycleStep {
  const step = mainSteps[index]!;
  return {
    key: step.key,
    label: labelAt(index, status, state === 'done'),
    state,
    at: state === 'upcoming' ? null : enteredAt(episode, index),
    attention: state === 'current' && status !== null && attentionStatuses.has(status),
  };
}

export function lifecycleSteps(episode: EpisodeForSteps): LifecycleStep[] {
  const { status } = episode;

  if (isSideExit(status)) {
    const exit = episode.transitions.find((t) => t.toStatus === status);
    const from = exit?.fromStatus ?? 'INQUIRY';
    // A decision to refer out or decline is taken at the decision step: the exit stands there.
    const exitIsDecision = Boolean(exit?.admissionDecision);
    const fromIndex = Math.max(0, stepIndexOf(from));
    const lastDone = exitIsDecision ? DECISION_STEP - 1 : fromIndex;
    const steps = mainSteps
      .slice(0, lastDone + 1)
      .map((_, i) => mainStep(episode, i, 'done', i === fromIndex ? from : null));
    steps.push({
      key: exitIsDecision ? 'DECISION' : 'EXIT',
      label: episodeStatusLabel(status),
      state: 'exit',
      at: exit?.occurredAt ?? null,
      attention: false,
    });
    return steps;
  }

  const current = stepIndexOf(status);
  return mainSteps.map((_, i) => {
    if (status === 'CLOSED') return mainStep(episode, i, 'done', i === current ? status : null);
    const state: StepState = i < current ? 'done' : i === current ? 'current' : 'upcoming';
    return mainStep(episode, i, state, i === current ? status : null);
  });
}

/** The index Mantine's Stepper calls active: the current step, or past the end once it is over. */
export function activeStepIndex(steps: readonly LifecycleStep[]): number {
  const i = steps.findIndex((s) => s.state === 'current');
  return i === -1 ? steps.length : i;
}
