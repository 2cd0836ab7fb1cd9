import { describe, expect, it } from 'vitest';
import { billableDaysCsv, billableWeek, programUtilization } from './billable-days.js';
import { isMissedSession, missedSessionStarts } from './missed-sessions.js';
import { nextReviewDue } from '../treatment-plan/review-clock.js';

const LA = 'America/Los_Angeles';

describe('billable IOP days (H0015)', () => {
  it('a day with three hours of attended service is one billable day', () => {
    const w = billableWeek(
      [
        {
          kind: 'GROUP',
          startsAt: '2026-02-02T17:00:00Z',
          endsAt: '2026-02-02T20:00:00Z',
          minutes: 180,
        },
        {
          kind: 'GROUP',
          startsAt: '2026-02-04T17:00:00Z',
          endsAt: '2026-02-04T20:00:00Z',
          minutes: 120,
        },
        {
          kind: 'INDIVIDUAL',
          startsAt: '2026-02-04T21:00:00Z',
          endsAt: '2026-02-04T22:00:00Z',
          minutes: 60,
        },
        {
          kind: 'GROUP',
          startsAt: '2026-02-06T17:00:00Z',
          endsAt: '2026-02-06T20:00:00Z',
          minutes: 179,
        },
      ],
      LA,
      '2026-02-05',
    );
    expect(w).toMatchObject({ weekStart: '2026-02-02', attendedDays: 3, billableDays: 2 });
  });

  it('program utilization is billable days over planned days', () => {
    const u = programUtilization(
      [
        { attendedDays: 3, billableDays: 3 },
        { attendedDays: 2, billableDays: 1 },
      ],
      3,
    );
    expect(u).toMatchObject({ clients: 2, plannedDays: 6, billableDays: 4, utilization: 4 / 6 });
    expect(programUtilization([], 3).utilization).toBe(0);
  });

  it('exports CSV with quoted names', () => {
    const csv = billableDaysCsv([
      {
        clientId: 'c1',
        clientName: 'Doe, "Jo"',
        episodeId: 'e1',
        date: '2026-02-02',
        minutes: 180,
      },
    ]);
    expect(csv).toBe(
      'client_id,client_name,episode_id,date_of_service,hcpcs,units,minutes\n' +
        'c1,"Doe, ""Jo""",e1,2026-02-02,H0015,1,180\n',
    );
  });
});

describe('missed sessions feed the review clock (Rule 1)', () => {
  it('unexcused absences and no-shows count; excused and cancelled do not', () => {
    expect(
      isMissedSession({ startsAt: 'x', sessionStatus: 'HELD', attendance: 'ABSENT_UNEXCUSED' }),
    ).toBe(true);
    expect(
      isMissedSession({ startsAt: 'x', sessionStatus: 'HELD', attendance: 'ABSENT_EXCUSED' }),
    ).toBe(false);
    expect(isMissedSession({ startsAt: 'x', sessionStatus: 'NO_SHOW', attendance: null })).toBe(
      true,
    );
    expect(
      isMissedSession({
        startsAt: 'x',
        sessionStatus: 'CANCELLED',
        attendance: 'ABSENT_UNEXCUSED',
      }),
    ).toBe(false);
  });

  it('three missed in 14 days bring the review forward to the third', () => {
    const missed = missedSessionStarts([
      { startsAt: '2026-02-02T17:00:00Z', sessionStatus: 'HELD', attendance: 'ABSENT_UNEXCUSED' },
      { startsAt: '2026-02-04T17:00:00Z', sessionStatus: 'HELD', attendance: 'PRESENT' },
      { startsAt: '2026-02-06T17:00:00Z', sessionStatus: 'NO_SHOW', attendance: null },
      { startsAt: '2026-02-13T17:00:00Z', sessionStatus: 'HELD', attendance: 'ABSENT_UNEXCUSED' },
    ]);
    const due = nextReviewDue({
      program: { timeZone: LA, planReviewIntervalDays: 30, initialPlanDueDays: 7 },
      admittedAt: '2026-01-05T17:00:00Z',
      lastActivatedAt: '2026-01-20T17:00:00Z',
      missedSessions: missed,
    });
    expect(due).toMatchObject({ dueDate: '2026-02-13', reason: 'MISSED_SESSIONS' });
  });
});
