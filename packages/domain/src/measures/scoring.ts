import type { AnswerProblem } from '../assessment/intake-assessment.js';
import { INSTRUMENTS, type MeasureInstrument } from './instruments.js';

/**
 * Rule 7, scoring on the server from the item answers. An administration with any required item
 * unanswered is INCOMPLETE: no total, no band (a partial sum would read as a lower severity than
 * the client's), but the safety item still raises its flag when it was answered. Answers outside
 * an item's allowed values are refused (`answerProblems`), never scored.
 */

export const MeasureStatus = { COMPLETE: 'COMPLETE', INCOMPLETE: 'INCOMPLETE' } as const;
export type MeasureStatus = (typeof MeasureStatus)[keyof typeof MeasureStatus];

export const SeverityBand = {
  MINIMAL: 'MINIMAL',
  MILD: 'MILD',
  MODERATE: 'MODERATE',
  MODERATELY_SEVERE: 'MODERATELY_SEVERE',
  SEVERE: 'SEVERE',
} as const;
export type SeverityBand = (typeof SeverityBand)[keyof typeof SeverityBand];

/** Worse is higher. */
export const SEVERITY_ORDER: readonly SeverityBand[] = Object.values(SeverityBand);

const bandLabels: Record<SeverityBand, string> = {
  MINIMAL: 'Minimal',
  MILD: 'Mild',
  MODERATE: 'Moderate',
  MODERATELY_SEVERE: 'Moderately severe',
  SEVERE: 'Severe',
};
export const severityBandLabel = (band: SeverityBand): string => bandLabels[band];

export const MeasureFlag = {
  /** PHQ-9 item 9 above 0: thoughts of death or self-harm. Needs a safety follow-up. */
  SAFETY: 'SAFETY',
} as const;
export type MeasureFlag = (typeof MeasureFlag)[keyof typeof MeasureFlag];

/** A band: the lowest total that falls in it, up to the next band's floor. */
export interface BandRange {
  band: SeverityBand;
  min: number;
  max: number;
}

export const PHQ9_BANDS: readonly BandRange[] = [
  { band: 'MINIMAL', min: 0, max: 4 },
  { band: 'MILD', min: 5, max: 9 },
  { band: 'MODERATE', min: 10, max: 14 },
  { band: 'MODERATELY_SEVERE', min: 15, max: 19 },
  { band: 'SEVERE', min: 20, max: 27 },
];

export const GAD7_BANDS: readonly BandRange[] = [
  { band: 'MINIMAL', min: 0, max: 4 },
  { band: 'MILD', min: 5, max: 9 },
  { band: 'MODERATE', min: 10, max: 14 },
  { band: 'SEVERE', min: 15, max: 21 },
];

/** The bands of an instrument with a total (for the trend chart's shading); BAM has none. */
export function instrumentBands(instrument: MeasureInstrument): readonly BandRange[] {
  return instrument === 'PHQ9' ? PHQ9_BANDS : instrument === 'GAD7' ? GAD7_BANDS : [];
}

export function bandOf(instrument: MeasureInstrument, total: number): SeverityBand | null {
  return instrumentBands(instrument).find((b) => total >= b.min && total <= b.max)?.band ?? null;
}

/** BAM subscales: sums of items; items 7 and 17 are not scored. */
export const BAM_SUBSCALES = {
  USE: ['4', '5', '6'],
  RISK: ['1', '2', '3', '8', '11', '15'],
  PROTECTIVE: ['9', '10', '12', '13', '14', '16'],
} as const;
export type BamSubscale = keyof typeof BAM_SUBSCALES;

export interface MeasureScore {
  status: MeasureStatus;
  /** Null for an incomplete administration and for the BAM (it has no total). */
  total: number | null;
  band: SeverityBand | null;
  /** BAM subscale sums (null when incomplete); empty for the others. */
  subscales: Partial<Record<BamSubscale, number | null>>;
  flags: MeasureFlag[];
  /** Required items left unanswered, in item order. */
  missingItems: string[];
}

export type MeasureAnswers = Readonly<Record<string, unknown>>;

/** Problems with the answers themselves (unknown items, values an item does not allow). */
export function answerProblems(
  instrument: MeasureInstrument,
  answers: MeasureAnswers,
): AnswerProblem[] {
  const items = INSTRUMENTS[instrument].items;
  const problems: AnswerProblem[] = [];
  for (const [key, value] of Object.entries(answers)) {
    const item = items.find((i) => i.key === key);
    if (!item) {
      problems.push({ field: key, message: 'is not an item of this instrument' });
    } else if (value !== null && !item.options.some((o) => o.value === value)) {
      problems.push({
        field: key,
        message: `must be one of ${item.options.map((o) => o.value).join(', ')}`,
      });
    }
  }
  return problems;
}

const answered = (answers: MeasureAnswers, key: string): number | null => {
  const v = answers[key];
  return typeof v === 'number' ? v : null;
};

/** Scores valid answers (check `answerProblems` first). */
export function scoreMeasure(instrument: MeasureInstrument, answers: MeasureAnswers): MeasureScore {
  const items = INSTRUMENTS[instrument].items;
  const missingItems = items
    .filter((i) => i.required && answered(answers, i.key) === null)
    .map((i) => i.key);
  const status: MeasureStatus = missingItems.length ? 'INCOMPLETE' : 'COMPLETE';
  const flags: MeasureFlag[] = [];
  if (instrument === 'PHQ9' && (answered(answers, '9') ?? 0) > 0) flags.push('SAFETY');

  if (instrument === 'BAM') {
    const sum = (keys: readonly string[]) =>
      status === 'COMPLETE' ? keys.reduce((s, k) => s + (answered(answers, k) ?? 0), 0) : null;
    return {
      status,
      total: null,
      band: null,
      subscales: {
        USE: sum(BAM_SUBSCALES.USE),
        RISK: sum(BAM_SUBSCALES.RISK),
        PROTECTIVE: sum(BAM_SUBSCALES.PROTECTIVE),
      },
      flags,
      missingItems,
    };
  }
  const total =
    status === 'COMPLETE' ? items.reduce((s, i) => s + (answered(answers, i.key) ?? 0), 0) : null;
  return {
    status,
    total,
    band: total === null ? null : bandOf(instrument, total),
    subscales: {},
    flags,
    missingItems,
  };
}

/**
 * A worsening severity band (a review-clock trigger): the later administration falls in a worse
 * band than the earlier one of the same instrument. Either one incomplete (no band) is no signal.
 */
export function isWorseningBand(
  previous: SeverityBand | null | undefined,
  current: SeverityBand | null | undefined,
): boolean {
  if (!previous || !current) return false;
  return SEVERITY_ORDER.indexOf(current) > SEVERITY_ORDER.indexOf(previous);
}

export interface ScoredAdministration {
  administeredAt: string;
  total: number | null;
  band: SeverityBand | null;
}

/**
 * Change of the total since intake: the latest complete administration minus the first complete
 * one (negative is improvement on PHQ-9 and GAD-7). Null with fewer than two complete ones.
 */
export function changeSinceIntake(
  series: readonly ScoredAdministration[],
): { first: number; latest: number; change: number } | null {
  const complete = series
    .filter((a): a is ScoredAdministration & { total: number } => a.total !== null)
    .sort((a, b) => Date.parse(a.administeredAt) - Date.parse(b.administeredAt));
  const first = complete[0];
  const latest = complete[complete.length - 1];
  if (!first || !latest || complete.length < 2) return null;
  return { first: first.total, latest: latest.total, change: latest.total - first.total };
}
