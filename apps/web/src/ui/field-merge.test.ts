import { describe, expect, it } from 'vitest';
import { changedFieldsOf, mergeRows, reapplyOnto } from './field-merge';

const fields = ['description', 'horizon', 'targetDate'] as const;
const base = { description: 'Stay sober', horizon: 'LONG_TERM', targetDate: '2026-12-01' };

describe('merging my edit with a version saved first', () => {
  it('a change is what differs from the version read, spaces aside', () => {
    expect(changedFieldsOf(fields, base, { ...base, description: ' Stay sober ' })).toEqual([]);
    expect(changedFieldsOf(fields, base, { ...base, targetDate: '' })).toEqual(['targetDate']);
  });

  it('lists only the fields where theirs and mine disagree, saying who changed what', () => {
    const theirs = { ...base, horizon: 'IMMEDIATE', targetDate: '2027-01-15' };
    const mine = { ...base, targetDate: '2027-02-01' };
    expect(mergeRows(fields, base, mine, theirs)).toEqual([
      {
        field: 'horizon',
        theirs: 'IMMEDIATE',
        mine: 'LONG_TERM',
        changedByMe: false,
        changedByBoth: false,
      },
      {
        field: 'targetDate',
        theirs: '2027-01-15',
        mine: '2027-02-01',
        changedByMe: true,
        changedByBoth: true,
      },
    ]);
  });

  it('re-applying keeps their other changes and puts mine on top', () => {
    const theirs = { ...base, horizon: 'IMMEDIATE' };
    const mine = { ...base, description: 'Stay sober at weekends' };
    expect(reapplyOnto(fields, base, mine, theirs)).toEqual({
      ...theirs,
      description: 'Stay sober at weekends',
    });
  });
});
