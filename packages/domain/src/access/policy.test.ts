import { describe, expect, it } from 'vitest';
import { ClientAction, Relationship, grantsFor, isAllowed, policy } from './policy.js';
import { StaffRole } from '../staff/staff-role.js';

describe('access policy', () => {
  it('an administrator sees no client records under any relationship', () => {
    for (const rel of Object.values(Relationship)) {
      for (const action of Object.values(ClientAction)) {
        expect(isAllowed('ADMIN', [rel], action, 'IN_TREATMENT')).toBe(false);
      }
    }
  });

  it('a clinician reads and edits their own caseload, not their colleagues’', () => {
    expect(
      isAllowed('CLINICIAN', ['OWN_CASELOAD', 'SAME_PROGRAM'], 'EDIT_CHART', 'IN_TREATMENT'),
    ).toBe(true);
    expect(isAllowed('CLINICIAN', ['SAME_PROGRAM'], 'READ_CHART', 'IN_TREATMENT')).toBe(false);
  });

  it('a clinician may break the glass in their program, and then only read', () => {
    expect(isAllowed('CLINICIAN', ['SAME_PROGRAM'], 'BREAK_GLASS', 'IN_TREATMENT')).toBe(true);
    expect(isAllowed('CLINICIAN', ['OTHER_PROGRAM'], 'BREAK_GLASS', 'IN_TREATMENT')).toBe(false);
    expect(isAllowed('CLINICIAN', ['EMERGENCY_ACCESS'], 'READ_CHART', 'IN_TREATMENT')).toBe(true);
    expect(isAllowed('CLINICIAN', ['EMERGENCY_ACCESS'], 'EDIT_CHART', 'IN_TREATMENT')).toBe(false);
  });

  it('a director reads everything in their programs and its audit trail, nothing outside', () => {
    expect(isAllowed('DIRECTOR', ['SAME_PROGRAM'], 'READ_AUDIT_TRAIL', 'ENDED')).toBe(true);
    expect(isAllowed('DIRECTOR', ['OTHER_PROGRAM'], 'READ_CHART', 'IN_TREATMENT')).toBe(false);
  });

  it('intake sees clients before admission only', () => {
    expect(isAllowed('INTAKE', ['SAME_PROGRAM'], 'READ_CHART', 'PRE_ADMISSION')).toBe(true);
    expect(isAllowed('INTAKE', ['SAME_PROGRAM'], 'READ_CHART', 'IN_TREATMENT')).toBe(false);
    expect(isAllowed('INTAKE', ['SAME_PROGRAM'], 'READ_CHART', null)).toBe(false);
  });

  it('case managers work their assigned clients only', () => {
    expect(isAllowed('CASE_MANAGER', ['OWN_CASELOAD'], 'EDIT_CHART', 'AFTERCARE')).toBe(true);
    expect(isAllowed('CASE_MANAGER', ['SAME_PROGRAM'], 'READ_CHART', 'IN_TREATMENT')).toBe(false);
  });

  it('grantsFor lists exactly the table’s entries for an action', () => {
    for (const role of Object.values(StaffRole)) {
      for (const action of Object.values(ClientAction)) {
        const listed = Object.entries(policy[role]).flatMap(([rel, grants]) =>
          grants.filter((g) => g.action === action).map(() => rel),
        );
        expect(grantsFor(role, action).map((g) => g.relationship)).toEqual(listed);
      }
    }
  });
});
