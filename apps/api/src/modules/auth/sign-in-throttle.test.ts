import { describe, expect, it } from 'vitest';
import { blockSecondsAfter } from './sign-in-throttle.js';

describe('sign-in throttle', () => {
  it('the first three wrong passwords for an email cost nothing', () => {
    expect([1, 2, 3].map((n) => blockSecondsAfter('email', n))).toEqual([0, 0, 0]);
  });

  it('then each further failure doubles the wait', () => {
    expect([4, 5, 6, 7].map((n) => blockSecondsAfter('email', n))).toEqual([2, 4, 8, 16]);
  });

  it('the tenth failure locks the email for 15 minutes', () => {
    expect(blockSecondsAfter('email', 10)).toBe(15 * 60);
    expect(blockSecondsAfter('email', 25)).toBe(15 * 60);
  });

  it('one address gets more room before it is slowed (a shared clinic network)', () => {
    expect(blockSecondsAfter('address', 20)).toBe(0);
    expect(blockSecondsAfter('address', 50)).toBe(15 * 60);
  });
});
