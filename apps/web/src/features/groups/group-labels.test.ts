import { describe, expect, it } from 'vitest';
import { groupPrograms, mayCreateGroup } from './group-labels';

const roles = [
  { role: 'ADMIN', program: { id: 'a', name: 'Admin only' } },
  { role: 'CLINICIAN', program: { id: 'b', name: 'Adult IOP' } },
  { role: 'INTAKE', program: { id: 'c', name: 'Adolescent IOP' } },
];

describe('group programs', () => {
  it('lists the programs where the viewer works clinically, by name', () => {
    expect(groupPrograms(roles).map((p) => p.id)).toEqual(['c', 'b']);
  });
  it('lets directors and clinicians start groups', () => {
    expect(mayCreateGroup(roles, 'b')).toBe(true);
    expect(mayCreateGroup(roles, 'c')).toBe(false);
  });
});
