import { formatInstantDate } from '../../ui/dates';

/** Entries (newest first) under the day each happened on where the program is. */
export function byDay<T extends { at: string }>(
  entries: readonly T[],
  timeZone: string | null | undefined,
): { day: string; entries: T[] }[] {
  const days: { day: string; entries: T[] }[] = [];
  for (const entry of entries) {
    const day = formatInstantDate(entry.at, timeZone);
    const last = days[days.length - 1];
    if (last?.day === day) last.entries.push(entry);
    else days.push({ day, entries: [entry] });
  }
  return days;
}
