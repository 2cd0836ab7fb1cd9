import { describe, expect, it } from 'vitest';
import { byDay } from './timeline-days';

describe('byDay', () => {
  it('keeps the order and starts a new day where the program’s calendar day changes', () => {
    const entries = [
      { id: 'c', at: '2026-12-04T06:30:00Z' }, // 10:30 PM on 3 Dec in Los Angeles
      { id: 'b', at: '2026-12-04T01:00:00Z' },
      { id: 'a', at: '2026-12-03T07:59:00Z' }, // 11:59 PM on 2 Dec in Los Angeles
    ];
    expect(
      byDay(entries, 'America/Los_Angeles').map((d) => [d.day, d.entries.map((e) => e.id)]),
    ).toEqual([
      ['3 Dec 2026', ['c', 'b']],
      ['2 Dec 2026', ['a']],
    ]);
    expect(byDay(entries, 'UTC').map((d) => d.entries.length)).toEqual([2, 1]);
  });
});
