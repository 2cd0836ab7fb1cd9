import { describe, expect, it } from 'vitest';
import { reasonProblem } from './use-break-glass-mutation';

describe('the reason for emergency access', () => {
  it('must say why in at least 10 characters, not counting surrounding spaces', () => {
    expect(reasonProblem('urgent')).toMatch(/at least 10 characters/);
    expect(reasonProblem('   urgent     ')).toMatch(/at least 10 characters/);
    expect(reasonProblem('Covering a crisis call')).toBeNull();
  });

  it('is kept to what the audit trail stores', () => {
    expect(reasonProblem('x'.repeat(501))).toMatch(/at most 500/);
  });
});
