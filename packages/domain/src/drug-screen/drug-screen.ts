/**
 * Drug screens: how the specimen was collected, and a panel of analytes each with a result. A lab
 * panel arrives PENDING and is completed later. A positive for a substance the client is
 * prescribed (buprenorphine, methadone…) is expected and marked so; any other positive is
 * "unexpected" and brings the plan review forward (Rule 1).
 */
export const ScreenMethod = {
  POINT_OF_CARE_CUP: 'POINT_OF_CARE_CUP',
  LAB: 'LAB',
  BREATHALYZER: 'BREATHALYZER',
  ORAL_FLUID: 'ORAL_FLUID',
} as const;
export type ScreenMethod = (typeof ScreenMethod)[keyof typeof ScreenMethod];

const methodLabels: Record<ScreenMethod, string> = {
  POINT_OF_CARE_CUP: 'Point-of-care cup',
  LAB: 'Lab',
  BREATHALYZER: 'Breathalyzer',
  ORAL_FLUID: 'Oral fluid',
};
export const screenMethodLabel = (m: ScreenMethod): string => methodLabels[m];

export const AnalyteResult = {
  NEGATIVE: 'NEGATIVE',
  POSITIVE: 'POSITIVE',
  INVALID: 'INVALID',
  PENDING: 'PENDING',
} as const;
export type AnalyteResult = (typeof AnalyteResult)[keyof typeof AnalyteResult];

/** The analytes a panel may name (the common urine/oral-fluid panel, plus alcohol). */
export const Analyte = {
  ALCOHOL: 'ALCOHOL',
  AMPHETAMINES: 'AMPHETAMINES',
  METHAMPHETAMINE: 'METHAMPHETAMINE',
  BENZODIAZEPINES: 'BENZODIAZEPINES',
  BUPRENORPHINE: 'BUPRENORPHINE',
  COCAINE: 'COCAINE',
  FENTANYL: 'FENTANYL',
  MARIJUANA: 'MARIJUANA',
  METHADONE: 'METHADONE',
  OPIATES: 'OPIATES',
  OXYCODONE: 'OXYCODONE',
  BARBITURATES: 'BARBITURATES',
  XYLAZINE: 'XYLAZINE',
} as const;
export type Analyte = (typeof Analyte)[keyof typeof Analyte];
export const ANALYTES: readonly Analyte[] = Object.values(Analyte);

const analyteLabels: Record<Analyte, string> = {
  ALCOHOL: 'Alcohol',
  AMPHETAMINES: 'Amphetamines',
  METHAMPHETAMINE: 'Methamphetamine',
  BENZODIAZEPINES: 'Benzodiazepines',
  BUPRENORPHINE: 'Buprenorphine',
  COCAINE: 'Cocaine',
  FENTANYL: 'Fentanyl',
  MARIJUANA: 'Marijuana (THC)',
  METHADONE: 'Methadone',
  OPIATES: 'Opiates',
  OXYCODONE: 'Oxycodone',
  BARBITURATES: 'Barbiturates',
  XYLAZINE: 'Xylazine',
};
export const analyteLabel = (a: Analyte): string => analyteLabels[a];

export interface AnalyteLine {
  analyte: Analyte;
  result: AnalyteResult;
  /** The client is prescribed this substance: a positive is expected. */
  expected: boolean;
}

export const ScreenStatus = {
  /** Some analyte awaits a lab result. */
  PENDING: 'PENDING',
  /** Every analyte negative (or invalid, with no positive). */
  NEGATIVE: 'NEGATIVE',
  /** Positive only for prescribed-expected substances. */
  EXPECTED_POSITIVE: 'EXPECTED_POSITIVE',
  /** Positive for a substance not prescribed. */
  UNEXPECTED_POSITIVE: 'UNEXPECTED_POSITIVE',
} as const;
export type ScreenStatus = (typeof ScreenStatus)[keyof typeof ScreenStatus];

const statusLabels: Record<ScreenStatus, string> = {
  PENDING: 'Pending',
  NEGATIVE: 'Negative',
  EXPECTED_POSITIVE: 'Expected positive',
  UNEXPECTED_POSITIVE: 'Unexpected positive',
};
export const screenStatusLabel = (s: ScreenStatus): string => statusLabels[s];

/** An unexpected positive on any line wins over pending ones: the review need not wait for the lab. */
export function screenStatus(panel: readonly AnalyteLine[]): ScreenStatus {
  if (panel.some((l) => l.result === 'POSITIVE' && !l.expected)) return 'UNEXPECTED_POSITIVE';
  if (panel.some((l) => l.result === 'PENDING')) return 'PENDING';
  if (panel.some((l) => l.result === 'POSITIVE')) return 'EXPECTED_POSITIVE';
  return 'NEGATIVE';
}

export const isUnexpectedPositive = (panel: readonly AnalyteLine[]): boolean =>
  screenStatus(panel) === 'UNEXPECTED_POSITIVE';

/** Methods whose results may arrive later (PENDING); a cup or breathalyzer reads at once. */
export const mayBePending = (method: ScreenMethod): boolean =>
  method === 'LAB' || method === 'ORAL_FLUID';

export interface PanelProblem {
  field: string;
  message: string;
}

/** Problems with a panel as recorded: at least one analyte, each once, pending only from a lab. */
export function panelProblems(method: ScreenMethod, panel: readonly AnalyteLine[]): PanelProblem[] {
  const problems: PanelProblem[] = [];
  if (!panel.length) problems.push({ field: 'panel', message: 'needs at least one analyte' });
  const seen = new Set<string>();
  panel.forEach((line, i) => {
    if (!ANALYTES.includes(line.analyte)) {
      problems.push({ field: `panel.${i}.analyte`, message: 'is not a known analyte' });
    }
    if (seen.has(line.analyte)) {
      problems.push({ field: `panel.${i}.analyte`, message: 'is already on the panel' });
    }
    seen.add(line.analyte);
    if (line.result === 'PENDING' && !mayBePending(method)) {
      problems.push({
        field: `panel.${i}.result`,
        message: `cannot be pending for a ${screenMethodLabel(method).toLowerCase()} screen, which reads at once`,
      });
    }
    if (method === 'BREATHALYZER' && line.analyte !== 'ALCOHOL') {
      problems.push({ field: `panel.${i}.analyte`, message: 'a breathalyzer tests alcohol only' });
    }
  });
  return problems;
}

/**
 * Completing a pending result: only PENDING lines may change, and only to a final result. Returns
 * the new panel, or problems naming the lines.
 */
export function completePanel(
  panel: readonly AnalyteLine[],
  results: readonly { analyte: Analyte; result: AnalyteResult }[],
): { panel: AnalyteLine[]; problems: PanelProblem[] } {
  const problems: PanelProblem[] = [];
  const next = panel.map((l) => ({ ...l }));
  results.forEach((r, i) => {
    const line = next.find((l) => l.analyte === r.analyte);
    if (!line) problems.push({ field: `results.${i}.analyte`, message: 'is not on this panel' });
    else if (line.result !== 'PENDING')
      problems.push({ field: `results.${i}.analyte`, message: 'already has a final result' });
    else if (r.result === 'PENDING')
      problems.push({ field: `results.${i}.result`, message: 'must be a final result' });
    else line.result = r.result;
  });
  if (!results.length) problems.push({ field: 'results', message: 'needs at least one result' });
  return { panel: next, problems };
}
