import type { StaffRole } from '@waypoint/domain';
import { describe, expect, it } from 'vitest';
import {
  isDirector,
  readsClientRecords,
  readsOnlyPreAdmission,
  roleLines,
  roleSummary,
} from './viewer-roles';

const adult = { id: 'p1', name: 'Harbor Adult IOP' };
const teen = { id: 'p2', name: 'Harbor Teen IOP' };
const viewer = (...roles: [StaffRole, { id: string; name: string }][]) => ({
  programRoles: roles.map(([role, program]) => ({ role, program })),
});

describe('the signed-in person’s roles', () => {
  it('a clinician in one program is summed up with that program', () => {
    expect(roleSummary(viewer(['CLINICIAN', adult]))).toBe('Clinician · Harbor Adult IOP');
  });

  it('a director of two programs is summed up with a count, and listed in full', () => {
    const v = viewer(['DIRECTOR', teen], ['DIRECTOR', adult]);
    expect(roleSummary(v)).toBe('Director · 2 programs');
    expect(roleLines(v)).toEqual([
      { role: 'DIRECTOR', label: 'Director', programs: ['Harbor Adult IOP', 'Harbor Teen IOP'] },
    ]);
  });

  it('several roles are named in a fixed order', () => {
    expect(roleSummary(viewer(['CASE_MANAGER', teen], ['CLINICIAN', teen]))).toBe(
      'Clinician, Case manager · Harbor Teen IOP',
    );
  });

  it('only directors get the access logs', () => {
    expect(isDirector(viewer(['DIRECTOR', adult]))).toBe(true);
    expect(isDirector(viewer(['CLINICIAN', adult], ['INTAKE', teen]))).toBe(false);
  });

  it('an administrator reads no client records', () => {
    expect(readsClientRecords(viewer(['ADMIN', adult], ['ADMIN', teen]))).toBe(false);
    expect(readsClientRecords(viewer(['ADMIN', adult], ['INTAKE', teen]))).toBe(true);
    expect(roleSummary(viewer())).toBe('No program roles');
  });

  it('intake alone sees clients before admission only', () => {
    expect(readsOnlyPreAdmission(viewer(['INTAKE', adult], ['INTAKE', teen]))).toBe(true);
    expect(readsOnlyPreAdmission(viewer(['INTAKE', adult], ['ADMIN', teen]))).toBe(true);
    expect(readsOnlyPreAdmission(viewer(['INTAKE', adult], ['CLINICIAN', teen]))).toBe(false);
    expect(readsOnlyPreAdmission(viewer(['ADMIN', adult]))).toBe(false);
  });
});
