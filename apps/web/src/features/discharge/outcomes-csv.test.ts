import { describe, expect, it } from 'vitest';
import { outcomesCsv, percent } from './outcomes-csv';

describe('outcomes CSV', () => {
  it('lists every figure with the period, quoting what needs it, blanks for nothing counted', () => {
    const csv = outcomesCsv({
      from: '2026-09-01',
      to: '2026-11-30',
      discharges: 3,
      byType: [
        { dischargeType: 'COMPLETED', count: 2 },
        { dischargeType: 'AMA', count: 1 },
      ],
      completionRate: 2 / 3,
      meanLengthOfStayDays: 41.25,
      followUpsRecorded: 0,
      followUpsReached: 0,
      followUpReachRate: null,
      bam: {
        clients: 0,
        useAtAdmission: null,
        useAtFollowUp: null,
        abstinentAtAdmission: 0,
        abstinentAtFollowUp: 0,
      },
      measureChanges: [
        { instrument: 'PHQ9', clients: 2, meanAtAdmission: 14.5, meanAtDischarge: 7 },
      ],
      readmittedWithin30Days: 0,
      readmittedWithin90Days: 1,
      daysAbstinent: [
        { mark: 30, clients: 3, abstinentAllDays: 2, meanDaysAbstinent: 82 / 3 },
        { mark: 60, clients: 0, abstinentAllDays: 0, meanDaysAbstinent: null },
      ],
    });
    const lines = csv.trimEnd().split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'figure,value',
      'Period from,2026-09-01',
      'Period to,2026-11-30',
      'Discharges,3',
      'Discharged: Completed,2',
      expect.stringMatching(/^Discharged: .*,1$/) as unknown as string,
    ]);
    expect(lines).toContain('Completion rate,66.7%');
    expect(lines).toContain('Mean length of stay (days),41.3');
    expect(lines).toContain('Follow-up reach rate,');
    expect(lines).toContain('Clients with two PHQ-9 totals in the stay,2');
    expect(lines).toContain('Mean PHQ-9 at admission,14.5');
    expect(lines).toContain('Mean PHQ-9 at discharge,7.0');
    expect(lines).toContain('Readmitted within 90 days,1');
    expect(lines).toContain('Clients with a BAM at 30 days after discharge,3');
    expect(lines).toContain('Abstinent all 30 days at 30 days,2');
    expect(lines).toContain('Mean days abstinent (of 30) at 30 days,27.3');
    expect(lines).toContain('Mean days abstinent (of 30) at 60 days,');
    // The definition travels with the figures, quoted (it has commas).
    expect(lines.at(-1)).toMatch(
      /^Days abstinent: definition,"Days abstinent at 30, 60 and 90 days/,
    );
  });

  it('shows shares as percentages with one decimal', () => {
    expect(percent(0.25)).toBe('25.0%');
    expect(percent(null)).toBe('');
  });
});
