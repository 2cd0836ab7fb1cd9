import type { OutcomeFigure } from '../../gql/graphql';

interface FigureColumns {
  /** The drawer's heading. */
  title: string;
  /** The value column's heading; none when the list is only who was discharged. */
  value: string | null;
  /** The start column's heading (measure changes only). */
  start: string | null;
}

const COLUMNS: Record<OutcomeFigure, FigureColumns> = {
  DISCHARGES: { title: 'Discharges and how they ended', value: null, start: null },
  LENGTH_OF_STAY: { title: 'Length of stay', value: 'Days', start: null },
  READMITTED_WITHIN_90_DAYS: {
    title: 'Admitted again within 90 days',
    value: 'Days to return',
    start: null,
  },
  PHQ9_CHANGE: {
    title: 'PHQ-9 at admission and at discharge',
    value: 'At discharge',
    start: 'At admission',
  },
  GAD7_CHANGE: {
    title: 'GAD-7 at admission and at discharge',
    value: 'At discharge',
    start: 'At admission',
  },
  ABSTINENCE_30: {
    title: 'Days abstinent 30 days after discharge',
    value: 'Days abstinent (of 30)',
    start: null,
  },
  ABSTINENCE_60: {
    title: 'Days abstinent 60 days after discharge',
    value: 'Days abstinent (of 30)',
    start: null,
  },
  ABSTINENCE_90: {
    title: 'Days abstinent 90 days after discharge',
    value: 'Days abstinent (of 30)',
    start: null,
  },
};

export function outcomeFigureColumns(figure: OutcomeFigure): FigureColumns {
  return COLUMNS[figure];
}

/** The drill-down of the days-abstinent figure at a mark (30, 60 or 90). */
export function abstinenceFigure(mark: number): OutcomeFigure {
  const figure = `ABSTINENCE_${mark}`;
  if (!(figure in COLUMNS)) throw new RangeError(`No days-abstinent figure at ${mark} days`);
  return figure as OutcomeFigure;
}

/** Whole days as they are (totals, days abstinent); fractions of a day to one decimal. */
export function figureValue(value: number | null): string {
  if (value === null) return '—';
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
