import { calendarDaysBetween, isCalendarDate, type ReviewDueStatus } from '@waypoint/domain';
import { formatLocalDate } from '../../ui/dates';

// Day and short month in the app's date style ("6 Oct"); months from en-US, as in ui/dates.
const dayMonth = new Intl.DateTimeFormat('en-US', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** A week on a chart axis, by its Monday: "6 Oct". */
export function formatWeekLabel(weekStart: string): string {
  if (!isCalendarDate(weekStart)) return '';
  const parts = dayMonth.formatToParts(new Date(`${weekStart}T00:00:00Z`));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')}`;
}

/** "week of 6 Oct 2026", for titles. */
export function formatWeekOf(weekStart: string): string {
  const date = formatLocalDate(weekStart);
  return date ? `week of ${date}` : 'week';
}

const clock = new Intl.DateTimeFormat('en-US', {
  hour: 'numeric',
  minute: '2-digit',
  second: '2-digit',
});

/** When the figures were computed, to the second, in the browser's time zone: "2:05:09 PM". */
export function formatUpdatedAt(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : clock.format(date);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** "30 days", "1 day"; a figure that cannot be computed (no one in treatment) is a dash. */
export function formatDays(days: number | null | undefined): string {
  if (days === null || days === undefined || !Number.isFinite(days)) return '—';
  const rounded = Math.round(days * 10) / 10;
  return `${rounded.toLocaleString('en-US')} ${rounded === 1 ? 'day' : 'days'}`;
}

/**
 * How a plan review stands against today, in the program's calendar: "10 days overdue",
 * "due today", "due tomorrow", "due in 3 days". Empty when there is no due date.
 */
export function reviewDueSummary(
  dueDate: string | null | undefined,
  today: string,
  status?: ReviewDueStatus | null,
): string {
  if (!dueDate || !isCalendarDate(dueDate) || !isCalendarDate(today)) return '';
  const days = calendarDaysBetween(today, dueDate);
  if (days < 0 || status === 'OVERDUE') {
    const late = Math.max(1, -days);
    return `${plural(late, 'day')} overdue`;
  }
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  return `due in ${plural(days, 'day')}`;
}
