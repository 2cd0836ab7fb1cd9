import { describe, expect, it } from 'vitest';
import {
  dashboardSearchParams,
  defaultDashboardFilters,
  drillDownSearch,
  isFiltered,
  parseDashboardState,
  toDashboardFilter,
  type DashboardUrlState,
} from './dashboard-url';

const parse = (query: string) => parseDashboardState(new URLSearchParams(query));

describe('dashboard filters in the URL', () => {
  it('a plain link shows every program the viewer works in, nothing open', () => {
    expect(parse('')).toEqual({ filters: defaultDashboardFilters, drill: null });
    expect(dashboardSearchParams(parse('')).toString()).toBe('');
  });

  it('a link reproduces the view it was copied from, drill-down included', () => {
    const state: DashboardUrlState = {
      filters: { programIds: ['p-1', 'p-2'], clinicianId: 'c-9' },
      drill: { kind: 'census', key: 'ON_HOLD', programId: 'p-2' },
    };
    const query = dashboardSearchParams(state).toString();
    expect(query).toBe('program=p-1%2Cp-2&clinician=c-9&show=census&key=ON_HOLD&in=p-2');
    expect(parse(query)).toEqual(state);
  });

  it('programs may also come as repeated parameters; duplicates and blanks are dropped', () => {
    expect(parse('program=a&program=b,a&program=%20').filters.programIds).toEqual(['a', 'b']);
    expect(parse('program=&clinician=%20').filters).toEqual(defaultDashboardFilters);
  });

  it('the API filter lists programs in one order, so equal views share a cache entry', () => {
    expect(toDashboardFilter({ programIds: ['b', 'a'], clinicianId: null })).toEqual({
      programIds: ['a', 'b'],
    });
    expect(toDashboardFilter(defaultDashboardFilters)).toEqual({});
    expect(isFiltered(defaultDashboardFilters)).toBe(false);
    expect(isFiltered({ programIds: [], clinicianId: 'c' })).toBe(true);
  });
});

describe('drill-downs in the URL', () => {
  it('a figure without a key drops any stray key', () => {
    expect(parse('show=reviews-overdue&key=junk').drill).toEqual({
      kind: 'reviews-overdue',
      key: null,
      programId: null,
    });
    expect(
      drillDownSearch(defaultDashboardFilters, {
        kind: 'reviews-overdue',
        key: 'junk',
        programId: null,
      }),
    ).toBe('?show=reviews-overdue');
  });

  it('a census status is read leniently', () => {
    expect(parse('show=census&key=on-hold').drill?.key).toBe('ON_HOLD');
  });

  it('an incomplete or unknown drill-down opens nothing', () => {
    for (const query of [
      'show=census',
      'show=census&key=SLEEPING',
      'show=clinician-active',
      'show=admitted&key=last-week',
      'show=admitted&key=2026-02-30',
      'show=everything',
    ]) {
      expect(parse(query).drill, query).toBeNull();
    }
  });

  it('a week is a calendar date; a clinician is an id', () => {
    expect(parse('show=admitted&key=2026-10-05').drill?.key).toBe('2026-10-05');
    expect(parse('show=clinician-overdue&key=abc').drill?.key).toBe('abc');
  });

  it('keeps the filters when opening or closing a list', () => {
    const filters = { programIds: ['p'], clinicianId: null };
    expect(drillDownSearch(filters, null)).toBe('?program=p');
    expect(drillDownSearch(defaultDashboardFilters, null)).toBe('');
  });
});
