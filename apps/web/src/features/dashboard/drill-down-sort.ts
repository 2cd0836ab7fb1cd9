export type DrillDownSort = 'review' | 'days';

interface SortableRow {
  reviewDueDate?: string | null;
  daysInProgram?: number | null;
}

/**
 * "review": the next plan review first (most overdue at the top); "days": the longest stay
 * first. Rows without a value go last; ties keep the API's order (by last name).
 */
export function sortDrillDownRows<T extends SortableRow>(
  rows: readonly T[],
  sort: DrillDownSort,
): T[] {
  return [...rows].sort((a, b) => {
    if (sort === 'days') return (b.daysInProgram ?? -1) - (a.daysInProgram ?? -1);
    const x = a.reviewDueDate ?? '';
    const y = b.reviewDueDate ?? '';
    if (x === y) return 0;
    if (!x) return 1;
    if (!y) return -1;
    return x < y ? -1 : 1;
  });
}
