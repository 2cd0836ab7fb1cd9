import { describe, expect, it } from 'vitest';
import { cleanCredentials, notePolicyProblems } from './note-policy.js';

describe('a program’s note policy', () => {
  it('takes whole hours from 1 to 720', () => {
    expect(notePolicyProblems({ dueHours: 1, cosignCredentials: [] })).toEqual([]);
    expect(notePolicyProblems({ dueHours: 720, cosignCredentials: [] })).toEqual([]);
    for (const dueHours of [0, 721, 2.5]) {
      expect(notePolicyProblems({ dueHours, cosignCredentials: [] })).toEqual([
        { field: 'dueHours', message: 'Give whole hours from 1 to 720' },
      ]);
    }
  });

  it('keeps credentials trimmed, without blanks or repeats, and bounds them', () => {
    expect(cleanCredentials([' CADC-T ', '', 'cadc-t', 'ASW'])).toEqual(['CADC-T', 'ASW']);
    const many = Array.from({ length: 13 }, (_, i) => `C${i}`);
    expect(notePolicyProblems({ dueHours: 72, cosignCredentials: many })[0]?.field).toBe(
      'cosignCredentials',
    );
    expect(
      notePolicyProblems({ dueHours: 72, cosignCredentials: ['X'.repeat(21)] })[0]?.field,
    ).toBe('cosignCredentials');
  });
});
