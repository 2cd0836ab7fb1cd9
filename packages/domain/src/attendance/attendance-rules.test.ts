import { describe, expect, it } from 'vitest';
import {
  checkAttendanceEntry,
  defaultAttendanceMinutes,
  overlappingAttendance,
  sessionMinutes,
} from './attendance-rules.js';

const session = { startsAt: '2026-02-02T17:00:00Z', endsAt: '2026-02-02T20:00:00Z' };

describe('attendance (Rule 3)', () => {
  it('minutes default to the session for attended statuses and 0 for absences', () => {
    expect(sessionMinutes(session)).toBe(180);
    expect(defaultAttendanceMinutes('PRESENT', session)).toBe(180);
    expect(defaultAttendanceMinutes('ABSENT_UNEXCUSED', session)).toBe(0);
    expect(checkAttendanceEntry({ status: 'LATE' }, session)).toEqual({
      ok: true,
      entry: { status: 'LATE', minutes: 180, absenceReason: null },
    });
  });

  it('minutes never exceed the session', () => {
    const r = checkAttendanceEntry({ status: 'PRESENT', minutes: 181 }, session);
    expect(r).toEqual({
      ok: false,
      errors: [{ field: 'minutes', message: "Minutes cannot exceed the session's 180 minutes." }],
    });
  });

  it('an excused absence needs a reason; an unexcused one does not', () => {
    const r = checkAttendanceEntry({ status: 'ABSENT_EXCUSED', absenceReason: '  ' }, session);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]?.field).toBe('absenceReason');
    expect(checkAttendanceEntry({ status: 'ABSENT_UNEXCUSED' }, session)).toEqual({
      ok: true,
      entry: { status: 'ABSENT_UNEXCUSED', minutes: 0, absenceReason: null },
    });
    expect(
      checkAttendanceEntry({ status: 'ABSENT_EXCUSED', absenceReason: 'Court date' }, session),
    ).toMatchObject({ ok: true, entry: { absenceReason: 'Court date' } });
  });

  it('an absence attends 0 minutes and attendance at least one', () => {
    expect(checkAttendanceEntry({ status: 'ABSENT_UNEXCUSED', minutes: 30 }, session).ok).toBe(
      false,
    );
    expect(checkAttendanceEntry({ status: 'LEFT_EARLY', minutes: 0 }, session).ok).toBe(false);
    expect(checkAttendanceEntry({ status: 'LEFT_EARLY', minutes: 90 }, session).ok).toBe(true);
  });

  it('finds the session a client already attends at the same time', () => {
    const others = [
      {
        sessionId: 'b',
        status: 'ABSENT_EXCUSED' as const,
        startsAt: '2026-02-02T18:00:00Z',
        endsAt: '2026-02-02T19:00:00Z',
      },
      {
        sessionId: 'c',
        status: 'PRESENT' as const,
        startsAt: '2026-02-02T20:00:00Z',
        endsAt: '2026-02-02T21:00:00Z',
      },
      {
        sessionId: 'd',
        status: 'LATE' as const,
        startsAt: '2026-02-02T19:30:00Z',
        endsAt: '2026-02-02T20:30:00Z',
      },
    ];
    expect(overlappingAttendance({ sessionId: 'a', ...session }, others)?.sessionId).toBe('d');
    expect(overlappingAttendance({ sessionId: 'a', ...session }, others.slice(0, 2))).toBeNull();
  });
});
