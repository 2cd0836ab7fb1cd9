import { ORIENTATION_ITEMS } from '@waypoint/domain';
import { describe, expect, it } from 'vitest';
import {
  completedAfterToggle,
  doneItems,
  orientationProgress,
  startTreatmentMove,
  toggleLabel,
} from './orientation';

const keys = ORIENTATION_ITEMS.map((i) => i.key);

describe('the orientation checklist', () => {
  it('reads which items are done from the checklist', () => {
    expect(
      doneItems([
        { key: 'CONFIDENTIALITY', doneAt: '2026-10-10T16:00:00Z' },
        { key: 'CRISIS_SUPPORT', doneAt: null },
      ]),
    ).toEqual({ CONFIDENTIALITY: '2026-10-10T16:00:00Z' });
  });

  it('ticking sends the whole list, in checklist order', () => {
    expect(completedAfterToggle({ CRISIS_SUPPORT: 'x' }, 'PROGRAM_STRUCTURE', true)).toEqual([
      'PROGRAM_STRUCTURE',
      'CRISIS_SUPPORT',
    ]);
  });

  it('unticking leaves the others as they are', () => {
    expect(
      completedAfterToggle(
        { CRISIS_SUPPORT: 'x', PROGRAM_STRUCTURE: 'y' },
        'CRISIS_SUPPORT',
        false,
      ),
    ).toEqual(['PROGRAM_STRUCTURE']);
  });

  it('is complete only with every item done (the rule for starting treatment)', () => {
    expect(orientationProgress({})).toMatchObject({ done: 0, total: 7, complete: false });
    const allButLast = Object.fromEntries(keys.slice(0, -1).map((k) => [k, 'x']));
    expect(orientationProgress(allButLast)).toMatchObject({
      done: 6,
      missing: [keys.at(-1)],
      complete: false,
    });
    const all = Object.fromEntries(keys.map((k) => [k, 'x']));
    expect(orientationProgress(all).complete).toBe(true);
  });

  it('names a change in words, for the conflict message', () => {
    expect(toggleLabel({ key: 'CRISIS_SUPPORT', checked: true })).toBe(
      'ticking “24/7 crisis line and after-hours support”',
    );
  });
});

describe('starting treatment', () => {
  it('is the lifecycle’s move out of orientation, and only there', () => {
    expect(startTreatmentMove('ORIENTATION')).toMatchObject({
      to: 'ACTIVE',
      reasonRequired: false,
    });
    expect(startTreatmentMove('ON_HOLD')).toBeNull();
    expect(startTreatmentMove('ASSESSMENT')).toBeNull();
  });
});
