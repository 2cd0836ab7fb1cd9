import { describe, expect, it } from 'vitest';
import { abstinenceFigure, figureValue, outcomeFigureColumns } from './outcome-drill-down';

describe('outcome drill-down', () => {
  it('names the days-abstinent figure of each mark, and refuses a mark that has none', () => {
    expect(abstinenceFigure(30)).toBe('ABSTINENCE_30');
    expect(abstinenceFigure(90)).toBe('ABSTINENCE_90');
    expect(() => abstinenceFigure(45)).toThrow(RangeError);
  });
  it('shows a start column for measure changes only', () => {
    expect(outcomeFigureColumns('PHQ9_CHANGE').start).toBe('At admission');
    expect(outcomeFigureColumns('LENGTH_OF_STAY').start).toBeNull();
    expect(outcomeFigureColumns('DISCHARGES').value).toBeNull();
  });
  it('shows whole values as they are and fractions of a day to one decimal', () => {
    expect(figureValue(22)).toBe('22');
    expect(figureValue(40.04)).toBe('40.0');
    expect(figureValue(null)).toBe('—');
  });
});
