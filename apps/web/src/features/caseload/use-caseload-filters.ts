import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  caseloadSearchParams,
  parseCaseloadFilters,
  type CaseloadFilters,
} from './caseload-filters';

export type UpdateCaseloadFilters = (
  changes: Partial<CaseloadFilters>,
  options?: { replace?: boolean },
) => void;

/** The caseload filters live in the URL, so a copied link reproduces the view. */
export function useCaseloadFilters(): [CaseloadFilters, UpdateCaseloadFilters] {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.toString();
  const filters = useMemo(() => parseCaseloadFilters(new URLSearchParams(query)), [query]);
  const update = useCallback<UpdateCaseloadFilters>(
    (changes, options) => {
      // Changes apply to the address as it is now, not as of the last render: the router
      // renders in a transition, so two quick changes (pick a program, then a phase) would
      // otherwise see the same old URL and the second would undo the first.
      const current = parseCaseloadFilters(new URLSearchParams(window.location.search));
      setSearchParams(caseloadSearchParams({ ...current, ...changes }), {
        replace: options?.replace ?? false,
      });
    },
    [setSearchParams],
  );
  return [filters, update];
}
