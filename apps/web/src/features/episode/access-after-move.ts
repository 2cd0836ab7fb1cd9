import { episodePhase, type EpisodePhase, type EpisodeStatus } from '@waypoint/domain';
import { chartAccess } from '../client-chart/chart-access';

type ChartAccessArgs = Parameters<typeof chartAccess>;

interface ClientForMove {
  currentEpisode: { id: string; phase: EpisodePhase; program: { id: string } } | null | undefined;
  episodes: readonly (ChartAccessArgs[1]['episodes'][number] & { id: string })[];
}

/**
 * Whether the viewer can still open the chart once the current episode has made a move, by the
 * policy table the API enforces. Intake's access ends at admission (and when an inquiry ends):
 * the app then confirms the move on a screen of its own instead of reloading a chart that is no
 * longer theirs.
 */
export function keepsChartAccess(
  viewer: ChartAccessArgs[0],
  client: ClientForMove,
  move: { to: EpisodeStatus; primaryClinicianId?: string | null },
): boolean {
  const current = client.currentEpisode;
  if (!current) return true;
  const after = {
    currentEpisode: { ...current, phase: episodePhase(move.to) },
    episodes: client.episodes.map((e) =>
      e.id === current.id
        ? {
            ...e,
            status: move.to,
            ...(move.primaryClinicianId && { primaryClinician: { id: move.primaryClinicianId } }),
          }
        : e,
    ),
  };
  return !chartAccess(viewer, after).emergencyOnly;
}
