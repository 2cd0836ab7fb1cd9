import type { DashboardClientSort } from '../../gql/graphql';
import type { DrillDownKind } from './dashboard-url';

export type DrillDownSort = 'review' | 'days';

/**
 * "review": the next plan review first (most overdue at the top); "days": the longest stay
 * first. The API sorts the whole list and pages through it, so a page is never a re-sorted slice.
 */
const apiSorts: Record<DrillDownSort, DashboardClientSort> = {
  review: 'REVIEW_DUE',
  days: 'DAYS_IN_PROGRAM',
};

export function apiSort(sort: DrillDownSort): DashboardClientSort {
  return apiSorts[sort];
}

/** A list opens in the order its figure is about: length of stay by stay, the rest by urgency. */
export function initialSort(kind: DrillDownKind): DrillDownSort {
  return kind === 'length-of-stay' ? 'days' : 'review';
}
