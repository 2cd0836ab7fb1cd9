import { createContext, useCallback, useContext, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import {
  dashboardSearchParams,
  drillDownSearch,
  parseDashboardState,
  type DashboardFilters,
  type DashboardUrlState,
  type DrillDown,
} from './dashboard-url';

/** Marks a drill-down opened from the dashboard itself, so closing it can simply go back. */
const OPENED_HERE = { openedFromDashboard: true } as const;

function openedHere(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'openedFromDashboard' in state;
}

export interface DashboardUrl extends DashboardUrlState {
  setFilters: (changes: Partial<DashboardFilters>) => void;
  closeDrillDown: () => void;
}

/** Filters and the open drill-down live in the URL: a copied link shows the same list. */
export function useDashboardUrl(): DashboardUrl {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const query = searchParams.toString();
  const state = useMemo(() => parseDashboardState(new URLSearchParams(query)), [query]);

  const setFilters = useCallback(
    (changes: Partial<DashboardFilters>) => {
      // Applied to the address as it is now (the router renders in a transition; see caseload).
      const current = parseDashboardState(new URLSearchParams(window.location.search));
      setSearchParams(
        dashboardSearchParams({ ...current, filters: { ...current.filters, ...changes } }),
      );
    },
    [setSearchParams],
  );

  const fromHere = openedHere(location.state);
  const closeDrillDown = useCallback(() => {
    // Opened by a click here: going back closes it and keeps history tidy. Opened from a link:
    // stay on the dashboard with the same filters.
    if (fromHere) void navigate(-1);
    else void navigate({ search: drillDownSearch(state.filters, null) }, { replace: true });
  }, [fromHere, navigate, state.filters]);

  return { ...state, setFilters, closeDrillDown };
}

/** Where each number on the dashboard leads: its drill-down, under the current filters. */
export const DrillDownLinkContext = createContext<(drill: DrillDown) => string>(() => '');

export function useDrillDownLink() {
  const search = useContext(DrillDownLinkContext);
  return useCallback(
    (drill: DrillDown) => ({ to: { search: search(drill) }, state: OPENED_HERE }),
    [search],
  );
}
