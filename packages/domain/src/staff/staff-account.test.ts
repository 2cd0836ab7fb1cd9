import { describe, expect, it } from 'vitest';
import {
  createStaffAccountSchema,
  isAdministrator,
  staffAccountStatus,
  updateStaffAccountSchema,
} from './staff-account.js';
import { fieldIssues } from '../treatment-plan/plan-inputs.js';

describe('staff accounts', () => {
  it('an ADMIN role in any program makes an administrator; other roles do not', () => {
    expect(isAdministrator([{ role: 'CLINICIAN' }, { role: 'ADMIN' }])).toBe(true);
    expect(isAdministrator([{ role: 'DIRECTOR' }, { role: 'INTAKE' }])).toBe(false);
    expect(isAdministrator([])).toBe(false);
  });

  it('an account is invited until a password is set, and deactivated whatever else', () => {
    expect(staffAccountStatus({ active: true, hasPassword: false })).toBe('INVITED');
    expect(staffAccountStatus({ active: true, hasPassword: true })).toBe('ACTIVE');
    expect(staffAccountStatus({ active: false, hasPassword: true })).toBe('DEACTIVATED');
    expect(staffAccountStatus({ active: false, hasPassword: false })).toBe('DEACTIVATED');
  });

  it('a new account names each missing or malformed field', () => {
    const result = createStaffAccountSchema.safeParse({ firstName: ' ', email: 'not-an-email' });
    expect(result.success).toBe(false);
    expect(fieldIssues(result.error!)).toEqual([
      { field: 'firstName', message: 'Enter a first name' },
      { field: 'lastName', message: 'Enter a last name' },
      { field: 'email', message: 'Enter an email address like name@example.org' },
    ]);
  });

  it('text is trimmed and blank credentials become null', () => {
    expect(
      createStaffAccountSchema.parse({
        firstName: ' Mara ',
        lastName: 'Quill',
        credentials: '  ',
        email: ' Mara.Quill@Example.org ',
      }),
    ).toEqual({
      firstName: 'Mara',
      lastName: 'Quill',
      credentials: null,
      email: 'Mara.Quill@Example.org',
    });
  });

  it('an edit leaves out what it does not change but cannot blank a name', () => {
    expect(updateStaffAccountSchema.parse({ credentials: 'LCSW' })).toEqual({
      credentials: 'LCSW',
    });
    const result = updateStaffAccountSchema.safeParse({ lastName: '' });
    expect(fieldIssues(result.error!)).toEqual([
      { field: 'lastName', message: 'Enter a last name' },
    ]);
  });
});
