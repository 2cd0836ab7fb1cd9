import { describe, expect, it } from 'vitest';
import { needsReverification } from './resource-directory.js';

describe('resource re-verification', () => {
  it('is needed when never verified, or the program’s number of days have passed', () => {
    expect(needsReverification(null, '2026-03-01', 90)).toBe(true);
    expect(needsReverification('2026-01-01', '2026-03-31', 90)).toBe(false);
    expect(needsReverification('2026-01-01', '2026-04-01', 90)).toBe(true);
  });
});
