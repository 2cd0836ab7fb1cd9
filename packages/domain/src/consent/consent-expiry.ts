import { calendarDaysBetween, type CalendarDate } from '../treatment-plan/calendar-date.js';

/** A consent shows on the case manager's worklist this many days before it lapses. */
export const CONSENT_EXPIRY_WORKLIST_DAYS = 30;

/**
 * How many days an ACTIVE consent still holds, when it lapses within the worklist window: 0 on
 * its last day (it holds through `expiresOn`), up to `CONSENT_EXPIRY_WORKLIST_DAYS`. Null for a
 * consent that is not active, ends by an event only, or lapses later — nothing to renew yet. One
 * already past its day is the expiry job's (EXPIRED), not the worklist's.
 */
export function consentDaysLeft(
  consent: { status: string; expiresOn: CalendarDate | null },
  today: CalendarDate,
): number | null {
  if (consent.status !== 'ACTIVE' || consent.expiresOn === null) return null;
  const left = calendarDaysBetween(today, consent.expiresOn);
  return left >= 0 && left <= CONSENT_EXPIRY_WORKLIST_DAYS ? left : null;
}
