import { Badge } from '@mantine/core';
import type { EpisodeStatus } from '@waypoint/domain';
import { episodeStatusColor, episodeStatusLabel } from './episode-status';

export function EpisodeStatusBadge({ status }: { status: EpisodeStatus }) {
  return (
    <Badge color={episodeStatusColor(status)} variant="light" radius="sm" tt="none" fw={600}>
      {episodeStatusLabel(status)}
    </Badge>
  );
}
