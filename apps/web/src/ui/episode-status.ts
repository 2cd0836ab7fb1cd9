import type { MantineColor } from '@mantine/core';
import { EpisodePhase, episodePhase, type EpisodeStatus } from '@waypoint/domain';

// Status names are the domain's, so the API, the web app and the tests say the same words.
export { episodeStatusLabel } from '@waypoint/domain';

/** The phases in lifecycle order, as staff name them. */
export const phaseLabels: Record<EpisodePhase, string> = {
  PRE_ADMISSION: 'Pre-admission',
  IN_TREATMENT: 'In treatment',
  AFTERCARE: 'Aftercare',
  ENDED: 'Ended',
};

export const phasesInOrder: readonly EpisodePhase[] = Object.values(EpisodePhase);

// A status is coloured by its phase, so a list reads at a glance; the few statuses that ask
// staff for attention (a wait, a pause, an approaching discharge) get a colour of their own.
const phaseColors: Record<EpisodePhase, MantineColor> = {
  PRE_ADMISSION: 'blue',
  IN_TREATMENT: 'teal',
  AFTERCARE: 'indigo',
  ENDED: 'gray',
};
const attentionColors: Partial<Record<EpisodeStatus, MantineColor>> = {
  WAITLISTED: 'yellow',
  ORIENTATION: 'cyan',
  ON_HOLD: 'orange',
  DISCHARGE_PLANNING: 'violet',
};

export function episodeStatusColor(status: EpisodeStatus): MantineColor {
  return attentionColors[status] ?? phaseColors[episodePhase(status)];
}
