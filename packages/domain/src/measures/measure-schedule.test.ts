import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MEASURE_SCHEDULE,
  measureScheduleOf,
  measuresDue,
  measuresDueBy,
} from './measure-schedule.js';
import { safetyFollowUpProblems } from './safety-follow-up.js';

const schedule = { ...DEFAULT_MEASURE_SCHEDULE, instruments: ['PHQ9' as const] };

describe('measure schedule', () => {
  it('is due within the admission window when never given in this episode', () => {
    expect(
      measuresDue(schedule, {
        admittedOn: '2026-03-02',
        dischargePlanningSince: null,
        lastGiven: {},
      }),
    ).toEqual([{ instrument: 'PHQ9', reason: 'ADMISSION', dueDate: '2026-03-09' }]);
  });
  it('an administration before admission (an earlier episode) does not count', () => {
    expect(
      measuresDue(schedule, {
        admittedOn: '2026-03-02',
        dischargePlanningSince: null,
        lastGiven: { PHQ9: '2026-01-05' },
      })[0]?.reason,
    ).toBe('ADMISSION');
  });
  it('then every N days after the last', () => {
    expect(
      measuresDue(schedule, {
        admittedOn: '2026-03-02',
        dischargePlanningSince: null,
        lastGiven: { PHQ9: '2026-03-04' },
      }),
    ).toEqual([{ instrument: 'PHQ9', reason: 'INTERVAL', dueDate: '2026-04-03' }]);
  });
  it('at the program’s own interval; with 0, nothing between admission and discharge', () => {
    const facts = {
      admittedOn: '2026-03-02',
      dischargePlanningSince: null,
      lastGiven: { PHQ9: '2026-03-04', GAD7: '2026-03-04', BAM: '2026-03-04' },
    };
    expect(measuresDue(measureScheduleOf({ measureIntervalDays: 14 }), facts)[0]).toEqual({
      instrument: 'PHQ9',
      reason: 'INTERVAL',
      dueDate: '2026-03-18',
    });
    expect(measuresDue(measureScheduleOf({ measureIntervalDays: 0 }), facts)).toEqual([]);
  });
  it('and at discharge planning when not given since it began', () => {
    const facts = {
      admittedOn: '2026-03-02',
      dischargePlanningSince: '2026-04-20',
      lastGiven: { PHQ9: '2026-04-01' },
    };
    expect(measuresDue(schedule, facts)[0]).toEqual({
      instrument: 'PHQ9',
      reason: 'DISCHARGE',
      dueDate: '2026-04-20',
    });
    expect(measuresDue(schedule, { ...facts, lastGiven: { PHQ9: '2026-04-21' } })[0]?.reason).toBe(
      'INTERVAL',
    );
  });
  it('due by a day means on or before it', () => {
    const facts = { admittedOn: '2026-03-02', dischargePlanningSince: null, lastGiven: {} };
    expect(measuresDueBy(schedule, facts, '2026-03-08')).toEqual([]);
    expect(measuresDueBy(schedule, facts, '2026-03-09')).toHaveLength(1);
  });
});

describe('safety follow-up', () => {
  it('needs the risk, the plan and who was told, each by name', () => {
    expect(
      safetyFollowUpProblems({ riskLevel: 'LOW', riskAssessment: ' ', plan: 'x' }).map(
        (p) => p.field,
      ),
    ).toEqual(['riskAssessment', 'whoWasTold']);
    expect(
      safetyFollowUpProblems({
        riskLevel: 'HIGH',
        riskAssessment: 'a',
        plan: 'b',
        whoWasTold: 'Dr. Lee',
      }),
    ).toEqual([]);
  });
});
