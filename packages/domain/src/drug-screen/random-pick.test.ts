import { describe, expect, it } from 'vitest';
import { cryptoRandom, pickCount, randomScreeningPick } from './random-pick.js';

/** A seeded generator (mulberry32) so the fairness test is the same on every run. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('random screening pick', () => {
  it('picks each client at the same long-run rate, the share, over many weeks', () => {
    const clients = Array.from({ length: 23 }, (_, i) => `c${i}`);
    const share = 0.2;
    const weeks = 5000;
    const random = seeded(42);
    const picks = new Map(clients.map((c) => [c, 0]));
    let total = 0;
    for (let w = 0; w < weeks; w++) {
      const pick = randomScreeningPick(clients, share, random);
      expect(new Set(pick).size).toBe(pick.length); // without replacement
      total += pick.length;
      for (const c of pick) picks.set(c, picks.get(c)! + 1);
    }
    // Expected count per client: 1000; binomial sd ≈ 28. Five sd either side.
    for (const count of picks.values()) expect(Math.abs(count - weeks * share)).toBeLessThan(150);
    // 23 × 0.2 = 4.6 a week on average (rounded at random, not always 5 or always 4).
    expect(total / weeks).toBeCloseTo(4.6, 1);
  });

  it('is not a rotation: being picked says nothing about next week', () => {
    const clients = Array.from({ length: 10 }, (_, i) => i);
    const random = seeded(7);
    let pickedTwiceInARow = 0;
    let picked = 0;
    let previous = new Set<number>();
    for (let w = 0; w < 4000; w++) {
      const now = new Set(randomScreeningPick(clients, 0.3, random));
      if (previous.has(0)) {
        picked++;
        if (now.has(0)) pickedTwiceInARow++;
      }
      previous = now;
    }
    expect(pickedTwiceInARow / picked).toBeGreaterThan(0.25);
    expect(pickedTwiceInARow / picked).toBeLessThan(0.35);
  });

  it('rounds the count at random so its mean is exact; 0 and 100 % are exact', () => {
    expect(pickCount(10, 0.25, () => 0.49)).toBe(3);
    expect(pickCount(10, 0.25, () => 0.5)).toBe(2);
    expect(randomScreeningPick([1, 2, 3], 0)).toEqual([]);
    expect(randomScreeningPick([1, 2, 3], 1)).toEqual([1, 2, 3]);
    expect(() => pickCount(3, 1.5)).toThrow(RangeError);
  });

  it('the default source is cryptographic and uniform in [0, 1)', () => {
    for (let i = 0; i < 1000; i++) {
      const r = cryptoRandom();
      expect(r).toBeGreaterThanOrEqual(0);
      expect(r).toBeLessThan(1);
    }
  });
});
