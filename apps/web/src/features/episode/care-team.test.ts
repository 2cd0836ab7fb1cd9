import { describe, expect, it } from 'vitest';
import { careTeamChanged, careTeamInput, directsProgram, validateCareTeam } from './care-team';

const team = (primaryClinicianId: string | null, caseManagerId: string | null) => ({
  primaryClinicianId,
  caseManagerId,
});

describe('the care team', () => {
  it('is assigned by a director of the episode’s program', () => {
    const viewer = {
      programRoles: [
        { role: 'DIRECTOR' as const, program: { id: 'adult' } },
        { role: 'INTAKE' as const, program: { id: 'teen' } },
      ],
    };
    expect(directsProgram(viewer, 'adult')).toBe(true);
    expect(directsProgram(viewer, 'teen')).toBe(false);
  });

  it('an admitted client keeps a primary clinician; before admission it may wait', () => {
    expect(validateCareTeam('IN_TREATMENT', team(null, 'cm')).primaryClinicianId).toBeDefined();
    expect(validateCareTeam('PRE_ADMISSION', team(null, null))).toEqual({});
  });

  it('only changes are sent, a removal as null', () => {
    const base = team('c1', 'cm1');
    expect(careTeamChanged(base, team('c1', 'cm1'))).toBe(false);
    expect(careTeamInput({ id: 'e', version: 5 }, base, team('c2', 'cm1'))).toEqual({
      episodeId: 'e',
      version: 5,
      primaryClinicianId: 'c2',
    });
    expect(careTeamInput({ id: 'e', version: 5 }, base, team('c1', null))).toEqual({
      episodeId: 'e',
      version: 5,
      caseManagerId: null,
    });
  });
});
