import { describe, expect, it } from 'vitest';
import {
  apiFilter,
  filtersFromParams,
  filtersToParams,
  rolesByProgram,
  validateNewAccount,
} from './staff-accounts';

describe('staff list filters', () => {
  it('round-trip through the URL and drop values the list does not know', () => {
    const filters = filtersFromParams(
      new URLSearchParams('q=noor&role=CLINICIAN&program=p1&status=INVITED'),
    );
    expect(filters).toEqual({
      search: 'noor',
      role: 'CLINICIAN',
      programId: 'p1',
      status: 'INVITED',
    });
    expect(filtersToParams(filters).toString()).toBe(
      'q=noor&role=CLINICIAN&program=p1&status=INVITED',
    );
    expect(filtersFromParams(new URLSearchParams('role=OWNER&status=GONE'))).toEqual({
      search: '',
      role: null,
      programId: null,
      status: null,
    });
  });

  it('send a blank search as none', () => {
    expect(
      apiFilter({ search: '  ', role: null, programId: null, status: null }).search,
    ).toBeNull();
    expect(
      filtersToParams({ search: '  ', role: null, programId: null, status: null }).toString(),
    ).toBe('');
  });
});

describe('roles by program', () => {
  it('groups by program name and lists roles in the usual order, once each', () => {
    const adult = { id: 'a', name: 'Adult IOP' };
    const teen = { id: 't', name: 'Teen IOP' };
    expect(
      rolesByProgram([
        { role: 'ADMIN', program: teen },
        { role: 'CLINICIAN', program: adult },
        { role: 'DIRECTOR', program: teen },
        { role: 'DIRECTOR', program: teen },
      ]),
    ).toEqual([
      { programId: 'a', programName: 'Adult IOP', roles: ['CLINICIAN'] },
      { programId: 't', programName: 'Teen IOP', roles: ['DIRECTOR', 'ADMIN'] },
    ]);
  });
});

describe('the new-account form', () => {
  it('names every missing field, with the API’s own messages', () => {
    expect(
      validateNewAccount({
        firstName: '',
        lastName: 'Halvorsen',
        credentials: '',
        email: 'noor@',
        programId: null,
        role: null,
      }),
    ).toEqual({
      firstName: 'Enter a first name',
      email: 'Enter an email address like name@example.org',
      programId: 'Choose the program',
      role: 'Choose a role',
    });
  });
});
