import { describe, expect, it } from 'vitest';
import { apiSort, initialSort } from './drill-down-sort';

describe('ordering a drill-down', () => {
  it('asks the API for the order, so every page follows it', () => {
    expect(apiSort('review')).toBe('REVIEW_DUE');
    expect(apiSort('days')).toBe('DAYS_IN_PROGRAM');
  });

  it('length of stay opens longest first; every other list most urgent first', () => {
    expect(initialSort('length-of-stay')).toBe('days');
    expect(initialSort('reviews-overdue')).toBe('review');
    expect(initialSort('in-treatment')).toBe('review');
  });
});
