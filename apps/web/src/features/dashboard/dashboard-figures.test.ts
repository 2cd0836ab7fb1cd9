import { describe, expect, it } from 'vitest';
import { censusMatrix, dashboardKpis, sortCaseloads, weeklyFlow } from './dashboard-figures';

const figures = {
  reviews: { overdue: 3, dueSoon: 1 },
  lengthOfStay: { inTreatment: 5, averageDays: 42, medianDays: 30, pastTwelveWeeks: 1 },
};

describe('headline figures', () => {
  it('shows the API’s numbers, in the order a director reads them', () => {
    const kpis = dashboardKpis(figures);
    expect(kpis.map((k) => [k.id, k.value])).toEqual([
      ['in-treatment', '5'],
      ['reviews-overdue', '3'],
      ['reviews-due-soon', '1'],
      ['past-12-weeks', '1'],
      ['length-of-stay', '30 days'],
    ]);
    expect(kpis.find((k) => k.id === 'length-of-stay')?.hint).toBe('Average 42 days');
  });

  it('overdue reviews are red, with their share of the census', () => {
    const overdue = dashboardKpis(figures).find((k) => k.id === 'reviews-overdue');
    expect(overdue?.tone).toBe('alert');
    expect(overdue?.hint).toBe('60% of clients in treatment');
  });

  it('each number opens its clients; a zero opens nothing', () => {
    const kpis = dashboardKpis({
      reviews: { overdue: 0, dueSoon: 2 },
      lengthOfStay: { inTreatment: 2, averageDays: 10, medianDays: 10, pastTwelveWeeks: 0 },
    });
    const byId = Object.fromEntries(kpis.map((k) => [k.id, k]));
    expect(byId['reviews-overdue']?.drill).toBeNull();
    expect(byId['reviews-overdue']?.tone).toBe('default');
    expect(byId['reviews-due-soon']?.drill).toEqual({
      kind: 'reviews-due-soon',
      key: null,
      programId: null,
    });
    expect(byId['length-of-stay']?.drill?.kind).toBe('length-of-stay');
  });

  it('with no one in treatment, length of stay is a dash, not zero', () => {
    const los = dashboardKpis({
      reviews: { overdue: 0, dueSoon: 0 },
      lengthOfStay: { inTreatment: 0, averageDays: null, medianDays: null, pastTwelveWeeks: 0 },
    }).find((k) => k.id === 'length-of-stay');
    expect(los?.value).toBe('—');
    expect(los?.drill).toBeNull();
  });
});

describe('census table', () => {
  const adult = { id: 'a', name: 'Harbor Adult IOP' };
  const teen = { id: 't', name: 'Harbor Teen IOP' };
  const matrix = censusMatrix([
    { program: teen, status: 'ACTIVE', count: 4 },
    { program: adult, status: 'DISCHARGED', count: 2 },
    { program: adult, status: 'ACTIVE', count: 7 },
    { program: adult, status: 'INQUIRY', count: 1 },
  ]);

  it('programs by name, statuses in lifecycle order, grouped by phase', () => {
    expect(matrix.programs.map((p) => p.name)).toEqual(['Harbor Adult IOP', 'Harbor Teen IOP']);
    expect(matrix.groups.map((g) => g.label)).toEqual([
      'Pre-admission',
      'In treatment',
      'Aftercare',
    ]);
    expect(matrix.groups[1]?.rows.map((r) => r.label)).toEqual([
      'Orientation',
      'Active',
      'On hold',
      'Discharge planning',
    ]);
  });

  it('counts per program and in total', () => {
    const active = matrix.groups[1]?.rows.find((r) => r.status === 'ACTIVE');
    expect(active?.byProgram).toEqual({ a: 7, t: 4 });
    expect(active?.total).toBe(11);
    expect(matrix.total).toBe(14);
  });

  it('the treatment statuses are always listed; empty phases elsewhere are not', () => {
    expect(matrix.groups[1]?.rows.find((r) => r.status === 'ON_HOLD')?.total).toBe(0);
    expect(matrix.groups.some((g) => g.phase === 'ENDED')).toBe(false);
    expect(censusMatrix([]).groups.map((g) => g.phase)).toEqual(['IN_TREATMENT']);
  });
});

describe('caseload per clinician', () => {
  it('largest caseload first, then the more overdue, then by name', () => {
    const row = (name: string, active: number, overdue = 0) => ({
      clinician: { id: name, displayName: name },
      activeClients: active,
      reviewsOverdue: overdue,
      reviewsDueSoon: 0,
    });
    expect(
      sortCaseloads([row('Cy', 3), row('Al', 5), row('Bo', 3, 2), row('Ab', 3)]).map(
        (r) => r.clinician.displayName,
      ),
    ).toEqual(['Al', 'Bo', 'Ab', 'Cy']);
  });
});

describe('admissions and discharges per week', () => {
  it('oldest week first, labelled by Monday, with totals', () => {
    const flow = weeklyFlow([
      { weekStart: '2026-10-12', admissions: 2, discharges: 1 },
      { weekStart: '2026-10-05', admissions: 1, discharges: 0 },
    ]);
    expect(flow.points.map((p) => p.label)).toEqual(['5 Oct', '12 Oct']);
    expect([flow.admissions, flow.discharges]).toEqual([3, 1]);
  });
});
