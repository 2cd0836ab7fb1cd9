import type { StaffRole } from '@waypoint/domain';
import { describe, expect, it } from 'vitest';
import { keepsChartAccess } from './access-after-move';

const viewer = (id: string, role: StaffRole, programId = 'p') => ({
  staff: { id },
  programRoles: [{ role, program: { id: programId } }],
});

const client = {
  currentEpisode: { id: 'e', phase: 'PRE_ADMISSION' as const, program: { id: 'p' } },
  episodes: [
    {
      id: 'e',
      status: 'INQUIRY' as const,
      admittedAt: null,
      program: { id: 'p' },
      primaryClinician: null,
      caseManager: null,
    },
  ],
};

describe('access to the chart after a move', () => {
  it('intake keeps the chart while the client is before admission', () => {
    expect(keepsChartAccess(viewer('i', 'INTAKE'), client, { to: 'SCREENING' })).toBe(true);
    expect(keepsChartAccess(viewer('i', 'INTAKE'), client, { to: 'WAITLISTED' })).toBe(true);
  });

  it('intake’s access ends at admission; an inquiry that ends unadmitted stays readable', () => {
    expect(
      keepsChartAccess(viewer('i', 'INTAKE'), client, {
        to: 'ORIENTATION',
        primaryClinicianId: 'c',
      }),
    ).toBe(false);
    expect(keepsChartAccess(viewer('i', 'INTAKE'), client, { to: 'REFERRED_OUT' })).toBe(true);
  });

  it('a director of the program keeps it', () => {
    expect(
      keepsChartAccess(viewer('d', 'DIRECTOR'), client, {
        to: 'ORIENTATION',
        primaryClinicianId: 'c',
      }),
    ).toBe(true);
  });

  it('the clinician being assigned at admission has it afterwards', () => {
    expect(
      keepsChartAccess(viewer('c', 'CLINICIAN'), client, {
        to: 'ORIENTATION',
        primaryClinicianId: 'c',
      }),
    ).toBe(true);
    expect(
      keepsChartAccess(viewer('c', 'CLINICIAN'), client, {
        to: 'ORIENTATION',
        primaryClinicianId: 'x',
      }),
    ).toBe(false);
  });

  it('a client without a current episode changes nothing', () => {
    expect(
      keepsChartAccess(
        viewer('i', 'INTAKE'),
        { currentEpisode: null, episodes: [] },
        { to: 'ACTIVE' },
      ),
    ).toBe(true);
  });
});
