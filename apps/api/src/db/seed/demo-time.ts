import {
  addCalendarDays,
  calendarDaysBetween,
  localDate,
  type CalendarDate,
} from '@waypoint/domain';
import { DEMO_TIME_ZONE } from './demo-staff.js';
import type { Rng } from './random.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** 17:00–23:59 UTC is 09:00–15:59 (winter) or 10:00–16:59 (summer) in Los Angeles, same date. */
const OFFICE_FROM_UTC_MINUTE = 17 * 60;
const OFFICE_TO_UTC_MINUTE = 23 * 60 + 59;

/**
 * The demo clinic's calendar: program-local dates (the clinic is in DEMO_TIME_ZONE) counted back
 * from `now`, and instants within office hours on them. Clinical dates (admission, reviews,
 * progress) are compared as local dates, as the review clock does, so "30 days ago" means 30
 * calendar days in Los Angeles whatever the time of `now` in UTC.
 */
export class DemoCalendar {
  readonly today: CalendarDate;

  constructor(
    readonly now: Date,
    readonly timeZone: string = DEMO_TIME_ZONE,
  ) {
    if (timeZone !== DEMO_TIME_ZONE) throw new Error('office hours are worked out for Los Angeles');
    this.today = localDate(now, timeZone);
  }

  /** The clinic's calendar date of an instant. */
  dateOf(instant: Date): CalendarDate {
    return localDate(instant, this.timeZone);
  }

  /** Whole calendar days from an instant's local date to today (0 today). */
  daysAgoOf(instant: Date): number {
    return calendarDaysBetween(this.dateOf(instant), this.today);
  }

  /** The local date `days` days before today. */
  date(daysAgo: number): CalendarDate {
    return addCalendarDays(this.today, -daysAgo);
  }

  /** An instant during office hours on a local date. */
  officeTime(date: CalendarDate, rng: Rng): Date {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const minute = rng.int(OFFICE_FROM_UTC_MINUTE, OFFICE_TO_UTC_MINUTE);
    return new Date(Date.UTC(y, m - 1, d) + minute * MINUTE_MS);
  }

  /** Office hours `daysAgo` (≥ 1) local days ago: always before `now`. */
  at(daysAgo: number, rng: Rng): Date {
    if (daysAgo < 1) throw new Error(`demo date ${daysAgo} days ago would not be in the past`);
    return this.officeTime(this.date(daysAgo), rng);
  }

  /**
   * `n` strictly increasing instants strictly between `from` and `to`, each in office hours on a
   * date of the span where it fits; evenly spaced when nothing fits (a span of minutes).
   */
  between(from: Date, to: Date, n: number, rng: Rng): Date[] {
    if (n <= 0) return [];
    const a = from.getTime() + MINUTE_MS;
    const b = to.getTime() - MINUTE_MS;
    if (b - a < (n + 1) * MINUTE_MS) {
      // Minutes apart at most: plain even spacing.
      const span = to.getTime() - from.getTime();
      if (span <= n) throw new Error('no room for demo events in a short span');
      return Array.from(
        { length: n },
        (_, i) => new Date(from.getTime() + Math.floor(((i + 1) * span) / (n + 1))),
      );
    }
    const firstDate = this.dateOf(from);
    const days = calendarDaysBetween(firstDate, this.dateOf(to));
    for (let attempt = 0; attempt < 8; attempt++) {
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const [y, m, d] = addCalendarDays(firstDate, rng.int(0, days)).split('-').map(Number) as [
          number,
          number,
          number,
        ];
        const day = Date.UTC(y, m - 1, d);
        const lo = Math.max(a, day + OFFICE_FROM_UTC_MINUTE * MINUTE_MS);
        const hi = Math.min(b, day + OFFICE_TO_UTC_MINUTE * MINUTE_MS);
        if (lo > hi) break;
        times.push(Math.floor((lo + rng.next() * (hi - lo)) / MINUTE_MS) * MINUTE_MS);
      }
      times.sort((x, y) => x - y);
      const fits =
        times.length === n &&
        times.every(
          (t, i) => t > from.getTime() && (i === 0 || t - times[i - 1]! >= 5 * MINUTE_MS),
        );
      if (fits) return times.map((t) => new Date(t));
    }
    return Array.from({ length: n }, (_, i) => {
      const t = a + ((i + 1) * (b - a)) / (n + 1);
      return new Date(Math.floor(t / MINUTE_MS) * MINUTE_MS);
    });
  }

  /** Office hours up to `maxDays` days after `t` (its own day included), before `limit`. */
  soonAfter(t: Date, maxDays: number, rng: Rng, limit: Date = this.now): Date {
    const end = new Date(Math.min(limit.getTime(), t.getTime() + (maxDays + 1) * DAY_MS));
    if (end.getTime() - t.getTime() < 4 * MINUTE_MS) throw new Error('no room after a demo event');
    return this.within(t, end, rng);
  }

  /** One instant strictly between two. */
  within(from: Date, to: Date, rng: Rng): Date {
    return this.between(from, to, 1, rng)[0]!;
  }

  /** An instant a few minutes to hours after `t`, never at or after `limit`. */
  shortlyAfter(t: Date, rng: Rng, limit: Date, maxMinutes = 120): Date {
    const ms = t.getTime() + rng.int(5, maxMinutes) * MINUTE_MS;
    if (ms < limit.getTime()) return new Date(ms);
    const mid = t.getTime() + (limit.getTime() - t.getTime()) / 2;
    if (mid <= t.getTime()) throw new Error('no room after a demo event');
    return new Date(Math.floor(mid));
  }
}

export { DAY_MS, MINUTE_MS };
