import { describe, expect, it } from 'vitest';
import { blockSecondsAfter, decideAttempt } from './sign-in-throttle.js';

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

describe('deciding an attempt', () => {
  const fresh = { failures: 0, blockedSeconds: 0 };

  it('a clean email and address are checked, and the attempt is counted on both', () => {
    expect(decideAttempt({ email: fresh, address: fresh })).toEqual({
      allowed: true,
      failures: { email: 1, address: 1 },
      blockSeconds: { email: 0, address: 0 },
    });
  });

  it('the attempt that reaches the fourth count blocks the next ones before it is checked', () => {
    const d = decideAttempt({ email: { failures: 3, blockedSeconds: 0 }, address: fresh });
    expect(d).toMatchObject({ allowed: true, blockSeconds: { email: 2 } });
  });

  it('a blocked email is refused, locked once it reached ten', () => {
    expect(decideAttempt({ email: { failures: 5, blockedSeconds: 7 }, address: fresh })).toEqual({
      allowed: false,
      blockedBy: 'email',
      retryAfterSeconds: 7,
      locked: false,
    });
    expect(
      decideAttempt({ email: { failures: 10, blockedSeconds: 900 }, address: fresh }),
    ).toMatchObject({ allowed: false, locked: true });
  });

  it('a blocked address refuses emails that failed recently, not a first try on another one', () => {
    const hot = { failures: 50, blockedSeconds: 600 };
    expect(decideAttempt({ email: { failures: 1, blockedSeconds: 0 }, address: hot })).toEqual({
      allowed: false,
      blockedBy: 'address',
      retryAfterSeconds: 600,
      locked: true,
    });
    expect(decideAttempt({ email: fresh, address: hot })).toMatchObject({
      allowed: true,
      failures: { email: 1, address: 51 },
    });
  });
});
