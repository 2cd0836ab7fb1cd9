import DataLoader from 'dataloader';
import type { BillableWeek, CalendarDate, WeekHours } from '@waypoint/domain';
import type { ClientScope } from '../access/client-scope.js';
import type { AttendanceSummary } from './attendance.types.js';
import {
  episodesAttendanceSummary,
  episodesBillableWeek,
  episodesWeeklyHours,
  type HoursEpisode,
} from './weekly-hours.service.js';

const byEpisodeId = { cacheKeyFn: (e: HoursEpisode) => e.id };

/** A loader per distinct argument value: a list asking every episode the same batches once. */
function perArgument<A, V>(create: (arg: A) => DataLoader<HoursEpisode, V, string>) {
  const loaders = new Map<A, DataLoader<HoursEpisode, V, string>>();
  return (arg: A) => {
    let loader = loaders.get(arg);
    if (!loader) loaders.set(arg, (loader = create(arg)));
    return loader;
  };
}

/**
 * Per request: Rule 2 figures of the episodes a query lists, one batch per field and argument.
 * The episodes were read through the scope already (these are fields of an Episode).
 */
export function createAttendanceLoaders(scope: () => ClientScope) {
  return {
    weeklyHours: perArgument(
      (weeks: number) =>
        new DataLoader<HoursEpisode, WeekHours[], string>(
          (episodes) => episodesWeeklyHours(scope().db, episodes, weeks),
          byEpisodeId,
        ),
    ),
    billableWeek: perArgument(
      (week: CalendarDate | null) =>
        new DataLoader<HoursEpisode, BillableWeek, string>(
          (episodes) => episodesBillableWeek(scope().db, episodes, week),
          byEpisodeId,
        ),
    ),
    summary: new DataLoader<HoursEpisode, AttendanceSummary, string>(
      (episodes) =>
        episodesAttendanceSummary(
          scope().db,
          episodes.map((e) => e.id),
        ),
      byEpisodeId,
    ),
  };
}
