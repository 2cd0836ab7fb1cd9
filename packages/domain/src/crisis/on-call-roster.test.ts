import { describe, expect, it } from 'vitest';
import { monthDates, onCallAt, rosterCoverage, shiftInstants } from './on-call-roster.js';

const LA = 'America/Los_Angeles';

function instants(input: Record<string, string>, tz = LA) {
  const r = shiftInstants(input, tz);
  if ('problems' in r) throw new Error(JSON.stringify(r.problems));
  return r;
}

describe('shiftInstants', () => {
  it('an overnight shift is entered in wall-clock time and stored as instants', () => {
    const s = instants({
      startDate: '2026-11-10',
      startTime: '17:00',
      endDate: '2026-11-11',
      endTime: '09:00',
    });
    expect(s.startsAt.toISOString()).toBe('2026-11-11T01:00:00.000Z');
    expect(s.endsAt.toISOString()).toBe('2026-11-11T17:00:00.000Z');
  });

  it('an overnight shift across the spring change lasts 15 hours, across the autumn change 17', () => {
    const spring = instants({
      startDate: '2026-03-07',
      startTime: '17:00',
      endDate: '2026-03-08',
      endTime: '09:00',
    });
    expect((spring.endsAt.getTime() - spring.startsAt.getTime()) / 3_600_000).toBe(15);
    const autumn = instants({
      startDate: '2026-10-31',
      startTime: '17:00',
      endDate: '2026-11-01',
      endTime: '09:00',
    });
    expect((autumn.endsAt.getTime() - autumn.startsAt.getTime()) / 3_600_000).toBe(17);
  });

  it('an end before the start, or a shift over 72 hours, is refused naming the field', () => {
    expect(
      shiftInstants(
        { startDate: '2026-11-10', startTime: '17:00', endDate: '2026-11-10', endTime: '09:00' },
        LA,
      ),
    ).toEqual({ problems: [{ field: 'endTime', message: 'must be after the start' }] });
    expect(
      shiftInstants(
        { startDate: '2026-11-10', startTime: '17:00', endDate: '2026-11-14', endTime: '09:00' },
        LA,
      ),
    ).toEqual({ problems: [{ field: 'endDate', message: 'a shift runs at most 72 hours' }] });
    expect(
      shiftInstants({ startDate: '2026-11-10', startTime: '25:00', endDate: '2026-11-10' }, LA),
    ).toEqual({
      problems: [
        { field: 'startTime', message: 'must be a time (HH:MM)' },
        { field: 'endTime', message: 'is required' },
      ],
    });
  });
});

const shift = (staffId: string, startsAt: string, endsAt: string) => ({
  staffId,
  startsAt,
  endsAt,
});

describe('onCallAt', () => {
  const roster = [
    shift('day', '2026-11-10T17:00:00Z', '2026-11-11T01:00:00Z'),
    shift('night', '2026-11-11T01:00:00Z', '2026-11-11T17:00:00Z'),
  ];

  it('at a handover the incoming shift answers, never both or neither', () => {
    expect(onCallAt(roster, '2026-11-11T01:00:00Z').map((s) => s.staffId)).toEqual(['night']);
    expect(onCallAt(roster, '2026-11-11T00:59:59Z').map((s) => s.staffId)).toEqual(['day']);
  });

  it('nobody outside the roster', () => {
    expect(onCallAt(roster, '2026-11-11T17:00:00Z')).toEqual([]);
  });
});

describe('rosterCoverage', () => {
  it('finds the gaps, the overlaps with who, and the handovers in a period', () => {
    const coverage = rosterCoverage(
      [
        shift('a', '2026-11-10T00:00:00Z', '2026-11-10T12:00:00Z'),
        shift('b', '2026-11-10T12:00:00Z', '2026-11-10T20:00:00Z'),
        shift('c', '2026-11-10T18:00:00Z', '2026-11-10T22:00:00Z'),
      ],
      '2026-11-10T00:00:00Z',
      '2026-11-11T00:00:00Z',
    );
    expect(coverage.gaps).toEqual([
      { from: new Date('2026-11-10T22:00:00Z'), to: new Date('2026-11-11T00:00:00Z') },
    ]);
    expect(coverage.overlaps).toEqual([
      {
        from: new Date('2026-11-10T18:00:00Z'),
        to: new Date('2026-11-10T20:00:00Z'),
        staffIds: ['b', 'c'],
      },
    ]);
    expect(coverage.handovers).toEqual([
      { at: new Date('2026-11-10T12:00:00Z'), fromStaffId: 'a', toStaffId: 'b' },
    ]);
  });

  it('an empty roster is one gap over the whole period; shifts outside it are ignored', () => {
    expect(
      rosterCoverage(
        [shift('a', '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z')],
        '2026-11-10T00:00:00Z',
        '2026-11-11T00:00:00Z',
      ),
    ).toEqual({
      gaps: [{ from: new Date('2026-11-10T00:00:00Z'), to: new Date('2026-11-11T00:00:00Z') }],
      overlaps: [],
      handovers: [],
    });
  });

  it('back-to-back local shifts across the autumn change leave no gap', () => {
    const day = instants({
      startDate: '2026-11-01',
      startTime: '09:00',
      endDate: '2026-11-01',
      endTime: '17:00',
    });
    const night = instants({
      startDate: '2026-10-31',
      startTime: '17:00',
      endDate: '2026-11-01',
      endTime: '09:00',
    });
    const coverage = rosterCoverage(
      [
        { staffId: 'n', ...night },
        { staffId: 'd', ...day },
      ],
      night.startsAt,
      day.endsAt,
    );
    expect(coverage.gaps).toEqual([]);
    expect(coverage.handovers).toEqual([{ at: day.startsAt, fromStaffId: 'n', toStaffId: 'd' }]);
  });
});

it('monthDates lists every date of the month, leap February included', () => {
  expect(monthDates('2028-02')).toHaveLength(29);
  expect(monthDates('2026-11').at(-1)).toBe('2026-11-30');
});
