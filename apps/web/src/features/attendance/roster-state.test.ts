import { describe, expect, it } from 'vitest';
import {
  formatMinutes,
  initialLines,
  rosterInput,
  rosterProblems,
  statusForKey,
  withMinutes,
  withStatus,
} from './roster-state';

const session = { startsAt: '2026-02-02T17:00:00Z', endsAt: '2026-02-02T20:00:00Z' };
const [line] = initialLines([
  { episodeId: 'e1', clientName: 'Ana Ruiz', status: 'PRESENT', minutes: 180, version: null },
]);

describe('taking a roster', () => {
  it('one key per status', () => {
    expect(['p', 'L', 'e', 'x', 'U'].map(statusForKey)).toEqual([
      'PRESENT',
      'LATE',
      'LEFT_EARLY',
      'ABSENT_EXCUSED',
      'ABSENT_UNEXCUSED',
    ]);
    expect(statusForKey('q')).toBeNull();
  });

  it('an absence sets 0 minutes and asks for a reason when excused', () => {
    const absent = withStatus(line!, 'ABSENT_EXCUSED', session);
    expect(absent.minutes).toBe(0);
    expect(rosterProblems([absent], session)).toEqual({
      e1: { absenceReason: 'An excused absence needs a reason.' },
    });
    const back = withStatus(absent, 'PRESENT', session);
    expect(back.minutes).toBe(180);
  });

  it('typed minutes survive a change between attending statuses, and are checked against the session', () => {
    const late = withStatus(withMinutes(line!, 150), 'LATE', session);
    expect(late.minutes).toBe(150);
    expect(rosterProblems([withMinutes(line!, 200)], session).e1?.minutes).toMatch(/180/);
    expect(rosterInput([late])).toEqual([
      { episodeId: 'e1', status: 'LATE', minutes: 150, absenceReason: null, version: null },
    ]);
  });

  it('formats minutes as hours', () => {
    expect([45, 60, 450].map(formatMinutes)).toEqual(['45 min', '1 h', '7 h 30 min']);
  });
});
