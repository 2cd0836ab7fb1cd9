import type { CalendarDate } from '../treatment-plan/calendar-date.js';

/** A wall-clock time, `HH:MM` (seconds, as PostgreSQL's `time` prints them, are accepted). */
export type LocalTime = string;

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

export function isLocalTime(value: string): boolean {
  return TIME_PATTERN.test(value);
}

/** `09:00:00` → `09:00`, the form the clinic reads and forms send. */
export function shortTime(value: LocalTime): string {
  return value.slice(0, 5);
}

/** Minutes after midnight of a local time. */
export function minutesOfDay(value: LocalTime): number {
  const m = TIME_PATTERN.exec(value);
  if (!m) throw new RangeError('Not a time (HH:MM)');
  return Number(m[1]) * 60 + Number(m[2]);
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Milliseconds the zone's wall clock is ahead of UTC at an instant (negative west of Greenwich). */
function zoneOffsetMs(ms: number, timeZone: string): number {
  let f = offsetFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    offsetFormatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(ms).map((p) => [p.type, p.value]));
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a wall-clock time on a date happens in an IANA time zone: 09:00 in Los Angeles is
 * 17:00Z in winter and 16:00Z in summer, so a group keeps its local time across DST changes. A
 * time that does not exist (the hour skipped in spring) lands an hour later, as clocks show it.
 */
export function zonedInstant(date: CalendarDate, time: LocalTime, timeZone: string): Date {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const minutes = minutesOfDay(time);
  const wall = Date.UTC(y, mo - 1, d, Math.floor(minutes / 60), minutes % 60);
  const first = wall - zoneOffsetMs(wall, timeZone);
  const second = wall - zoneOffsetMs(first, timeZone);
  // In the skipped hour neither guess shows the asked-for time; the earlier offset moves it on.
  const shows = (t: number) => t + zoneOffsetMs(t, timeZone) === wall;
  return new Date(shows(second) ? second : first);
}

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

/** The local wall-clock time of an instant, `HH:MM`. */
export function localTimeOf(instant: Date, timeZone: string): LocalTime {
  let f = timeFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US-u-nu-latn', {
      timeZone,
      hourCycle: 'h23',
      hour: '2-digit',
      minute: '2-digit',
    });
    timeFormatters.set(timeZone, f);
  }
  return f.format(instant);
}
