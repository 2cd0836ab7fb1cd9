import { describe, expect, it } from 'vitest';
import { completePanel, panelProblems, screenStatus, type AnalyteLine } from './drug-screen.js';

const line = (
  analyte: AnalyteLine['analyte'],
  result: AnalyteLine['result'],
  expected = false,
): AnalyteLine => ({
  analyte,
  result,
  expected,
});

describe('drug screen status', () => {
  it('a positive for a prescribed substance is expected, not a trigger', () => {
    expect(
      screenStatus([line('BUPRENORPHINE', 'POSITIVE', true), line('FENTANYL', 'NEGATIVE')]),
    ).toBe('EXPECTED_POSITIVE');
  });
  it('a positive for anything not prescribed is unexpected, even with lines pending', () => {
    expect(
      screenStatus([line('BUPRENORPHINE', 'POSITIVE', true), line('COCAINE', 'POSITIVE')]),
    ).toBe('UNEXPECTED_POSITIVE');
    expect(screenStatus([line('OPIATES', 'PENDING'), line('COCAINE', 'POSITIVE')])).toBe(
      'UNEXPECTED_POSITIVE',
    );
  });
  it('pending while any line awaits the lab; negative when all are negative or invalid', () => {
    expect(screenStatus([line('OPIATES', 'PENDING'), line('COCAINE', 'NEGATIVE')])).toBe('PENDING');
    expect(screenStatus([line('OPIATES', 'INVALID'), line('COCAINE', 'NEGATIVE')])).toBe(
      'NEGATIVE',
    );
  });
});

describe('panel rules', () => {
  it('a cup reads at once: pending is refused; a lab may be pending', () => {
    expect(panelProblems('POINT_OF_CARE_CUP', [line('OPIATES', 'PENDING')])).toEqual([
      {
        field: 'panel.0.result',
        message: 'cannot be pending for a point-of-care cup screen, which reads at once',
      },
    ]);
    expect(panelProblems('LAB', [line('OPIATES', 'PENDING')])).toEqual([]);
  });
  it('needs an analyte, each once; a breathalyzer tests alcohol only', () => {
    expect(panelProblems('LAB', [])).toHaveLength(1);
    expect(
      panelProblems('LAB', [line('OPIATES', 'NEGATIVE'), line('OPIATES', 'NEGATIVE')])[0]?.field,
    ).toBe('panel.1.analyte');
    expect(panelProblems('BREATHALYZER', [line('COCAINE', 'NEGATIVE')])).toHaveLength(1);
  });
  it('completing sets only pending lines, to final results', () => {
    const panel = [line('OPIATES', 'PENDING'), line('COCAINE', 'NEGATIVE')];
    expect(completePanel(panel, [{ analyte: 'OPIATES', result: 'POSITIVE' }])).toEqual({
      panel: [line('OPIATES', 'POSITIVE'), line('COCAINE', 'NEGATIVE')],
      problems: [],
    });
    expect(completePanel(panel, [{ analyte: 'COCAINE', result: 'POSITIVE' }]).problems).toEqual([
      { field: 'results.0.analyte', message: 'already has a final result' },
    ]);
    expect(completePanel(panel, [{ analyte: 'OPIATES', result: 'PENDING' }]).problems).toHaveLength(
      1,
    );
  });
});
