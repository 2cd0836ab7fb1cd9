import {
  ABSTINENCE_DEFINITION,
  csvField,
  dischargeTypeLabel,
  instrumentName,
  type DischargeType,
  type MeasureInstrument,
} from '@waypoint/domain';

/** The outcome figures as the dashboard receives them (the query's fields). */
export interface OutcomeFiguresData {
  from: string;
  to: string;
  discharges: number;
  byType: readonly { dischargeType: DischargeType; count: number }[];
  completionRate: number | null;
  meanLengthOfStayDays: number | null;
  followUpsRecorded: number;
  followUpsReached: number;
  followUpReachRate: number | null;
  bam: {
    clients: number;
    useAtAdmission: number | null;
    useAtFollowUp: number | null;
    abstinentAtAdmission: number;
    abstinentAtFollowUp: number;
  };
  measureChanges: readonly {
    instrument: MeasureInstrument;
    clients: number;
    meanAtAdmission: number;
    meanAtDischarge: number;
  }[];
  readmittedWithin30Days: number;
  readmittedWithin90Days: number;
  daysAbstinent: readonly {
    mark: number;
    clients: number;
    abstinentAllDays: number;
    meanDaysAbstinent: number | null;
  }[];
}

/** A share as a percentage with one decimal; empty when nothing was counted. */
export const percent = (share: number | null) =>
  share === null ? '' : `${(Math.round(share * 1000) / 10).toFixed(1)}%`;

const oneDecimal = (n: number | null) => (n === null ? '' : (Math.round(n * 10) / 10).toFixed(1));

/** The figures as a two-column CSV for funders: one figure per line, the period first. */
export function outcomesCsv(f: OutcomeFiguresData): string {
  const rows: [string, string | number][] = [
    ['Period from', f.from],
    ['Period to', f.to],
    ['Discharges', f.discharges],
    ...f.byType.map((t): [string, number] => [
      `Discharged: ${dischargeTypeLabel(t.dischargeType)}`,
      t.count,
    ]),
    ['Completion rate', percent(f.completionRate)],
    ['Mean length of stay (days)', oneDecimal(f.meanLengthOfStayDays)],
    ['Follow-up contacts recorded', f.followUpsRecorded],
    ['Follow-up contacts that reached the client', f.followUpsReached],
    ['Follow-up reach rate', percent(f.followUpReachRate)],
    ['Clients with a BAM at admission and at follow-up', f.bam.clients],
    ['Mean BAM use score at admission', oneDecimal(f.bam.useAtAdmission)],
    ['Mean BAM use score at follow-up', oneDecimal(f.bam.useAtFollowUp)],
    ['Abstinent at admission (BAM use 0)', f.bam.abstinentAtAdmission],
    ['Abstinent at follow-up (BAM use 0)', f.bam.abstinentAtFollowUp],
    ...f.measureChanges.flatMap((m): [string, string | number][] => {
      const name = instrumentName(m.instrument);
      return [
        [`Clients with two ${name} totals in the stay`, m.clients],
        [`Mean ${name} at admission`, oneDecimal(m.meanAtAdmission)],
        [`Mean ${name} at discharge`, oneDecimal(m.meanAtDischarge)],
      ];
    }),
    ['Readmitted within 30 days', f.readmittedWithin30Days],
    ['Readmitted within 90 days', f.readmittedWithin90Days],
    ...f.daysAbstinent.flatMap((a): [string, string | number][] => [
      [`Clients with a BAM at ${a.mark} days after discharge`, a.clients],
      [`Abstinent all 30 days at ${a.mark} days`, a.abstinentAllDays],
      [`Mean days abstinent (of 30) at ${a.mark} days`, oneDecimal(a.meanDaysAbstinent)],
    ]),
    ...(f.daysAbstinent.length
      ? [['Days abstinent: definition', ABSTINENCE_DEFINITION] as [string, string]]
      : []),
  ];
  return ['figure,value', ...rows.map((r) => r.map(csvField).join(','))].join('\n') + '\n';
}
