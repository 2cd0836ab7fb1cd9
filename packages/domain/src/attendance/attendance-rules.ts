import { instantToMs, type Instant } from '../treatment-plan/calendar-date.js';

/**
 * Rule 3 for attendance: what a facilitator may record for one client at one session. The API
 * enforces it on every save and the roster screen uses the same functions to prefill and warn,
 * so the two never disagree.
 */
export const AttendanceStatus = {
  PRESENT: 'PRESENT',
  LATE: 'LATE',
  LEFT_EARLY: 'LEFT_EARLY',
  ABSENT_EXCUSED: 'ABSENT_EXCUSED',
  ABSENT_UNEXCUSED: 'ABSENT_UNEXCUSED',
} as const;
export type AttendanceStatus = (typeof AttendanceStatus)[keyof typeof AttendanceStatus];

export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = Object.values(AttendanceStatus);

const labels: Record<AttendanceStatus, string> = {
  PRESENT: 'Present',
  LATE: 'Late',
  LEFT_EARLY: 'Left early',
  ABSENT_EXCUSED: 'Absent (excused)',
  ABSENT_UNEXCUSED: 'Absent (unexcused)',
};

export function attendanceStatusLabel(status: AttendanceStatus): string {
  return labels[status];
}

/** The roster's one-key shortcuts (P, L, E, X, U). */
export const attendanceStatusKeys: Record<string, AttendanceStatus> = {
  p: 'PRESENT',
  l: 'LATE',
  e: 'LEFT_EARLY',
  x: 'ABSENT_EXCUSED',
  u: 'ABSENT_UNEXCUSED',
};

/** Statuses in which the client took part (some minutes attended). */
export function isAttended(status: AttendanceStatus): boolean {
  return status === 'PRESENT' || status === 'LATE' || status === 'LEFT_EARLY';
}

export function isAbsent(status: AttendanceStatus): boolean {
  return !isAttended(status);
}

/** An unexcused absence counts as a missed session for the review clock (Rule 1). */
export function isMissed(status: AttendanceStatus): boolean {
  return status === 'ABSENT_UNEXCUSED';
}

/** Absence reasons longer than this are refused (it is a short note, not a progress note). */
export const ABSENCE_REASON_MAX_LENGTH = 500;

export interface SessionTimes {
  startsAt: Instant;
  endsAt: Instant;
}

/** The session's length in whole minutes (never negative). */
export function sessionMinutes(session: SessionTimes): number {
  return Math.max(
    0,
    Math.floor((instantToMs(session.endsAt) - instantToMs(session.startsAt)) / 60_000),
  );
}

/** The minutes a status starts with on the roster: the whole session when attended, 0 when absent. */
export function defaultAttendanceMinutes(status: AttendanceStatus, session: SessionTimes): number {
  return isAttended(status) ? sessionMinutes(session) : 0;
}

export interface AttendanceEntryInput {
  status: AttendanceStatus;
  /** Null or absent: the status's default. */
  minutes?: number | null;
  absenceReason?: string | null;
}

export interface AttendanceEntry {
  status: AttendanceStatus;
  minutes: number;
  absenceReason: string | null;
}

export interface AttendanceFieldError {
  field: 'minutes' | 'absenceReason' | 'status';
  message: string;
}

export type AttendanceCheck =
  { ok: true; entry: AttendanceEntry } | { ok: false; errors: AttendanceFieldError[] };

/**
 * Checks and normalises one roster entry:
 * - minutes default from the session (0 for absences) and never exceed the session's length;
 * - an absence attends 0 minutes; an attended status needs at least one minute;
 * - an excused absence needs a reason; an unexcused one may have one; attended statuses drop it.
 */
export function checkAttendanceEntry(
  input: AttendanceEntryInput,
  session: SessionTimes,
): AttendanceCheck {
  const errors: AttendanceFieldError[] = [];
  if (!ATTENDANCE_STATUSES.includes(input.status)) {
    return { ok: false, errors: [{ field: 'status', message: 'Choose an attendance status.' }] };
  }
  const length = sessionMinutes(session);
  const minutes = input.minutes ?? defaultAttendanceMinutes(input.status, session);
  if (!Number.isInteger(minutes) || minutes < 0) {
    errors.push({ field: 'minutes', message: 'Minutes must be a whole number, 0 or more.' });
  } else if (minutes > length) {
    errors.push({
      field: 'minutes',
      message: `Minutes cannot exceed the session's ${length} minutes.`,
    });
  } else if (isAbsent(input.status) && minutes !== 0) {
    errors.push({ field: 'minutes', message: 'An absent client attended 0 minutes.' });
  } else if (isAttended(input.status) && minutes === 0) {
    errors.push({
      field: 'minutes',
      message: 'A client who attended has at least 1 minute; record an absence otherwise.',
    });
  }
  const reason = input.absenceReason?.trim() || null;
  if (input.status === 'ABSENT_EXCUSED' && !reason) {
    errors.push({ field: 'absenceReason', message: 'An excused absence needs a reason.' });
  }
  if (reason && reason.length > ABSENCE_REASON_MAX_LENGTH) {
    errors.push({
      field: 'absenceReason',
      message: `A reason has at most ${ABSENCE_REASON_MAX_LENGTH} characters.`,
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    entry: { status: input.status, minutes, absenceReason: isAbsent(input.status) ? reason : null },
  };
}

/** True when two sessions share some time (touching end to start does not count). */
export function sessionsOverlap(a: SessionTimes, b: SessionTimes): boolean {
  return (
    instantToMs(a.startsAt) < instantToMs(b.endsAt) &&
    instantToMs(b.startsAt) < instantToMs(a.endsAt)
  );
}

export interface ClientSessionAttendance extends SessionTimes {
  sessionId: string;
  status: AttendanceStatus;
}

/**
 * Rule 3: a client is not attending two sessions at once. Given the session being recorded and the
 * client's other attended sessions, the first one that overlaps it, or null.
 */
export function overlappingAttendance<T extends ClientSessionAttendance>(
  session: SessionTimes & { sessionId: string },
  others: readonly T[],
): T | null {
  return (
    others.find(
      (o) =>
        o.sessionId !== session.sessionId && isAttended(o.status) && sessionsOverlap(session, o),
    ) ?? null
  );
}
