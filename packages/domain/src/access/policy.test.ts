import { describe, expect, it } from 'vitest';
import {
  ClientAction,
  Relationship,
  clientAllows,
  episodeRelationships,
  grantsFor,
  isAllowed,
  policy,
  withinCareTeamReadWindow,
} from './policy.js';
import { breakGlassReasonProblem } from './break-glass-reason.js';
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

  it('intake still reads an inquiry that ended without admission, never an admitted episode', () => {
    expect(isAllowed('INTAKE', ['SAME_PROGRAM'], 'READ_CHART', 'ENDED', false)).toBe(true);
    expect(isAllowed('INTAKE', ['SAME_PROGRAM'], 'EDIT_CHART', 'ENDED', false)).toBe(false);
    expect(isAllowed('INTAKE', ['SAME_PROGRAM'], 'READ_CHART', 'ENDED')).toBe(false);
    expect(isAllowed('INTAKE', ['SAME_PROGRAM'], 'READ_CHART', 'AFTERCARE', false)).toBe(false);
  });

  it('case managers work their assigned clients only', () => {
    expect(isAllowed('CASE_MANAGER', ['OWN_CASELOAD'], 'EDIT_CHART', 'AFTERCARE')).toBe(true);
    expect(isAllowed('CASE_MANAGER', ['SAME_PROGRAM'], 'READ_CHART', 'IN_TREATMENT')).toBe(false);
  });

  it('a former care team reads an ended episode for the window, and never edits it', () => {
    for (const role of ['CLINICIAN', 'CASE_MANAGER'] as const) {
      expect(isAllowed(role, ['RECENT_CARE_TEAM', 'SAME_PROGRAM'], 'READ_CHART', 'ENDED')).toBe(
        true,
      );
      expect(isAllowed(role, ['RECENT_CARE_TEAM', 'SAME_PROGRAM'], 'EDIT_CHART', 'ENDED')).toBe(
        false,
      );
    }
  });

  it('relationships are to one episode: care team while open, read window after it ended', () => {
    const now = new Date('2026-06-30T12:00:00Z');
    const base = {
      programId: 'p',
      primaryClinicianId: 'jo',
      caseManagerId: 'lu',
      endedAt: null,
    };
    const jo = { staffId: 'jo', programId: 'p' };
    expect(episodeRelationships(jo, { ...base, status: 'DISCHARGED' }, 30, now)).toEqual([
      'OWN_CASELOAD',
      'SAME_PROGRAM',
    ]);
    const ended = { ...base, status: 'CLOSED' as const, endedAt: new Date('2026-06-10T12:00:00Z') };
    expect(episodeRelationships(jo, ended, 30, now)).toEqual(['RECENT_CARE_TEAM', 'SAME_PROGRAM']);
    expect(episodeRelationships(jo, ended, 20, now)).toEqual(['SAME_PROGRAM']);
    expect(episodeRelationships({ staffId: 'lu', programId: 'q' }, ended, 30, now)).toEqual([
      'OTHER_PROGRAM',
    ]);
    expect(withinCareTeamReadWindow(null, 30, now)).toBe(false);
  });

  it('the chart itself is readable when one episode grants it: a returning client', () => {
    const earlier = { relationships: ['SAME_PROGRAM'] as Relationship[], phase: 'ENDED' as const };
    const current = {
      relationships: ['SAME_PROGRAM'] as Relationship[],
      phase: 'PRE_ADMISSION' as const,
    };
    expect(clientAllows('INTAKE', [earlier, current], 'READ_CHART')).toBe(true);
    expect(isAllowed('INTAKE', earlier.relationships, 'READ_CHART', earlier.phase)).toBe(false);
    expect(clientAllows('INTAKE', [earlier], 'READ_CHART')).toBe(false);
  });

  it('a break-glass reason is judged without its surrounding spaces', () => {
    expect(breakGlassReasonProblem(' '.repeat(40))).toMatch(/at least 10/);
    expect(breakGlassReasonProblem('   urgent     ')).toMatch(/at least 10/);
    expect(breakGlassReasonProblem('Covering a crisis call')).toBeNull();
    expect(breakGlassReasonProblem('x'.repeat(501))).toMatch(/at most 500/);
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
