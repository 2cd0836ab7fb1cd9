import { todayIn as programToday } from '@waypoint/domain';

// Dates as staff read them: "12 Oct 2026". Day–month–year avoids the US/UK ambiguity of
// numeric dates; the month comes from en-US because en-GB now abbreviates September "Sept".

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone,
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function dayMonthYear(date: Date, timeZone: string): string {
  const parts = formatterFor(timeZone).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('year')}`;
}

function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * An instant (DateTimeISO) as the calendar day it fell on in the program's time zone, so an
 * evening admission on the West Coast is not shown as the next day.
 */
export function formatInstantDate(iso: string, timeZone?: string | null): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const zone = timeZone && isValidTimeZone(timeZone) ? timeZone : browserTimeZone();
  return dayMonthYear(date, zone);
}

/** A calendar date (LocalDate, YYYY-MM-DD), which has no time zone and must not shift. */
export function formatLocalDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return '';
  const [, y, m, d] = match;
  return dayMonthYear(new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))), 'UTC');
}

/**
 * Today as a LocalDate (YYYY-MM-DD) where the program is: the one "today" of the web app, for
 * "due in 3 days", ages and "not in the future", so the screen agrees with the API's rules at
 * any hour, whatever the browser's own time zone. Only where no program is known yet (a form
 * before its program is chosen) is it the browser's date, as a first check: the API decides
 * with the program's date.
 */
export function todayIn(timeZone: string | null | undefined, now: Date = new Date()): string {
  if (timeZone && isValidTimeZone(timeZone)) return programToday(timeZone, now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const weekdayDate = new Intl.DateTimeFormat('en-US', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});

/** A calendar date as a heading, "Friday 4 December": the date itself, never shifted by a zone. */
export function formatWeekdayDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return '';
  const [, y, m, d] = match;
  const parts = weekdayDate.formatToParts(new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')}`;
}

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

function timeFormatterFor(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let f = timeFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      hour: 'numeric',
      minute: '2-digit',
      ...(timeZone ? { timeZone } : {}),
    });
    timeFormatters.set(key, f);
  }
  return f;
}

/** The browser's own time zone: the one its reader's clock shows. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();
const zoneNames = new Map<string, Intl.DateTimeFormat>();

function cached(
  cache: Map<string, Intl.DateTimeFormat>,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let f = cache.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
    cache.set(timeZone, f);
  }
  return f;
}

/**
 * The zone's short name ("PST", "GMT+1") when clocks there show another time than the reader's
 * at that instant, else nothing: a program's times carry their zone only where it could mislead.
 */
export function zoneNoteFor(date: Date, timeZone: string, readerZone: string): string {
  const wall = { dateStyle: 'short', timeStyle: 'short' } as const;
  if (
    cached(wallClocks, timeZone, wall).format(date) ===
    cached(wallClocks, readerZone, wall).format(date)
  ) {
    return '';
  }
  const name = cached(zoneNames, timeZone, { timeZoneName: 'short' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName')?.value;
  return name ? ` ${name}` : '';
}

/**
 * The time of day of an instant, "9:05 AM", where the program is (its zone named, "9:05 AM PST",
 * when the reader's clock differs); in the browser's own zone when no program zone is given.
 */
export function formatTime(
  iso: string,
  timeZone?: string | null,
  readerZone: string = browserTimeZone(),
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const zone = timeZone && isValidTimeZone(timeZone) ? timeZone : undefined;
  const time = timeFormatterFor(zone).format(date);
  return zone ? `${time}${zoneNoteFor(date, zone, readerZone)}` : time;
}

/** A span of time, "9:00 AM–12:00 PM PST": the zone, where shown, named once at the end. */
export function formatTimeRange(
  startIso: string,
  endIso: string,
  timeZone?: string | null,
  readerZone: string = browserTimeZone(),
): string {
  const start = new Date(startIso);
  if (Number.isNaN(start.getTime())) return '';
  const zone = timeZone && isValidTimeZone(timeZone) ? timeZone : undefined;
  return `${timeFormatterFor(zone).format(start)}–${formatTime(endIso, timeZone, readerZone)}`;
}

/** An instant to the minute, "12 Oct 2026, 9:05 AM": audit trails and access grants. */
export function formatDateTime(
  iso: string,
  timeZone?: string | null,
  readerZone: string = browserTimeZone(),
): string {
  const day = formatInstantDate(iso, timeZone);
  return day ? `${day}, ${formatTime(iso, timeZone, readerZone)}` : '';
}

/**
 * When something was saved, as a clause: " at 9:05 AM" today, " on 12 Oct 2026 at 9:05 AM"
 * before, nothing when unknown ("Jonah Whitfield saved this at 9:05 AM while you were editing").
 */
export function savedAtClause(
  iso: string | null | undefined,
  timeZone?: string | null,
  now: Date = new Date(),
  readerZone: string = browserTimeZone(),
): string {
  if (!iso) return '';
  const time = formatTime(iso, timeZone, readerZone);
  if (!time) return '';
  const day = formatInstantDate(iso, timeZone);
  return day === formatInstantDate(now.toISOString(), timeZone)
    ? ` at ${time}`
    : ` on ${day} at ${time}`;
}

/** "0:42", "1:00": a countdown as staff read it. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** `YYYY-MM-DDTHH:mm` in the browser's zone, for a datetime-local input. */
export function localInputValue(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
