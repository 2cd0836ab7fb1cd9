import type { MantineColor } from '@mantine/core';
import {
  ASAM_DIMENSIONS,
  ASAM_RECOMMENDED_LEVEL,
  INTAKE_SUMMARY_FIELDS,
  validateAssessmentAnswers,
  type EpisodeStatus,
  type IntakeInstrument,
} from '@waypoint/domain';

export type BpsKey = (typeof INTAKE_SUMMARY_FIELDS)[number]['key'];
export type AsamKey = (typeof ASAM_DIMENSIONS)[number]['key'];
export type AsamNoteKey = `${AsamKey}Note`;

/** The bio-psycho-social summary as the form holds it. */
export type BpsValues = Record<BpsKey, string>;
/** ASAM ratings as the form holds them: '' until rated, else '0'–'4'; notes beside them. */
export type AsamValues = Record<AsamKey | AsamNoteKey | typeof ASAM_RECOMMENDED_LEVEL, string>;

export const noteKey = (key: AsamKey): AsamNoteKey => `${key}Note`;

/** Sections written in the client's own words: shown as quotes, never as staff's summary. */
export const OWN_WORDS_FIELDS: ReadonlySet<BpsKey> = new Set(['strengths', 'problemAreas']);

export function emptyBps(): BpsValues {
  return Object.fromEntries(INTAKE_SUMMARY_FIELDS.map((f) => [f.key, ''])) as BpsValues;
}

export function emptyAsam(): AsamValues {
  return Object.fromEntries(
    ASAM_DIMENSIONS.flatMap((d) => [
      [d.key, ''],
      [noteKey(d.key), ''],
    ]).concat([[ASAM_RECOMMENDED_LEVEL, '']]),
  ) as AsamValues;
}

/** The answers sent for the summary: each section's text, trimmed. */
export function bpsAnswers(values: BpsValues): Record<string, string> {
  return Object.fromEntries(INTAKE_SUMMARY_FIELDS.map((f) => [f.key, values[f.key].trim()]));
}

/** The answers sent for ASAM: ratings as numbers, notes only where one was written. */
export function asamAnswers(values: AsamValues): Record<string, number | string> {
  const answers: Record<string, number | string> = {};
  for (const d of ASAM_DIMENSIONS) {
    if (values[d.key] !== '') answers[d.key] = Number(values[d.key]);
    const note = values[noteKey(d.key)].trim();
    if (note) answers[noteKey(d.key)] = note;
  }
  if (values.recommendedLevel) answers[ASAM_RECOMMENDED_LEVEL] = values.recommendedLevel;
  return answers;
}

function formMessage(field: string, message: string): string {
  if (message === 'is required') return 'Write this section before saving';
  if (/^d\d$/.test(field)) return 'Choose a rating from 0 to 4';
  if (field === ASAM_RECOMMENDED_LEVEL) return 'Choose the level of care you recommend';
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/**
 * The domain's own check of a set of answers (the same one the API runs), as form errors keyed
 * by the form's field names.
 */
export function answerErrors(
  instrument: IntakeInstrument,
  answers: Readonly<Record<string, unknown>>,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const p of validateAssessmentAnswers(instrument, answers)) {
    errors[p.field] ??= formMessage(p.field, p.message);
  }
  return errors;
}

/** The API's BAD_USER_INPUT fields (`answers.d2`) keyed by the form's field names (`d2`). */
export function apiAnswerErrors(fields: Readonly<Record<string, string>>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const field = path.replace(/^answers\./, '');
    errors[field] ??= message;
  }
  return errors;
}

export interface AsamRating {
  value: number;
  label: string;
  description: string;
  color: MantineColor;
}

/** Risk in one dimension, 0 (none) to 4 (severe), with what each step means. */
export const ASAM_RATINGS: readonly AsamRating[] = [
  { value: 0, label: 'None', description: 'No current difficulty here', color: 'teal' },
  {
    value: 1,
    label: 'Mild',
    description: 'Minor difficulty, manageable with outpatient support',
    color: 'lime',
  },
  {
    value: 2,
    label: 'Moderate',
    description: 'Difficulty that treatment needs to address',
    color: 'yellow',
  },
  {
    value: 3,
    label: 'Significant',
    description: 'Serious difficulty that needs close monitoring',
    color: 'orange',
  },
  {
    value: 4,
    label: 'Severe',
    description: 'Acute risk: a more intensive level of care may be needed',
    color: 'red',
  },
];

export function asamRating(value: number | null | undefined): AsamRating | null {
  return ASAM_RATINGS.find((r) => r.value === value) ?? null;
}

/** What each dimension asks about, in a line, to help rate it. */
export const ASAM_DIMENSION_HINTS: Record<AsamKey, string> = {
  d1: 'Current and recent use; signs and risk of withdrawal.',
  d2: 'Physical health, illnesses, pregnancy and medication needs.',
  d3: 'Mental health, mood, thinking and behaviour.',
  d4: 'How ready the client is to change, in their own view.',
  d5: 'Likelihood of continued use or relapse without support.',
  d6: 'Home, relationships, work and supports for recovery.',
};

export interface AsamReading {
  key: AsamKey;
  label: string;
  rating: AsamRating | null;
  note: string;
}

/** Stored ASAM answers, dimension by dimension (tolerant of anything malformed). */
export function readAsam(answers: Readonly<Record<string, unknown>>): AsamReading[] {
  return ASAM_DIMENSIONS.map((d) => {
    const rating = answers[d.key];
    const note = answers[noteKey(d.key)];
    return {
      key: d.key,
      label: d.label,
      rating: typeof rating === 'number' ? asamRating(rating) : null,
      note: typeof note === 'string' ? note : '',
    };
  });
}

/** Stored summary answers, section by section. */
export function readBps(
  answers: Readonly<Record<string, unknown>>,
): { key: BpsKey; label: string; text: string }[] {
  return INTAKE_SUMMARY_FIELDS.map((f) => {
    const text = answers[f.key];
    return { key: f.key, label: f.label, text: typeof text === 'string' ? text : '' };
  });
}

/** Whether any dimension is rated severe: worth weighing in the admission decision. */
export function suggestsMoreIntensiveCare(readings: readonly AsamReading[]): boolean {
  return readings.some((r) => r.rating?.value === 4);
}

interface Administered {
  instrument: string;
  administeredAt: string;
}

/** The newest administration of an instrument, and how many earlier ones there are. */
export function latestOf<A extends Administered>(
  assessments: readonly A[],
  instrument: IntakeInstrument,
): { latest: A | null; earlier: number } {
  const mine = assessments
    .filter((a) => a.instrument === instrument)
    .sort((a, b) => Date.parse(b.administeredAt) - Date.parse(a.administeredAt));
  return { latest: mine[0] ?? null, earlier: Math.max(0, mine.length - 1) };
}

const recordingStatuses: ReadonlySet<EpisodeStatus> = new Set([
  'SCREENING',
  'ASSESSMENT',
  'WAITLISTED',
]);

/**
 * Intake instruments are recorded while intake screens and assesses, and again on the waitlist
 * before a new decision; afterwards they stay readable.
 */
export function canRecordAssessment(status: EpisodeStatus): boolean {
  return recordingStatuses.has(status);
}

const isStringRecord = (x: unknown, keys: readonly string[]) =>
  typeof x === 'object' &&
  x !== null &&
  keys.every((k) => typeof (x as Record<string, unknown>)[k] === 'string');

/** Guards for drafts kept through an automatic logoff (see use-form-draft). */
export function isBpsValues(x: unknown): x is BpsValues {
  return isStringRecord(
    x,
    INTAKE_SUMMARY_FIELDS.map((f) => f.key),
  );
}

export function isAsamValues(x: unknown): x is AsamValues {
  return isStringRecord(x, [
    ...ASAM_DIMENSIONS.flatMap((d) => [d.key, noteKey(d.key)]),
    ASAM_RECOMMENDED_LEVEL,
  ]);
}

/** Whether anything has been typed or chosen (a draft worth keeping). */
export function hasInput(values: Readonly<Record<string, string>>): boolean {
  return Object.values(values).some((v) => v.trim() !== '');
}
