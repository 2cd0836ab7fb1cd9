import { describe, expect, it } from 'vitest';
import { defaultDashboardFilters, type DrillDown } from './dashboard-url';
import { drillDownHeading, drillDownInput } from './drill-down';

const d = (
  kind: DrillDown['kind'],
  key: string | null = null,
  programId: string | null = null,
) => ({
  kind,
  key,
  programId,
});
const names = {
  clinician: (id: string) => (id === 'c1' ? 'Jonah Whitfield, LCSW' : undefined),
  program: (id: string) => (id === 'p1' ? 'Harbor Adult IOP' : undefined),
};

describe('the list behind a figure', () => {
  it('asks the API for the same figure, under the page’s filters', () => {
    expect(
      drillDownInput({ programIds: ['p2', 'p1'], clinicianId: 'c1' }, d('reviews-overdue')),
    ).toEqual({ metric: 'REVIEWS_OVERDUE', programIds: ['p1', 'p2'], clinicianId: 'c1' });
    expect(drillDownInput(defaultDashboardFilters, d('admitted', '2026-10-05'))).toEqual({
      metric: 'ADMITTED_IN_WEEK',
      key: '2026-10-05',
    });
    expect(drillDownInput(defaultDashboardFilters, d('clinician-due-soon', 'c1'))?.metric).toBe(
      'CLINICIAN_REVIEWS_DUE_SOON',
    );
  });

  it('a census cell narrows the list to its program', () => {
    expect(drillDownInput(defaultDashboardFilters, d('census', 'ACTIVE', 'p1'))).toEqual({
      metric: 'CENSUS_STATUS',
      key: 'ACTIVE',
      programIds: ['p1'],
    });
  });

  it('a program outside the page’s filter cannot widen it', () => {
    expect(
      drillDownInput({ programIds: ['p2'], clinicianId: null }, d('census', 'ACTIVE', 'p1'))
        ?.programIds,
    ).toEqual(['p2']);
  });

  it('everyone in treatment, and length of stay, open the one in-treatment list', () => {
    expect(drillDownInput(defaultDashboardFilters, d('in-treatment'))?.metric).toBe('IN_TREATMENT');
    expect(drillDownInput(defaultDashboardFilters, d('length-of-stay'))?.metric).toBe(
      'IN_TREATMENT',
    );
  });
});

describe('what the drawer calls the list', () => {
  it('names the status and program of a census cell', () => {
    expect(drillDownHeading(d('census', 'ON_HOLD', 'p1'), names).title).toBe(
      'On hold · Harbor Adult IOP',
    );
    expect(drillDownHeading(d('census', 'DISCHARGE_PLANNING'), names).title).toBe(
      'Discharge planning',
    );
  });

  it('names the clinician, or says so when unknown', () => {
    expect(drillDownHeading(d('clinician-overdue', 'c1'), names).title).toBe(
      'Jonah Whitfield, LCSW · reviews overdue',
    );
    expect(drillDownHeading(d('clinician-active', 'zz'), names).title).toBe('This clinician');
  });

  it('names the week by its Monday', () => {
    expect(drillDownHeading(d('admitted', '2026-10-05'), names).title).toBe(
      'Admitted in the week of 5 Oct 2026',
    );
  });
});
