import { EpisodeStatus, isCalendarDate } from '@waypoint/domain';
import type { DashboardFilter } from '../../gql/graphql';

/**
 * The dashboard's state as kept in the URL, so a link reproduces the view, drill-down included:
 *   ?program=<id>,<id>&clinician=<id>            the filters
 *   &show=<drill-down>&key=<status|id|week>&in=<program id>   the list open in the drawer
 */
export interface DashboardFilters {
  /** Empty means every program the viewer works in. */
  programIds: string[];
  clinicianId: string | null;
}

/** Which clients a drill-down lists; each figure on the dashboard names one. */
export const DrillDownKind = {
  /** Clients in treatment (orientation to discharge planning). */
  IN_TREATMENT: 'in-treatment',
  /** The same clients, longest stay first. */
  LENGTH_OF_STAY: 'length-of-stay',
  /** Current episodes in one status (`key`), optionally in one program (`in`). */
  CENSUS: 'census',
  REVIEWS_OVERDUE: 'reviews-overdue',
  REVIEWS_DUE_SOON: 'reviews-due-soon',
  /** In treatment with the clinician `key`. */
  CLINICIAN_ACTIVE: 'clinician-active',
  CLINICIAN_OVERDUE: 'clinician-overdue',
  CLINICIAN_DUE_SOON: 'clinician-due-soon',
  /** Admitted in the week starting `key` (a Monday, YYYY-MM-DD). */
  ADMITTED: 'admitted',
  DISCHARGED: 'discharged',
  PAST_TWELVE_WEEKS: 'past-12-weeks',
} as const;
export type DrillDownKind = (typeof DrillDownKind)[keyof typeof DrillDownKind];

export interface DrillDown {
  kind: DrillDownKind;
  /** A status, clinician id or week, for the kinds that need one. */
  key: string | null;
  /** Narrows the list to one program (a census cell), within the page's filters. */
  programId: string | null;
}

export interface DashboardUrlState {
  filters: DashboardFilters;
  drill: DrillDown | null;
}

export const defaultDashboardFilters: DashboardFilters = { programIds: [], clinicianId: null };

const kinds = new Set<string>(Object.values(DrillDownKind));
const statuses = new Set<string>(Object.values(EpisodeStatus));

type KeyRule = 'none' | 'status' | 'id' | 'week';

const keyRule: Record<DrillDownKind, KeyRule> = {
  'in-treatment': 'none',
  'length-of-stay': 'none',
  census: 'status',
  'reviews-overdue': 'none',
  'reviews-due-soon': 'none',
  'clinician-active': 'id',
  'clinician-overdue': 'id',
  'clinician-due-soon': 'id',
  admitted: 'week',
  discharged: 'week',
  'past-12-weeks': 'none',
};

function nonEmpty(value: string | null | undefined): string | null {
  const v = value?.trim();
  return v ? v : null;
}

function parseKey(rule: KeyRule, raw: string | null): string | null | undefined {
  const key = nonEmpty(raw);
  switch (rule) {
    case 'none':
      return null;
    case 'status': {
      const status = key?.toUpperCase().replace(/-/g, '_');
      return status && statuses.has(status) ? status : undefined;
    }
    case 'id':
      return key && key.length <= 64 ? key : undefined;
    case 'week':
      return key && isCalendarDate(key) ? key : undefined;
  }
}

/** A drill-down read from the URL; anything incomplete or unknown is no drill-down at all. */
export function parseDrillDown(params: URLSearchParams): DrillDown | null {
  const kind = nonEmpty(params.get('show'))?.toLowerCase();
  if (!kind || !kinds.has(kind)) return null;
  const drillKind = kind as DrillDownKind;
  const key = parseKey(keyRule[drillKind], params.get('key'));
  if (key === undefined) return null;
  return { kind: drillKind, key, programId: nonEmpty(params.get('in')) };
}

export function parseDashboardState(params: URLSearchParams): DashboardUrlState {
  const programIds = [
    ...new Set(
      params
        .getAll('program')
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
  return {
    filters: { programIds, clinicianId: nonEmpty(params.get('clinician')) },
    drill: parseDrillDown(params),
  };
}

/** The URL form of the state; what is not set is left out, so plain links stay plain. */
export function dashboardSearchParams(state: DashboardUrlState): URLSearchParams {
  const params = new URLSearchParams();
  const { filters, drill } = state;
  if (filters.programIds.length) params.set('program', filters.programIds.join(','));
  if (filters.clinicianId) params.set('clinician', filters.clinicianId);
  if (drill) {
    params.set('show', drill.kind);
    if (drill.key !== null && keyRule[drill.kind] !== 'none') params.set('key', drill.key);
    if (drill.programId) params.set('in', drill.programId);
  }
  return params;
}

/** The address of a drill-down on the dashboard as it is filtered now. */
export function drillDownSearch(filters: DashboardFilters, drill: DrillDown | null): string {
  const query = dashboardSearchParams({ filters, drill }).toString();
  return query ? `?${query}` : '';
}

export function isFiltered(filters: DashboardFilters): boolean {
  return filters.programIds.length > 0 || filters.clinicianId !== null;
}

/**
 * The API's filter. Programs are sorted and empty keys left out, so equal views share one cache
 * entry whichever order the programs were picked in.
 */
export function toDashboardFilter(filters: DashboardFilters): DashboardFilter {
  const filter: DashboardFilter = {};
  if (filters.programIds.length) filter.programIds = [...filters.programIds].sort();
  if (filters.clinicianId) filter.clinicianId = filters.clinicianId;
  return filter;
}
