import { describe, expect, it } from 'vitest';
import { ORIENTATION_ITEMS, isOrientationItemKey, missingOrientationItems } from './orientation.js';

describe('orientation checklist', () => {
  it('nothing done leaves every item missing, in order', () => {
    expect(missingOrientationItems({})).toEqual(ORIENTATION_ITEMS.map((i) => i.key));
  });

  it('a complete checklist has nothing missing', () => {
    const done = Object.fromEntries(ORIENTATION_ITEMS.map((i) => [i.key, '2026-11-02T17:00:00Z']));
    expect(missingOrientationItems(done)).toEqual([]);
  });

  it('confidentiality under 42 CFR Part 2 is on the checklist', () => {
    expect(isOrientationItemKey('CONFIDENTIALITY')).toBe(true);
    expect(isOrientationItemKey('FREE_PIZZA')).toBe(false);
  });
});
