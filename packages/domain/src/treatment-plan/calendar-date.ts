/**
 * Calendar dates in a program's time zone. Clinical due dates ("review within 30 days") count
 * calendar days where the program is, not 24-hour periods: a day that is 23 or 25 hours long
 * because of a DST change is still one day. So an instant is turned into the local date once, with
 * `Intl.DateTimeFormat`, and all arithmetic is then done on the date's parts alone.
 */

/** A calendar date, `YYYY-MM-DD`. Such strings sort and compare correctly as strings. */
export type CalendarDate = string;

/** A point in time: a `Date`, or an ISO 8601 string with an offset (as GraphQL carries it). */
export type Instant = Date | string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True when the string is a real calendar date in `YYYY-MM-DD` form (no Feb 30). */
export function isCalendarDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = utcMidnight(year, month, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Milliseconds of an instant; an unparseable string is a programming error, not a user one. */
export function instantToMs(instant: Instant): number {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  // The value is not echoed: it may be a client's date.
  if (Number.isNaN(ms)) throw new RangeError('Invalid instant');
  return ms;
}

// One formatter per time zone; building them is the slow part of Intl.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Gregorian calendar and Latin digits pinned, so no default locale can change the parts.
    f = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * The calendar date an instant falls on in an IANA time zone, e.g. 2026-03-01T06:30Z is
 * 2026-02-28 in America/Los_Angeles and 2026-03-01 in Europe/Berlin.
 * Throws RangeError for an unknown time zone.
 */
export function localDate(instant: Instant, timeZone: string): CalendarDate {
  const ms = instantToMs(instant);
  if (ms < QUARTER_HOURS_FROM || ms >= QUARTER_HOURS_UNTIL) return formatDate(ms, timeZone);
  const key = `${Math.floor(ms / QUARTER_HOUR_MS)} ${timeZone}`;
  let date = datesByQuarterHour.get(key);
  if (date === undefined) {
    if (datesByQuarterHour.size >= QUARTER_HOURS_KEPT) datesByQuarterHour.clear();
    datesByQuarterHour.set(key, (date = formatDate(ms, timeZone)));
  }
  return date;
}

function formatDate(ms: number, timeZone: string): CalendarDate {
  const parts = formatterFor(timeZone).formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/*
 * Formatting is the slow part of a weekly-hours series (a date per service), and many instants
 * share a date. Since 1980 every zone's UTC offset is a whole number of quarter hours, so local
 * midnight always falls on a UTC quarter hour and every instant of a UTC quarter hour has the
 * same local date: the date is kept per zone and quarter hour. Instants outside those years
 * (older offsets had seconds in them) are formatted every time.
 */
const QUARTER_HOUR_MS = 15 * 60_000;
const QUARTER_HOURS_FROM = Date.UTC(1980, 0, 1);
const QUARTER_HOURS_UNTIL = Date.UTC(2100, 0, 1);
const QUARTER_HOURS_KEPT = 50_000;
const datesByQuarterHour = new Map<string, CalendarDate>();

/**
 * Today where the program is: the one "today" for every date rule (not in the future, due,
 * overdue, this week), never the server's UTC date or the browser's own.
 */
export function todayIn(timeZone: string, now: Instant = new Date()): CalendarDate {
  return localDate(now, timeZone);
}

/** The Monday of the week a calendar date falls in (ISO weeks, as the dashboard buckets them). */
export function mondayOf(date: CalendarDate): CalendarDate {
  const weekday = parseDate(date).getUTCDay(); // 0 = Sunday
  return addCalendarDays(date, -((weekday + 6) % 7));
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isInteger(days)) throw new RangeError('Days must be a whole number');
  const d = parseDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return formatUtcDate(d);
}

/** Calendar days from `from` to `to`: positive when `to` is later, 0 on the same date. */
export function calendarDaysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((parseDate(to).getTime() - parseDate(from).getTime()) / MS_PER_DAY);
}

function parseDate(date: CalendarDate): Date {
  if (!isCalendarDate(date)) throw new RangeError('Not a calendar date (YYYY-MM-DD)');
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return utcMidnight(year, month, day);
}

// `Date.UTC` maps years 0–99 to 1900–1999; setUTCFullYear does not.
function utcMidnight(year: number, month: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d;
}

function formatUtcDate(d: Date): CalendarDate {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}
