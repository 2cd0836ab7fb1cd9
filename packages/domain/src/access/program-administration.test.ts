import { describe, expect, it } from 'vitest';
import { mayOnProgram, mayOnSomeProgram, programsAllowing } from './program-administration.js';

describe('program administration', () => {
  const director = [{ programId: 'P', role: 'DIRECTOR' as const }];
  const admin = [{ programId: 'Q', role: 'ADMIN' as const }];
  const clinician = [{ programId: 'P', role: 'CLINICIAN' as const }];

  it('a director sets the settings of the programs they direct, and no other', () => {
    expect(mayOnProgram(director, 'EDIT_PROGRAM_SETTINGS', 'P')).toBe(true);
    expect(mayOnProgram(director, 'EDIT_PROGRAM_SETTINGS', 'Q')).toBe(false);
    expect(mayOnProgram(director, 'MANAGE_PROGRAMS', 'P')).toBe(false);
    expect(programsAllowing(director, 'EDIT_PROGRAM_SETTINGS')).toEqual(['P']);
  });

  it('an administrator (in any program) administers every program', () => {
    expect(mayOnProgram(admin, 'EDIT_PROGRAM_SETTINGS', 'P')).toBe(true);
    expect(mayOnProgram(admin, 'MANAGE_PROGRAMS', 'Z')).toBe(true);
    expect(programsAllowing(admin, 'MANAGE_PROGRAMS')).toBe('ALL');
  });

  it('other roles administer nothing', () => {
    expect(mayOnSomeProgram(clinician, 'EDIT_PROGRAM_SETTINGS')).toBe(false);
    expect(mayOnProgram(clinician, 'EDIT_PROGRAM_SETTINGS', 'P')).toBe(false);
    expect(mayOnSomeProgram(director, 'MANAGE_PROGRAMS')).toBe(false);
    expect(programsAllowing(clinician, 'EDIT_PROGRAM_SETTINGS')).toEqual([]);
  });
});
