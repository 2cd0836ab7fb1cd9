import { describe, expect, it } from 'vitest';
import { sortDrillDownRows } from './drill-down-sort';

const rows = [
  { id: 'a', reviewDueDate: '2026-10-20', daysInProgram: 10 },
  { id: 'b', reviewDueDate: null, daysInProgram: null },
  { id: 'c', reviewDueDate: '2026-10-01', daysInProgram: 100 },
  { id: 'd', reviewDueDate: '2026-10-20', daysInProgram: 50 },
];
const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('ordering a drill-down', () => {
  it('by plan review: most overdue first, none last, ties kept in the API’s order', () => {
    expect(ids(sortDrillDownRows(rows, 'review'))).toEqual(['c', 'a', 'd', 'b']);
  });

  it('by length of stay: longest first, unknown last', () => {
    expect(ids(sortDrillDownRows(rows, 'days'))).toEqual(['c', 'd', 'a', 'b']);
  });

  it('leaves the list it was given alone', () => {
    sortDrillDownRows(rows, 'days');
    expect(ids(rows)).toEqual(['a', 'b', 'c', 'd']);
  });
});
