import { describe, expect, it } from 'vitest';
import {
  abstinenceFigures,
  bamDaysAbstinent,
  contactAtMark,
  daysAbstinentAtMark,
  type AbstinenceContact,
} from './days-abstinent.js';

const done = (dueOn: string, alcohol: number | null, drug: number | null): AbstinenceContact => ({
  dueOn,
  status: 'DONE',
  alcoholAnswer: alcohol,
  drugAnswer: drug,
});

describe('days abstinent from a BAM', () => {
  it('no alcohol and no drugs is 30 days of 30', () => {
    expect(bamDaysAbstinent(0, 0)).toBe(30);
  });
  it('each band counts at its top and as separate days, so abstinence is never overstated', () => {
    // 1–3 days of drinking and 4–8 days of drugs: at most 11 days of use.
    expect(bamDaysAbstinent(1, 2)).toBe(19);
    expect(bamDaysAbstinent(3, 0)).toBe(15);
    // 16–30 days of drinking leaves none; more than 30 days of use is still none, not below.
    expect(bamDaysAbstinent(4, 0)).toBe(0);
    expect(bamDaysAbstinent(3, 3)).toBe(0);
  });
  it('a missing answer gives no figure', () => {
    expect(bamDaysAbstinent(null, 0)).toBeNull();
    expect(bamDaysAbstinent(0, null)).toBeNull();
  });
});

describe('the contact that stands for a mark', () => {
  const discharged = '2026-01-31';
  it('is the done contact with a BAM nearest to the mark, counted across month ends', () => {
    // Day 28 (28 Feb) and day 35 (7 Mar): 28 is nearer to 30.
    const weekly = [done('2026-02-28', 1, 0), done('2026-03-07', 0, 0)];
    expect(contactAtMark(discharged, weekly, 30)).toBe(weekly[0]);
  });
  it('of two equally near, the earlier', () => {
    // Day 32 (4 Mar) and day 28 (28 Feb) are both 2 days from 30.
    const tie = [done('2026-03-04', 0, 0), done('2026-02-28', 2, 0)];
    expect(contactAtMark(discharged, tie, 30)?.dueOn).toBe('2026-02-28');
    // Day 31 is nearer than day 26, though later.
    const nearer = [done('2026-02-26', 2, 0), done('2026-03-03', 0, 0)];
    expect(contactAtMark(discharged, nearer, 30)?.dueOn).toBe('2026-03-03');
  });
  it('skips contacts not done, and done ones without both BAM answers', () => {
    const contacts: AbstinenceContact[] = [
      { ...done('2026-03-02', 0, 0), status: 'MISSED' },
      { ...done('2026-03-02', 0, 0), status: 'ATTEMPTED' },
      done('2026-03-01', null, null),
      done('2026-02-20', 0, 1),
    ];
    expect(contactAtMark(discharged, contacts, 30)?.dueOn).toBe('2026-02-20');
  });
  it('counts only contacts within 14 days of the mark', () => {
    // Day 15 and day 45 are both outside the window of 30 (16–44); day 44 is inside.
    expect(
      contactAtMark(discharged, [done('2026-02-15', 0, 0), done('2026-03-17', 0, 0)], 30),
    ).toBeNull();
    expect(daysAbstinentAtMark(discharged, [done('2026-03-16', 1, 0)], 30)).toBe(27);
    // The same contact cannot stand for two marks.
    expect(daysAbstinentAtMark(discharged, [done('2026-03-16', 1, 0)], 60)).toBeNull();
  });
});

describe('abstinence figures on a known set of discharges', () => {
  it('count, abstinent all 30 days and mean days at each mark', () => {
    const figures = abstinenceFigures([
      // Bi-weekly: days 28, 56, 84.
      {
        dischargedOn: '2026-01-31',
        contacts: [done('2026-02-28', 0, 0), done('2026-03-28', 1, 0), done('2026-04-25', 0, 0)],
      },
      // Weekly, lapsing: days 28 (nearest 30), 63 (nearest 60), nothing done near 90.
      {
        dischargedOn: '2026-03-10',
        contacts: [
          done('2026-04-07', 0, 0),
          done('2026-05-12', 2, 2),
          { ...done('2026-06-09', 0, 0), status: 'MISSED' },
        ],
      },
      // Unreachable from the start.
      { dischargedOn: '2026-03-10', contacts: [] },
    ]);
    expect(figures).toEqual([
      { mark: 30, clients: 2, abstinentAllDays: 2, meanDaysAbstinent: 30 },
      { mark: 60, clients: 2, abstinentAllDays: 0, meanDaysAbstinent: (27 + 14) / 2 },
      { mark: 90, clients: 1, abstinentAllDays: 1, meanDaysAbstinent: 30 },
    ]);
  });
});
