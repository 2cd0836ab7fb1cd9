import type { StaffRole } from '@waypoint/domain';
import { describe, expect, it } from 'vitest';
import { homePathFor } from './home-path';

const viewer = (...roles: StaffRole[]) => ({ programRoles: roles.map((role) => ({ role })) });

describe('where each person lands', () => {
  it('a director on the dashboard, even when also a clinician', () => {
    expect(homePathFor(viewer('DIRECTOR'))).toBe('/dashboard');
    expect(homePathFor(viewer('CLINICIAN', 'DIRECTOR'))).toBe('/dashboard');
  });

  it('a clinician on today’s work', () => {
    expect(homePathFor(viewer('CLINICIAN', 'CASE_MANAGER'))).toBe('/today');
  });

  it('an intake coordinator on the intake list', () => {
    expect(homePathFor(viewer('INTAKE'))).toBe('/intake');
  });

  it('an administrator without a clinical role on the staff accounts', () => {
    expect(homePathFor(viewer('ADMIN'))).toBe('/admin/staff');
    expect(homePathFor(viewer('ADMIN', 'CASE_MANAGER'))).toBe('/caseload');
  });

  it('everyone else on the caseload', () => {
    expect(homePathFor(viewer('CASE_MANAGER'))).toBe('/caseload');
    expect(homePathFor(viewer())).toBe('/caseload');
  });
});
