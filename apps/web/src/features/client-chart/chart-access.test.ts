import type { StaffRole } from '@waypoint/domain';
import { describe, expect, it } from 'vitest';
import { chartAccess } from './chart-access';

const ADULT = { id: 'adult' };
const TEEN = { id: 'teen' };
const viewer = (id: string, ...roles: [StaffRole, { id: string }][]) => ({
  staff: { id },
  programRoles: roles.map(([role, program]) => ({ role, program })),
});
const client = (
  episode: { program: { id: string }; clinician?: string; caseManager?: string },
  phase: 'PRE_ADMISSION' | 'IN_TREATMENT' = 'IN_TREATMENT',
) => ({
  currentEpisode: { phase, program: episode.program },
  episodes: [
    {
      program: episode.program,
      primaryClinician: episode.clinician ? { id: episode.clinician } : null,
      caseManager: episode.caseManager ? { id: episode.caseManager } : null,
    },
  ],
});

describe('how the viewer stands to a chart', () => {
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
    expect(chartAccess(intake, client({ program: ADULT }, 'PRE_ADMISSION')).canEdit).toBe(true);
    expect(chartAccess(intake, client({ program: ADULT }, 'IN_TREATMENT')).canEdit).toBe(false);
  });
});
