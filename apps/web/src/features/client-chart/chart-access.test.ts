import type { EpisodeStatus, StaffRole } from '@waypoint/domain';
import { describe, expect, it } from 'vitest';
import { chartAccess, chartAccessOf } from './chart-access';

const ADULT = { id: 'adult' };
const TEEN = { id: 'teen' };
const viewer = (id: string, ...roles: [StaffRole, { id: string }][]) => ({
  staff: { id },
  programRoles: roles.map(([role, program]) => ({ role, program })),
});
interface EpisodeShape {
  program: { id: string };
  status?: EpisodeStatus;
  admittedAt?: string | null;
  clinician?: string;
  caseManager?: string;
}
const episode = (e: EpisodeShape) => ({
  status: e.status ?? ('ACTIVE' as const),
  admittedAt: e.admittedAt ?? (e.status && e.status !== 'ACTIVE' ? null : '2026-01-05T10:00:00Z'),
  program: e.program,
  primaryClinician: e.clinician ? { id: e.clinician } : null,
  caseManager: e.caseManager ? { id: e.caseManager } : null,
});
const client = (...episodes: EpisodeShape[]) => ({ episodes: episodes.map(episode) });

describe('how the viewer would stand to a chart (foreseeing a move)', () => {
  it('a clinician edits their own client', () => {
    expect(
      chartAccess(viewer('jo', ['CLINICIAN', ADULT]), client({ program: ADULT, clinician: 'jo' })),
    ).toEqual({ canEdit: true, emergencyOnly: false });
  });

  it('a colleague’s client is readable by a clinician only through break-glass, and not editable', () => {
    expect(
      chartAccess(viewer('jo', ['CLINICIAN', ADULT]), client({ program: ADULT, clinician: 'pri' })),
    ).toEqual({ canEdit: false, emergencyOnly: true });
  });

  it('a former clinician of an ended stay does not edit the client’s new stay', () => {
    const returning = client(
      { program: ADULT, status: 'CLOSED', admittedAt: '2025-01-05T10:00:00Z', clinician: 'jo' },
      { program: ADULT, clinician: 'pri' },
    );
    expect(chartAccess(viewer('jo', ['CLINICIAN', ADULT]), returning).canEdit).toBe(false);
  });

  it('a director edits any chart in their programs', () => {
    expect(chartAccess(viewer('hm', ['DIRECTOR', ADULT]), client({ program: ADULT }))).toEqual({
      canEdit: true,
      emergencyOnly: false,
    });
  });

  it('a role in another program does not count', () => {
    expect(
      chartAccess(viewer('jo', ['CLINICIAN', TEEN]), client({ program: ADULT, clinician: 'jo' }))
        .canEdit,
    ).toBe(false);
  });

  it('a case manager edits the clients they case-manage', () => {
    expect(
      chartAccess(
        viewer('lb', ['CASE_MANAGER', ADULT]),
        client({ program: ADULT, caseManager: 'lb' }),
      ).canEdit,
    ).toBe(true);
  });

  it('intake works on clients before admission only', () => {
    const intake = viewer('gh', ['INTAKE', ADULT]);
    expect(chartAccess(intake, client({ program: ADULT, status: 'SCREENING' })).canEdit).toBe(true);
    expect(chartAccess(intake, client({ program: ADULT })).canEdit).toBe(false);
  });
});

describe('how the viewer stands to a chart now', () => {
  it('is what the API decided', () => {
    expect(chartAccessOf({ access: { canEdit: false, emergencyOnly: true } })).toEqual({
      canEdit: false,
      emergencyOnly: true,
    });
  });
});
