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
  const zone =
    timeZone && isValidTimeZone(timeZone)
      ? timeZone
      : Intl.DateTimeFormat().resolvedOptions().timeZone;
  return dayMonthYear(date, zone);
}

/** A calendar date (LocalDate, YYYY-MM-DD), which has no time zone and must not shift. */
export function formatLocalDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return '';
  const [, y, m, d] = match;
  return dayMonthYear(new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))), 'UTC');
}

/** Today in the browser's own calendar, as a LocalDate (YYYY-MM-DD). */
export function todayLocalDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
