import {
  episodeStatusLabel,
  findEpisodeTransition,
  missingOrientationItems,
  ORIENTATION_ITEMS,
  type EpisodeStatus,
  type OrientationItemKey,
} from '@waypoint/domain';
import type { MoveOption } from './episode-moves';

export interface ChecklistItem {
  key: string;
  doneAt?: string | null;
}

/** Items done, by key, with when: the shape the domain's checks read. */
export function doneItems(checklist: readonly ChecklistItem[]): Record<string, string> {
  const done: Record<string, string> = {};
  for (const item of checklist) if (item.doneAt) done[item.key] = item.doneAt;
  return done;
}

/**
 * The whole list of done keys to send after ticking or unticking one item (the API takes the
 * list, not a change), in checklist order.
 */
export function completedAfterToggle(
  done: Readonly<Record<string, unknown>>,
  key: string,
  checked: boolean,
): OrientationItemKey[] {
  return ORIENTATION_ITEMS.filter((i) => (i.key === key ? checked : Boolean(done[i.key]))).map(
    (i) => i.key,
  );
}

export interface OrientationProgress {
  done: number;
  total: number;
  /** Keys still to do, in checklist order (the domain's rule for starting treatment). */
  missing: OrientationItemKey[];
  complete: boolean;
}

export function orientationProgress(done: Readonly<Record<string, unknown>>): OrientationProgress {
  const missing = missingOrientationItems(done);
  const total = ORIENTATION_ITEMS.length;
  return { done: total - missing.length, total, missing, complete: missing.length === 0 };
}

/** One tick or untick, as the person made it: re-applied over someone else's newer list. */
export interface OrientationToggle {
  key: string;
  checked: boolean;
}

export function toggleLabel({ key, checked }: OrientationToggle): string {
  const label = ORIENTATION_ITEMS.find((i) => i.key === key)?.label ?? key;
  return `${checked ? 'ticking' : 'unticking'} “${label}”`;
}

/** Starting treatment from orientation, as the lifecycle table defines the move; null elsewhere. */
export function startTreatmentMove(status: EpisodeStatus): MoveOption | null {
  const edge = findEpisodeTransition(status, 'ACTIVE');
  if (status !== 'ORIENTATION' || !edge) return null;
  return {
    to: edge.to,
    label: episodeStatusLabel(edge.to),
    admissionDecision: edge.admissionDecision ?? null,
    reasonRequired: edge.reasonRequired ?? false,
    description: edge.description,
  };
}
