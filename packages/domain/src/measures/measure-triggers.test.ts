import { describe, expect, it } from 'vitest';
import { recordTriggers } from './measure-triggers.js';

describe('review triggers from records', () => {
  it('a PHQ-9 with item 9 above 0 fires PHQ9_SAFETY at its time', () => {
    expect(
      recordTriggers(
        [
          {
            instrument: 'PHQ9',
            administeredAt: '2026-03-02T10:00:00Z',
            band: 'MILD',
            flags: ['SAFETY'],
          },
        ],
        [],
      ),
    ).toEqual([{ kind: 'PHQ9_SAFETY', at: '2026-03-02T10:00:00Z' }]);
  });
  it('a worse band than the previous complete one of the same instrument fires WORSENING_SEVERITY', () => {
    const events = recordTriggers(
      [
        { instrument: 'PHQ9', administeredAt: '2026-03-20T10:00:00Z', band: 'MODERATE', flags: [] },
        { instrument: 'PHQ9', administeredAt: '2026-03-02T10:00:00Z', band: 'MILD', flags: [] },
        { instrument: 'PHQ9', administeredAt: '2026-03-10T10:00:00Z', band: null, flags: [] },
        { instrument: 'GAD7', administeredAt: '2026-03-03T10:00:00Z', band: 'SEVERE', flags: [] },
        { instrument: 'GAD7', administeredAt: '2026-03-21T10:00:00Z', band: 'MILD', flags: [] },
      ],
      [],
    );
    expect(events).toEqual([{ kind: 'WORSENING_SEVERITY', at: '2026-03-20T10:00:00Z' }]);
  });
  it('an unexpected positive screen fires POSITIVE_DRUG_SCREEN', () => {
    expect(recordTriggers([], ['2026-03-05T15:00:00Z'])).toEqual([
      { kind: 'POSITIVE_DRUG_SCREEN', at: '2026-03-05T15:00:00Z' },
    ]);
  });
});
