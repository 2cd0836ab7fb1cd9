import { describe, expect, it } from 'vitest';
import { asamLevelLabel, isAsamLevel, isLevelOfCareChange } from './level-of-care.js';

describe('level of care', () => {
  it('knows the ASAM levels', () => {
    expect(isAsamLevel('2.1')).toBe(true);
    expect(isAsamLevel('2.2')).toBe(false);
    expect(isAsamLevel(2.1)).toBe(false);
    expect(asamLevelLabel('2.1')).toBe('2.1 Intensive outpatient');
    expect(asamLevelLabel('9')).toBe('9');
  });

  it('a re-save of the same levels is not a change; a new clinical or authorized level is', () => {
    const current = { clinicalLevel: '2.1', authorizedLevel: '2.1' };
    expect(isLevelOfCareChange(current, { ...current })).toBe(false);
    expect(isLevelOfCareChange(current, { clinicalLevel: '2.5', authorizedLevel: '2.1' })).toBe(
      true,
    );
    expect(isLevelOfCareChange(current, { clinicalLevel: '2.1', authorizedLevel: null })).toBe(
      true,
    );
    expect(isLevelOfCareChange(null, current)).toBe(true);
  });
});
